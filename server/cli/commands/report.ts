import type { Command } from "commander";
import type { TPhaseReport } from "@/server/services/reports/get-phase-report";
import { formatTable } from "../format-table";
import { runCommand } from "../run-command";

const count = (n: number) => n.toLocaleString("en-US");
const percent = (p: number | null) => (p === null ? "—" : `${p.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`);
const shareRows = (shares: Record<string, { count: number; percent: number | null }>) =>
  Object.entries(shares).map(([name, s]) => [name, count(s.count), percent(s.percent)]);

/** The phase report as plain-text tables (what `sxe report` prints without --json). */
export function formatPhaseReport(report: TPhaseReport): string {
  const { cardCoverage: coverage, enrichmentFree: enrichment } = report;
  const sections = [
    "Exit criteria (phases 1–3)",
    formatTable(["criterion", "target", "actual", "met"], report.exitCriteria.map((c) => [c.name, c.target, c.actual, c.met ? "yes" : "NO"])),
    "",
    "Profiles and cards",
    formatTable(["figure", "count", "share"], [
      ["raw profiles (not erased)", count(report.rawProfiles), ""],
      ["erased profiles (left out)", count(report.erasedProfiles), ""],
      ["lead cards (not erased)", count(report.leadCards), ""],
      ["profiles with a lead card", count(coverage.withCard), percent(coverage.percent)],
      ["profiles without a lead card", count(coverage.withoutCard), ""],
      ["cards with persona and tribe", count(report.taggedWithPersonaAndTribe.count), percent(report.taggedWithPersonaAndTribe.percent)],
    ]),
    "",
    "Labels (share of lead cards)",
    formatTable(["label", "cards", "share"], shareRows(report.labelDistribution)),
    "",
    "Review (share of lead cards)",
    formatTable(["state", "cards", "share"], shareRows(report.reviewProgress)),
    "",
    `Enrichment on lead cards: ${enrichment.free ? "none" : "FOUND"} — ${count(enrichment.violations)} un-enriched card(s) with contact/business rows; ` +
      `${count(enrichment.contactRows)} contact and ${count(enrichment.businessRows)} business row(s) in all; ` +
      `contact-like columns on lead_cards: ${enrichment.contactColumnsOnCards.length ? enrichment.contactColumnsOnCards.join(", ") : "none"}`,
  ];
  if (report.rawProfiles === 0) sections.push("", "No profiles yet: import audience files with `sxe import` to measure the exit criteria.");
  return sections.join("\n");
}

export function registerReportCommand(program: Command): void {
  program
    .command("report")
    .description("phase report: exit criteria of phases 1–3, label and review shares (a report, not a check: exits 0 whether criteria are met or not)")
    .option("--json", "print the report as JSON")
    .action(
      runCommand(async (ctx, opts: { json?: boolean }) => {
        const { getPhaseReport } = await import("@/server/services/reports/get-phase-report");
        const report = await getPhaseReport(ctx.db());
        if (opts.json) return ctx.json(report);
        ctx.out(formatPhaseReport(report));
      }),
    );
}
