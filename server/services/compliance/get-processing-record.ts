import { marked } from "marked";
import type { Db } from "@/server/db/client";
import { renderProcessingRecord } from "@/server/domain/compliance/processing-record";
import { processingRecordSetting, retentionSetting } from "@/server/domain/settings/compliance";
import { getSetting } from "@/server/services/settings/get-setting";

const DEFAULT_PROCESSORS = ["Apollo.io (people and company enrichment)", "BatchData (skip trace: phones with DNC/TCPA/litigator flags)"];

/** Strings named like targets/providers inside a stored setting value (settings of other areas, read generically). */
function collect(value: unknown, keys: string[], out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) collect(v, keys, out);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (o.enabled === false) return out;
    const parts = keys.map((k) => o[k]).filter((v): v is string => typeof v === "string" && v.length > 0);
    if (parts.length) out.push(parts.join(" · "));
    for (const [k, v] of Object.entries(o)) if (!keys.includes(k)) collect(v, keys, out);
  }
  return out;
}

/**
 * The record of processing (Art. 30) from configuration: the compliance settings, handoff targets
 * (settings whose key starts with `handoff`) as recipients, enabled providers (settings whose key
 * starts with `enrichment`) as processors, else the defaults.
 */
export async function getProcessingRecord(db: Db, opts: { now?: Date } = {}): Promise<{ markdown: string; html: string }> {
  const [record, retention, stored] = await Promise.all([
    getSetting(db, processingRecordSetting),
    getSetting(db, retentionSetting),
    db.setting.findMany({ where: { OR: [{ key: { startsWith: "handoff" } }, { key: { startsWith: "enrichment" } }] }, select: { key: true, value: true } }),
  ]);
  const recipients = [...new Set(stored.filter((s) => s.key.startsWith("handoff")).flatMap((s) => collect(s.value, ["name", "transport", "target", "url"])))];
  const enrichment = stored.filter((s) => s.key.startsWith("enrichment"));
  const providers = [...new Set(enrichment.flatMap((s) => collect(s.value, ["provider", "name"])))];
  const markdown = renderProcessingRecord({
    generatedAt: opts.now ?? new Date(),
    record: record.value,
    retention: retention.value,
    recipients,
    processors: providers.length ? { names: providers, source: "policy" } : { names: DEFAULT_PROCESSORS, source: "defaults" },
    settingVersions: { [processingRecordSetting.key]: record.version, [retentionSetting.key]: retention.version },
  });
  const body = await marked.parse(markdown, { async: true });
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Record of processing activities</title>
<style>
  body { font: 11pt/1.45 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; color: #111; }
  h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
  table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #bbb; padding: 4px 6px; text-align: left; vertical-align: top; }
  @media print { body { margin: 0; } h2 { break-after: avoid; } table, li { break-inside: avoid; } }
</style></head><body>
${body}</body></html>
`;
  return { markdown, html };
}
