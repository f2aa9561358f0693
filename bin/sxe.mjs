#!/usr/bin/env node
// `sxe`: runs the TypeScript CLI (server/cli/main.ts) under the project's tsx, from any folder.
// Exit code and stdio are the CLI's own.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const main = path.join(root, "server", "cli", "main.ts");
const tsx = import.meta.resolve("tsx");

const child = spawn(process.execPath, ["--import", tsx, main, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TSX_TSCONFIG_PATH: process.env.TSX_TSCONFIG_PATH ?? path.join(root, "tsconfig.json") },
});

// Ctrl-C reaches the whole process group (the CLI handles it); forward the signals sent to us alone.
const forward = (signal) => () => child.kill(signal);
process.on("SIGINT", () => {});
process.on("SIGTERM", forward("SIGTERM"));
process.on("SIGHUP", forward("SIGHUP"));

child.on("error", (error) => {
  console.error(`sxe: could not start the CLI: ${error.message}`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
