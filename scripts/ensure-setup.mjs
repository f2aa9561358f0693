// Dependency-free bootstrap shared by `npm run demo` and `npm test`: on a fresh clone it installs
// the locked dependencies and generates the Prisma client, so each README command works alone.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.status !== 0) {
    console.error(`\n✖ ${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

const newer = (a, b) => statSync(path.join(root, a)).mtimeMs > statSync(path.join(root, b)).mtimeMs;

export function ensureSetup() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 9)) {
    console.error(`Node.js ≥ 20.9 is required (this is ${process.versions.node}).`);
    process.exit(1);
  }
  const installed = path.join("node_modules", ".package-lock.json");
  if (!existsSync(path.join(root, installed)) || newer("package-lock.json", installed)) {
    console.log("• Installing dependencies (npm ci) …");
    run("npm", ["ci", "--no-audit", "--no-fund"]);
  }
  const client = path.join("server", "db", "generated", "prisma", "client.ts");
  if (!existsSync(path.join(root, client)) || newer(path.join("prisma", "schema.prisma"), client)) {
    console.log("• Generating the Prisma client …");
    run("node", ["scripts/prisma-generate.mjs"]);
  }
}
