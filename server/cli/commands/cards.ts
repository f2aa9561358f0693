import type { Command } from "commander";
import { backfillLeadCards } from "@/server/services/cards/backfill-lead-cards";
import { runCommand } from "../run-command";

export function registerCardsCommand(program: Command): void {
  const cards = program.command("cards").description("lead cards");
  cards
    .command("backfill")
    .description("create the lead card of every raw profile that has none (existing cards are left as they are)")
    .option("--json", "print the result as JSON")
    .action(
      runCommand(async (ctx, opts: { json?: boolean }) => {
        const result = await backfillLeadCards(ctx.db(), ctx.databaseUrl(), ctx.actor);
        if (opts.json) return ctx.json(result);
        ctx.out(result.created ? `Created ${result.created} lead card(s).` : "Every raw profile already has its lead card.");
      }),
    );
}
