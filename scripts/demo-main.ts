/**
 * The demo launcher: database (embedded unless DATABASE_URL is set) → migrate → seed → web +
 * worker together. Ctrl-C stops all of it, including the embedded database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/server/db/client";
import { explainConnectionError } from "@/server/db/connection";
import { migrate } from "@/server/db/migrate";
import { startEmbeddedDatabase, type TEmbeddedDatabase } from "@/server/devtools/embedded-database";
import { createQueueClient } from "@/server/jobs/enqueue";
import { seedDemo, demoSeedSteps } from "@/server/services/seed/seed-demo";
import { demoAudienceStep } from "@/server/services/seed/seed-demo-audience";
import { startDemoEnrichment } from "./demo-enrichment";
import { seedDemoHandoff } from "@/server/services/seed/seed-demo-handoff";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(root, ".data");
const log = (line: string) => console.log(`• ${line}`);

const { values: args } = parseArgs({
  options: { port: { type: "string", default: process.env.PORT ?? "3000" }, prod: { type: "boolean", default: false } },
});

async function persistentSecret(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function start(name: string, command: string, commandArgs: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, commandArgs, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  const prefix = (chunk: Buffer) => chunk.toString().split("\n").filter(Boolean).map((l) => `[${name}] ${l}`).join("\n") + "\n";
  child.stdout?.on("data", (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  return child;
}

async function main() {
  let embedded: TEmbeddedDatabase | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const port = Number(process.env.SXE_EMBEDDED_PG_PORT ?? 54329);
    log(`DATABASE_URL is not set: starting an embedded PostgreSQL on 127.0.0.1:${port} (data in .data/pg).`);
    embedded = await startEmbeddedDatabase({ rootDir: dataDir, port, database: "sxe", log });
    databaseUrl = embedded.url;
  }
  const stopDatabase = async () => embedded?.stop().catch(() => {});

  try {
    const { applied } = await migrate(databaseUrl);
    log(applied.length ? `Migrated: ${applied.join(", ")}` : "Database schema is up to date.");
  } catch (error) {
    console.error(`✖ ${explainConnectionError(error, databaseUrl)}`);
    await stopDatabase();
    process.exit(1);
  }

  const db = createPrismaClient(databaseUrl);
  const queue = await createQueueClient(databaseUrl);
  const dataRoot = path.resolve(root, process.env.SXE_DATA_DIR ?? ".data");
  const enqueue = (importJobId: string) => queue.enqueue("import.process", { importJobId });
  const seeded = await seedDemo(db, { log, steps: [...demoSeedSteps, demoAudienceStep({ dataDir: dataRoot, enqueue })] });
  await queue.stop();
  await db.$disconnect();
  const created = seeded.users.filter((u) => u.password);
  if (created.length) {
    const lines = created.map((u) => `  ${u.role.padEnd(10)} ${u.email.padEnd(24)} ${u.password}`);
    await writeFile(path.join(dataDir, "demo-credentials.txt"), `${lines.join("\n")}\n`, { mode: 0o600 }).catch(() => {});
    console.log(`\nDemo users (passwords are shown once; a copy is in .data/demo-credentials.txt):\n${lines.join("\n")}\n`);
  } else {
    log("Demo users already exist; their passwords are in .data/demo-credentials.txt (or reset them with `npx sxe users`).");
  }

  // Sandbox providers (synthetic data) for the worker and web, and the enrichment demo data once the worker runs.
  const enrichment = await startDemoEnrichment(databaseUrl, log);
  const env: NodeJS.ProcessEnv = {
    ...enrichment.env,
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? (await persistentSecret(path.join(dataDir, "nextauth-secret"))),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${args.port}`,
  };
  const next = path.join(root, "node_modules", ".bin", "next");
  if (args.prod) {
    log("Building the console (next build) …");
    const build = spawn(next, ["build"], { cwd: root, env, stdio: "inherit" });
    const code = await new Promise<number | null>((resolve) => build.on("exit", resolve));
    if (code !== 0) {
      await stopDatabase();
      process.exit(code ?? 1);
    }
  }
  const children = [
    start("web", next, [args.prod ? "start" : "dev", "-p", String(args.port)], env),
    start("worker", process.execPath, ["--max-old-space-size=384", "--import", "tsx", "server/jobs/worker-main.ts"], env),
  ];
  log(`Console: http://localhost:${args.port}  (Ctrl-C stops web, worker and the embedded database)`);
  enrichment.seedWhenWorkerRuns();
  void seedDemoHandoff(createPrismaClient(databaseUrl), { databaseUrl, dataDir: dataRoot, log }).catch((error: unknown) => log(`Demo handoff failed: ${error instanceof Error ? error.message : String(error)}`));

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) child.kill("SIGTERM");
    await enrichment.close();
    await Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.on("exit", r)))));
    await stopDatabase();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(0));
  for (const child of children) {
    child.on("exit", (code) => {
      if (!stopping) {
        console.error(`✖ a process exited (code ${code}); stopping the demo.`);
        void shutdown(code || 1);
      }
    });
  }
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
