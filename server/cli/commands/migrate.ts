import type { Command } from "commander";
import { migrate } from "@/server/db/migrate";
import { migrationsDir } from "../paths";
import { runCommand } from "../run-command";

export function registerMigrateCommand(program: Command): void {
  program
    .command("migrate")
    .description("apply pending database migrations (prisma/migrations) to DATABASE_URL")
    .option("--json", "print the result as JSON")
    .action(
      runCommand(async (ctx, opts: { json?: boolean }) => {
        const result = await migrate(ctx.databaseUrl(), { dir: migrationsDir, log: opts.json ? undefined : (line) => ctx.out(line) });
        if (opts.json) return ctx.json(result);
        if (result.applied.length) ctx.out(`Applied ${result.applied.length} migration(s): ${result.applied.join(", ")}`);
        else ctx.out(`Database is up to date: nothing to apply (${result.alreadyApplied.length} already applied).`);
      }),
    );
}
