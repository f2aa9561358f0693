import type { z } from "zod";
import type { processingRecordSetting } from "@/server/domain/settings/compliance";

export type TProcessingRecordInput = {
  generatedAt: Date;
  record: z.infer<(typeof processingRecordSetting)["schema"]>;
  retention: { rawProfileDays: number | null; contactDays: number | null };
  /** Configured handoff targets (transport and target), empty when none is configured. */
  recipients: string[];
  /** Enabled enrichment providers, and whether they come from a saved policy or the defaults. */
  processors: { names: string[]; source: "policy" | "defaults" };
  settingVersions: Record<string, number>;
};

const md = (text: string) => text.replace(/([\\`*_{}[\]<>|])/g, "\\$1");
const days = (n: number | null) => (n === null ? "kept until erased (no retention limit configured)" : `${n} days`);

/** The record of processing activities (GDPR Art. 30(1)) as Markdown, generated from configuration. Pure. */
export function renderProcessingRecord(input: TProcessingRecordInput): string {
  const { record: r } = input;
  const lines = [
    "# Record of processing activities (GDPR Art. 30)",
    "",
    `Generated ${input.generatedAt.toISOString()} from the Social XPress Engine configuration (settings versions: ${Object.entries(input.settingVersions).map(([k, v]) => `${k} v${v}`).join(", ") || "defaults"}).`,
    "",
    "## Controller",
    "",
    `- **Name:** ${md(r.controllerName)}`,
    `- **Contact:** ${md(r.controllerContact)}`,
    `- **Data protection officer:** ${r.dpoContact ? md(r.dpoContact) : "not appointed"}`,
    "",
    "## Purposes of the processing, per stage",
    "",
    "| Stage | Purpose |",
    "|---|---|",
    `| Ingest and normalize | ${md(r.purposes.ingest)} |`,
    `| Tag / tribe (classification) | ${md(r.purposes.classify)} |`,
    `| Enrichment on demand | ${md(r.purposes.enrich)} |`,
    `| Handoff | ${md(r.purposes.handoff)} |`,
    "",
    `**Lawful basis:** ${md(r.lawfulBasis)}`,
    "",
    "## Categories of data subjects",
    "",
    ...r.dataSubjects.map((s) => `- ${md(s)}`),
    "",
    "## Categories of personal data",
    "",
    ...r.dataCategories.map((s) => `- ${md(s)}`),
    "",
    "Contact data found in social profiles is redacted before storage; no special-category data is inferred or stored.",
    "",
    "## Recipients",
    "",
    ...(input.recipients.length ? input.recipients.map((s) => `- ${md(s)}`) : ["- None configured (no handoff target is set up)."]),
    "",
    "## Processors",
    "",
    ...input.processors.names.map((s) => `- ${md(s)}`),
    ...(input.processors.source === "defaults" ? ["", "_No enrichment policy has been saved: these are the product's default providers._"] : []),
    "",
    "## Transfers to third countries",
    "",
    r.transfers ? md(r.transfers) : "None recorded.",
    "",
    "## Retention",
    "",
    `- Raw social profile content: ${days(input.retention.rawProfileDays)} after it was last seen, then purged by the retention job (the row stays, content cleared).`,
    `- Contacts (emails, phones): ${days(input.retention.contactDays)} after they were fetched, then deleted by the retention job.`,
    "- Audit trail: kept append-only; it holds ids, counts and reasons, never profile content or contact values.",
    "- Erasure requests are honoured at once (lead card and raw profile tombstoned, contacts and business links deleted, person suppressed).",
    "",
    "## Technical and organisational measures",
    "",
    "- Role-based access (Growth, Compliance, Admin); contact values masked for Growth.",
    "- Tamper-evident audit trail (hash chain, digests outside the chain, offline-verifiable exports).",
    "- Contact data redacted at ingest; database constraints refuse contact data in social tables and audit metadata.",
    "- Suppression list of sha256 digests so erased or objecting people are never re-imported.",
    "",
  ];
  return lines.join("\n");
}
