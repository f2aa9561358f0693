import type { Command } from "commander";
import { sandboxDefaultApiKey, startSandbox } from "@/server/sandbox/start-sandbox";
import { CliError, exitCodes, runCommand } from "../run-command";

/** `sxe sandbox`: the fake Apollo and BatchData APIs in the foreground, for the demo (synthetic data only). */
export function registerSandboxCommand(program: Command): void {
  program
    .command("sandbox")
    .description("run the fake Apollo.io and BatchData APIs (synthetic data) in the foreground until Ctrl-C")
    .option("--port <port>", "port to listen on (0 = any free port)", "4010")
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .option("--api-key <key>", "the key both fakes accept", sandboxDefaultApiKey)
    .option("--seed <n>", "seed of the synthetic data", "1")
    .action(
      runCommand(async (ctx, opts: { port: string; host: string; apiKey: string; seed: string }) => {
        const port = Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new CliError(`--port must be a port number (0-65535), got "${opts.port}"`);
        const seed = Number(opts.seed);
        if (!Number.isInteger(seed)) throw new CliError(`--seed must be an integer, got "${opts.seed}"`);
        if (!opts.apiKey.trim()) throw new CliError("--api-key must not be empty");
        let sandbox;
        try {
          sandbox = await startSandbox({ port, host: opts.host, apiKey: opts.apiKey, seed });
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === "EADDRINUSE") throw new CliError(`port ${port} is already in use: pick another with --port`);
          throw error;
        }
        ctx.out("SXE provider sandbox: fake Apollo.io and BatchData APIs serving SYNTHETIC data (example.com/.net emails, 555-01xx phones).");
        ctx.out(`  Apollo    ${sandbox.apolloUrl}`);
        ctx.out(`  BatchData ${sandbox.batchDataUrl}`);
        ctx.out("Point the console and worker at it with:");
        ctx.out(`  export SXE_APOLLO_BASE_URL=${sandbox.apolloUrl}`);
        ctx.out(`  export SXE_APOLLO_API_KEY=${sandbox.apiKey}`);
        ctx.out(`  export SXE_BATCHDATA_BASE_URL=${sandbox.batchDataUrl}`);
        ctx.out(`  export SXE_BATCHDATA_API_KEY=${sandbox.apiKey}`);
        ctx.out("Press Ctrl-C to stop.");
        const signal = await new Promise<NodeJS.Signals>((resolve) => {
          process.once("SIGINT", () => resolve("SIGINT"));
          process.once("SIGTERM", () => resolve("SIGTERM"));
        });
        await sandbox.close();
        const served = Object.values(sandbox.requests()).reduce((n, c) => n + c, 0);
        ctx.out(`Sandbox stopped (${signal}) after ${served} request(s).`);
        return exitCodes.ok;
      }),
    );
}
