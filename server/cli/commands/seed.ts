import type { Command } from "commander";
import { seedDemo } from "@/server/services/seed/seed-demo";
import { formatTable } from "../format-table";
import { runCommand } from "../run-command";

export function registerSeedCommand(program: Command): void {
  program
    .command("seed")
    .description("create the demo data (one user per role); safe to run again, existing users are left unchanged")
    .option("--json", "print the result as JSON")
    .action(
      runCommand(async (ctx, opts: { json?: boolean }) => {
        const result = await seedDemo(ctx.db(), { actor: ctx.actor });
        if (opts.json) return ctx.json(result);
        const rows = result.users.map((u) => [u.role, u.email, u.name, u.status === "created" ? "created" : "exists (password unchanged)", u.password ?? ""]);
        ctx.out(formatTable(["ROLE", "EMAIL", "NAME", "STATUS", "PASSWORD"], rows));
        if (result.users.some((u) => u.password)) ctx.out("\nPasswords are shown this once and stored only as hashes: keep them now.");
        for (const step of result.steps) ctx.out(`${step.step}: ${step.summary}`);
      }),
    );
}
