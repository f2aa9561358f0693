import type { Command } from "commander";
import { readStorageEnv } from "@/server/config/env";
import { createQueueClient } from "@/server/jobs/enqueue";
import { demoSeedSteps, seedDemo } from "@/server/services/seed/seed-demo";
import { demoAudienceStep } from "@/server/services/seed/seed-demo-audience";
import { formatTable } from "../format-table";
import { runCommand } from "../run-command";

export function registerSeedCommand(program: Command): void {
  program
    .command("seed")
    .description("create the demo data (one user per role, optionally the demo audience); safe to run again, existing data is left unchanged")
    .option("--audience", "also queue the demo audience (10k+ generated profiles) for the worker to import")
    .option("--json", "print the result as JSON")
    .action(
      runCommand(async (ctx, opts: { json?: boolean; audience?: boolean }) => {
        const queue = opts.audience ? await createQueueClient(ctx.databaseUrl()) : null;
        const steps = queue
          ? [...demoSeedSteps, demoAudienceStep({ dataDir: readStorageEnv().SXE_DATA_DIR, enqueue: (importJobId) => queue.enqueue("import.process", { importJobId }) })]
          : demoSeedSteps;
        const result = await seedDemo(ctx.db(), { actor: ctx.actor, steps }).finally(() => queue?.stop());
        if (opts.json) return ctx.json(result);
        const rows = result.users.map((u) => [u.role, u.email, u.name, u.status === "created" ? "created" : "exists (password unchanged)", u.password ?? ""]);
        ctx.out(formatTable(["ROLE", "EMAIL", "NAME", "STATUS", "PASSWORD"], rows));
        if (result.users.some((u) => u.password)) ctx.out("\nPasswords are shown this once and stored only as hashes: keep them now.");
        for (const step of result.steps) ctx.out(`${step.step}: ${step.summary}`);
      }),
    );
}
