import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin", "sxe.mjs");
export type TRun = { code: number | null; stdout: string; stderr: string };

/** Runs the real CLI (`node bin/sxe.mjs …`) as a child process, the way `npx sxe` does. */
export function sxe(args: string[], opts: { databaseUrl?: string | null; stdin?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<TRun> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "test", ...opts.env };
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, env, stdio: [opts.stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
  if (opts.stdin !== undefined) child.stdin?.end(opts.stdin);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`sxe ${args.join(" ")} timed out\n${stdout}\n${stderr}`));
    }, opts.timeoutMs ?? 30_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
