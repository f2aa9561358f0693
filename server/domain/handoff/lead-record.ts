import { csvRow } from "@/server/domain/csv/csv-row";
import type { TDncRule } from "@/server/domain/settings/handoff";
import { LEAD_RECORD_SCHEMA_VERSION } from "./schema-registry";

/**
 * Lead record v1: built from one selected card's row (as the exporter's query returns it), with
 * the DNC rule applied. Pure; the caller validates the result against the published schema.
 */

export type TSourceContact = {
  type: string; value: string; verification_status: string | null; dnc: boolean; tcpa: boolean; litigator: boolean;
  provider: string; fetched_at: string; request_id: string;
};
export type TSourceBusiness = {
  name: string; domain: string | null; industry: string | null; size: string | null; employees: number | null; location: string | null;
  provider: string; fetched_at: string; request_id: string;
};
export type TLeadRecordSource = {
  lead_card_id: string;
  lead_id: string;
  platform: string;
  handle: string | null;
  display_name: string | null;
  industry: string;
  persona: string;
  tribe: string;
  secondary_tribes: string[];
  label: string | null;
  classification_confidence: string | number;
  confidences: Record<string, unknown> | null;
  review_state: string;
  pools: { id: string; name: string; kind: string }[] | null;
  contacts: TSourceContact[] | null;
  business: TSourceBusiness | null;
  import_job_id: string;
  source_format: string | null;
  /** Timestamps arrive as ISO-8601 UTC text (the selection query formats them). */
  imported_at: string;
  first_seen_at: string;
  last_seen_at: string;
};

export type TLeadRecord = {
  schema_version: string;
  batch_id: string;
  generated_at: string;
  lead_id: string;
  platform: string;
  handle: string | null;
  profile_url: string | null;
  display_name: string | null;
  industry: string;
  persona: string;
  tribes: { primary: string; secondary: string[] };
  label: { value: string | null; confidence: number; confidences: { industry: number; persona: number; tribe: number; label: number }; review_state: string };
  pools: { id: string; name: string; kind: string }[];
  enrichment: { contacts: TSourceContact[]; business: TSourceBusiness | null };
  provenance: {
    import: { job_id: string; source_format: string | null; imported_at: string };
    first_seen_at: string;
    last_seen_at: string;
    enrichment: { request_id: string; fetched_at: string }[];
  };
};

export type TBuiltRecord = { record: TLeadRecord; droppedContacts: number } | { excluded: "flagged_record"; droppedContacts: number };

const profileUrlPrefix: Record<string, string> = { x: "https://x.com/", tiktok: "https://www.tiktok.com/@", threads: "https://www.threads.net/@" };

export const profileUrl = (platform: string, handle: string | null) => (handle && profileUrlPrefix[platform] ? `${profileUrlPrefix[platform]}${handle}` : null);

const num = (value: unknown) => (typeof value === "number" ? value : Number(value ?? 0));

export function buildLeadRecord(row: TLeadRecordSource, ctx: { batchId: string; generatedAt: string; dnc: TDncRule }): TBuiltRecord {
  const flagged = (c: TSourceContact) => ctx.dnc.flags.some((flag) => c[flag]);
  const all = row.contacts ?? [];
  const contacts = all.filter((c) => !flagged(c));
  const droppedContacts = all.length - contacts.length;
  if (droppedContacts > 0 && ctx.dnc.action === "drop_record") return { excluded: "flagged_record", droppedContacts };

  const { business } = row;
  const requests = new Map<string, string>();
  for (const c of contacts) if (!requests.has(c.request_id) || requests.get(c.request_id)! < c.fetched_at) requests.set(c.request_id, c.fetched_at);
  if (business && (!requests.has(business.request_id) || requests.get(business.request_id)! < business.fetched_at)) requests.set(business.request_id, business.fetched_at);
  const confidences = row.confidences ?? {};

  return {
    droppedContacts,
    record: {
      schema_version: LEAD_RECORD_SCHEMA_VERSION,
      batch_id: ctx.batchId,
      generated_at: ctx.generatedAt,
      lead_id: row.lead_id,
      platform: row.platform,
      handle: row.handle,
      profile_url: profileUrl(row.platform, row.handle),
      display_name: row.display_name,
      industry: row.industry,
      persona: row.persona,
      tribes: { primary: row.tribe, secondary: row.secondary_tribes },
      label: {
        value: row.label,
        confidence: num(row.classification_confidence),
        confidences: { industry: num(confidences.industry), persona: num(confidences.persona), tribe: num(confidences.tribe), label: num(confidences.label) },
        review_state: row.review_state,
      },
      pools: row.pools ?? [],
      enrichment: { contacts, business },
      provenance: {
        import: { job_id: row.import_job_id, source_format: row.source_format, imported_at: row.imported_at },
        first_seen_at: row.first_seen_at,
        last_seen_at: row.last_seen_at,
        enrichment: [...requests].map(([request_id, fetched_at]) => ({ request_id, fetched_at })),
      },
    },
  };
}

/** The CSV file's columns: one row per record, lists joined with " | ". */
export const leadRecordCsvColumns = [
  "lead_id", "platform", "handle", "profile_url", "display_name", "industry", "persona", "tribe", "secondary_tribes", "label",
  "label_confidence", "review_state", "pools", "emails", "phones", "business_name", "business_domain", "schema_version", "batch_id", "generated_at",
] as const;

export const leadRecordCsvHeader = () => csvRow([...leadRecordCsvColumns]);

export function leadRecordCsvRow(r: TLeadRecord): string {
  const contacts = (type: string) => r.enrichment.contacts.filter((c) => c.type === type).map((c) => c.value).join(" | ");
  return csvRow([
    r.lead_id, r.platform, r.handle, r.profile_url, r.display_name, r.industry, r.persona, r.tribes.primary, r.tribes.secondary.join(" | "), r.label.value,
    r.label.confidence, r.label.review_state, r.pools.map((p) => p.name).join(" | "), contacts("email"), contacts("phone"),
    r.enrichment.business?.name, r.enrichment.business?.domain, r.schema_version, r.batch_id, r.generated_at,
  ]);
}
