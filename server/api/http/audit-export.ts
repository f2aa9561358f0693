import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import { ZipArchive } from "archiver";
import { z } from "zod";
import { ZAuditFilter } from "@/server/domain/audit/audit-filter";
import { exportAuditTrail } from "@/server/services/audit/export-audit-trail";
import { exportLeadCardTrail } from "@/server/services/audit/export-lead-card-trail";
import { serviceDb } from "@/server/services/service-db";
import { userActor } from "../trpc";
import { authorize, jsonError } from "./respond";

const optionalDate = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.date().optional());
const optionalText = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().trim().max(320).optional());

const ZQuery = z.object({
  format: z.enum(["csv", "jsonl"]),
  scope: z.enum(["trail", "lead_card"]).default("trail"),
  card: optionalText,
  event: optionalText,
  actor: optionalText,
  target: optionalText,
  outcome: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(["success", "failure", "denied"]).optional()),
  from: optionalDate,
  to: optionalDate,
});

/**
 * GET /api/audit/export?format=csv|jsonl&…filters — a zip with the export file and its manifest
 * (filter, count, first/last seq, end hashes, sha256, exporter). Rows stream from the database
 * page by page into the zip (stored, not compressed: the files inside are readable as they are).
 * `scope=lead_card&card=<id>` exports one person's trail instead. Every export is audited.
 */
export async function downloadAuditExport(request: Request): Promise<Response> {
  const auth = await authorize("audit");
  if ("response" in auth) return auth.response;
  const query = ZQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return jsonError(400, `Bad export request: ${query.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  const q = query.data;
  if (q.scope === "lead_card" && !q.card) return jsonError(400, "Bad export request: card is required for scope=lead_card");

  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const base = q.scope === "lead_card" ? `lead-card-trail-${stamp}` : `audit-trail-${stamp}`;
  const fileName = `${base}.${q.format}`;
  const archive = new ZipArchive({ store: true });
  const data = new PassThrough();
  const manifestStream = new PassThrough();
  archive.append(data, { name: fileName });
  archive.append(manifestStream, { name: `${base}.manifest.json` });

  const sink = async (chunk: string) => {
    if (!data.write(chunk)) await once(data, "drain");
  };
  const db = serviceDb();
  const opts = { format: q.format, fileName, actor: userActor(auth.user), requestId: request.headers.get("x-request-id") ?? undefined };
  const run = async () => {
    const filter = ZAuditFilter.parse({ event: q.event, actor: q.actor, target: q.target, outcome: q.outcome, from: q.from, to: q.to });
    const manifest = q.scope === "lead_card" ? await exportLeadCardTrail(db, q.card!, opts, sink) : await exportAuditTrail(db, filter, opts, sink);
    data.end();
    manifestStream.end(`${JSON.stringify(manifest, null, 2)}\n`);
    await archive.finalize();
  };
  run().catch((error: unknown) => {
    console.error(error);
    archive.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return new Response(Readable.toWeb(archive) as ReadableStream<Uint8Array>, {
    headers: { "content-type": "application/zip", "content-disposition": `attachment; filename="${base}-${q.format}.zip"`, "cache-control": "no-store" },
  });
}
