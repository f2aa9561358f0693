#!/usr/bin/env node
// `prisma generate` without network: the CLI wants a schema-engine binary it never uses for
// generation, and a DATABASE_URL it never connects to. Both are satisfied here.
import { spawnSync } from "node:child_process";

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
