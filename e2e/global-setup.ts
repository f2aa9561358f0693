import pg from "pg";
import { createPrismaClient } from "@/server/db/client";
import { migrate } from "@/server/db/migrate";
import { createUser } from "@/server/services/users/create-user";
import { e2eDatabaseUrl } from "./support/env";
import { e2eUsers } from "./support/users";

async function recreateDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Refusing to (re)create database with unexpected name "${name}"`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** Fresh database for this run: migrated, with one user per role (known passwords) made by createUser. */
export default async function globalSetup(): Promise<void> {
  const url = e2eDatabaseUrl();
  await recreateDatabase(url);
  await migrate(url);
  const db = createPrismaClient(url);
  try {
    for (const user of Object.values(e2eUsers)) {
      await createUser(db, { email: user.email, password: user.password, name: user.name, role: user.role, via: "seed" }, { type: "cli", id: "e2e-global-setup" });
    }
  } finally {
    await db.$disconnect();
  }
}
