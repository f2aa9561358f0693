import type { Metadata } from "next";
import { Funnel, type TFunnelStage } from "@/components/dashboard/funnel";
import { PhaseReportCard } from "@/components/dashboard/phase-report-card";
import { RecentHandoffBatches, RecentImports } from "@/components/dashboard/recent-activity";
import { SpendStat } from "@/components/dashboard/spend-stat";
import { Stat } from "@/components/dashboard/stat";
import { Num } from "@/components/ui/num";
import { PageHeader } from "@/components/ui/page-header";
import { getServerApi } from "@/server/api/server-caller";
import { mayOpen, sectionFor, type TConsoleHref } from "./_lib/navigation";
import { requirePage } from "./_lib/require-page";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const { user } = await requirePage("/");
  const api = await getServerApi();
  const [summary, phaseReport, spend] = await Promise.all([api.dashboard.summary(), api.reports.phase(), api.dashboard.spend()]);
  const { counts } = summary;
  const link = (href: TConsoleHref) => (mayOpen(user.role, sectionFor(href).anyOf) ? href : undefined);

  const stages: TFunnelStage[] = [
    { key: "ingested", label: "Ingested", count: counts.rawProfiles, hint: "Raw profiles from imports", href: link("/imports") },
    { key: "lead-cards", label: "Lead cards", count: counts.leadCards, hint: "One card per person", href: link("/pools") },
    { key: "tagged", label: "Tagged", count: counts.tagged, hint: "Persona and tribe assigned", href: link("/review") },
    { key: "eligible", label: "Eligible", count: counts.eligibleForEnrichment, hint: "Partner or affiliate label", href: link("/enrichment") },
    { key: "enriched", label: "Enriched", count: counts.enriched, hint: "Contact data found", href: link("/enrichment") },
    { key: "handed-off", label: "Handed off", count: counts.handedOff, hint: "Delivered downstream", href: link("/handoff"), shareOf: "lead-cards" },
  ];

  return (
    <>
      <PageHeader title="Dashboard" description="Where every profile stands in the pipeline, from import to handoff." />
      <div className="space-y-4">
        <Funnel stages={stages} />
        <div className="grid gap-3 sm:grid-cols-3">
          <Stat label="Import jobs" value={<Num value={counts.importJobs} />} note="All time" href={link("/imports")} />
          <Stat
            label="Audit chain head"
            value={summary.auditHeadSeq ? `#${Number(summary.auditHeadSeq).toLocaleString("en-US")}` : "Empty"}
            note={summary.auditHeadSeq ? "Latest audited event" : "Nothing audited yet"}
            href={link("/audit")}
          />
          <SpendStat spend={spend} href={link("/enrichment")} />
        </div>
        <PhaseReportCard report={phaseReport} />
        <div className="grid gap-4 lg:grid-cols-2">
          <RecentImports imports={summary.recentImports} />
          <RecentHandoffBatches batches={summary.recentHandoffBatches} />
        </div>
      </div>
    </>
  );
}
