import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate } from "@/server/db/migrate";

/** The server the tests use: TEST_DATABASE_URL, else DATABASE_URL, else the machine's local Postgres. */
export function testServerUrl(): string {
  return process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onAdmin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const uniqueName = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;

export async function createTemplateDatabase(): Promise<string> {
  const server = testServerUrl();
  const name = uniqueName("sxe_tpl");
  await onAdmin(server, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(server, name);
  await migrate(url);
  return url;
}

export async function cloneDatabase(templateUrl: string, prefix = "sxe_test"): Promise<string> {
  const template = new URL(templateUrl).pathname.slice(1);
  const name = uniqueName(prefix);
  await onAdmin(templateUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return withDatabase(templateUrl, name);
}

export async function createEmptyDatabase(prefix = "sxe_empty"): Promise<string> {
  const server = testServerUrl();
  const name = uniqueName(prefix);
  await onAdmin(server, (c) => c.query(`CREATE DATABASE "${name}"`));
  return withDatabase(server, name);
}

export async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await onAdmin(url, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
