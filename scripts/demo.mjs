#!/usr/bin/env node
// `npm run demo`: the console with demo data from a fresh clone (see README "Quick start").
import { spawn } from "node:child_process";
import { ensureSetup, root } from "./ensure-setup.mjs";

ensureSetup();
const child = spawn(process.execPath, ["--import", "tsx", "scripts/demo-main.ts", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
