import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** The project folder, found from this file so the CLI works from any working directory. */
export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const migrationsDir = path.join(projectRoot, "prisma", "migrations");

export function readPackageVersion(): string {
  const pkg = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")));
  return pkg.version;
}
