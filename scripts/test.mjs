#!/usr/bin/env node
// `npm test`: every check the project has, in order — lint, types, unit, integration, e2e.
// Integration and e2e tests need PostgreSQL: TEST_DATABASE_URL, else DATABASE_URL, else the local
// server at 127.0.0.1:5432 (user postgres). e2e needs Chromium at /usr/bin/chromium.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { ensureSetup, run } from "./ensure-setup.mjs";

ensureSetup();

const chromium = process.env.SXE_CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const apt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (root && apt) {
    console.log("• Installing Chromium for the e2e tests (apt-get) …");
    run("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null"]);
  } else {
    console.error(`✖ Chromium not found at ${chromium}. Install it (Debian: sudo apt-get install chromium fonts-liberation) or set SXE_CHROMIUM_PATH.`);
    process.exit(1);
  }
}

const steps = [
  ["lint", ["run", "lint"]],
  ["typecheck", ["run", "typecheck"]],
  ["unit", ["run", "test:unit"]],
  ["integration", ["run", "test:int"]],
  ["e2e", ["run", "test:e2e"]],
];
const only = process.argv.slice(2);
for (const [name, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  run("npm", args);
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
