import { z } from "zod";
import type { PrismaClient } from "@/server/db/client";
import { DomainError } from "@/server/domain/errors";
import { HANDOFF_BATCH_EMITTED } from "@/server/domain/handoff/cloud-event";
import { parseBatchFiles } from "./handoff-files";
import { readRecordLines, type TRecordLineRow } from "./read-record-lines";
import { closeDeliveryAttempt, openDeliveryAttempt } from "./record-delivery-attempt";

/**
 * The pull API's reads (GET /api/handoff/v1/…): frozen batches only, keyset cursors that are
 * opaque to callers, records as frozen (NDJSON lines read from the batch's JSONL file through the
 * offsets stored per record; an erased person's record is served as its tombstone).
 */

const ZBatchCursor = z.object({ t: z.iso.datetime(), i: z.uuid() });
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
function decode<T>(schema: z.ZodType<T>, cursor: string): T {
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new DomainError("VALIDATION", "cursor: not a cursor this API returned");
  }
}

export type TApiBatch = {
  id: string; schema_version: string; status: "ready"; record_count: number; created_at: string; frozen_at: string; manifest_sha256: string | null;
  files: { name: string; media_type: string; bytes: number; sha256: string; records: number }[];
  links: { manifest: string; records: string };
};

export async function listPullBatches(db: PrismaClient, opts: { cursor?: string | null; limit: number }): Promise<{ data: TApiBatch[]; next_cursor: string | null }> {
  const after = opts.cursor ? decode(ZBatchCursor, opts.cursor) : null;
  const rows = await db.handoffBatch.findMany({
    where: { status: "ready", frozenAt: { not: null }, ...(after ? { OR: [{ frozenAt: { lt: new Date(after.t) } }, { frozenAt: new Date(after.t), id: { lt: after.i } }] } : {}) },
    orderBy: [{ frozenAt: "desc" }, { id: "desc" }],
    take: opts.limit + 1,
  });
  const page = rows.slice(0, opts.limit);
  const last = page.at(-1);
  return {
    data: page.map((b) => ({
      id: b.publicId,
      schema_version: b.schemaVersion,
      status: "ready",
      record_count: b.recordCount,
      created_at: b.createdAt.toISOString(),
      frozen_at: b.frozenAt!.toISOString(),
      manifest_sha256: b.sha256,
      files: parseBatchFiles(b.files).map((f) => ({ name: f.name, media_type: f.mediaType, bytes: f.bytes, sha256: f.sha256, records: f.records })),
      links: { manifest: `/api/handoff/v1/batches/${b.publicId}`, records: `/api/handoff/v1/batches/${b.publicId}/records` },
    })),
    next_cursor: rows.length > opts.limit && last ? encode({ t: last.frozenAt!.toISOString(), i: last.id }) : null,
  };
}

async function readyBatch(db: PrismaClient, publicId: string) {
  const batch = /^hb_[A-Za-z0-9]{8,64}$/.test(publicId) ? await db.handoffBatch.findUnique({ where: { publicId } }) : null;
  if (!batch || batch.status !== "ready") throw new DomainError("NOT_FOUND", `No frozen batch ${publicId}`);
  return batch;
}

/** The batch manifest (batch-manifest v1), exactly as emitted. */
export async function getPullManifest(db: PrismaClient, publicId: string): Promise<unknown> {
  await readyBatch(db, publicId);
  const event = await db.outboxEvent.findFirst({ where: { aggregateType: "handoff_batch", aggregateId: publicId, type: HANDOFF_BATCH_EMITTED }, orderBy: { createdAt: "asc" } });
  if (!event) throw new DomainError("NOT_FOUND", `No manifest for batch ${publicId}`);
  return event.payload;
}

const ZRecordCursor = z.object({ p: z.number().int().nonnegative() });

/**
 * One page of a batch's records in batch order. The first page of a pull is logged as an
 * `api_pull` delivery (and audited) for the token's platform.
 */
export async function readPullRecords(
  db: PrismaClient,
  opts: { publicId: string; cursor?: string | null; limit: number; token: { id: string; platform: string; name: string } },
): Promise<{ lines: string[]; next_cursor: string | null; schemaVersion: string; recordCount: number }> {
  const batch = await readyBatch(db, opts.publicId);
  const after = opts.cursor ? decode(ZRecordCursor, opts.cursor).p : 0;
  const started = performance.now();
  const rows = await db.$queryRaw<TRecordLineRow[]>`
    SELECT position, record::text AS record, line_offset, line_bytes FROM handoff_batch_records
    WHERE batch_id = ${batch.id}::uuid AND position > ${after} ORDER BY position LIMIT ${opts.limit}`;
  const jsonl = parseBatchFiles(batch.files).find((f) => f.name.endsWith(".jsonl"));
  if (!jsonl) throw new DomainError("INVALID_STATE", `Batch ${batch.publicId} records no JSONL file`);
  const lines = await readRecordLines(jsonl.path, rows);
  const last = rows.at(-1);
  const next = last && last.position < batch.recordCount ? encode({ p: last.position }) : null;
  if (!opts.cursor) {
    const attempt = await openDeliveryAttempt(db, batch.id, "api_pull", opts.token.platform);
    await closeDeliveryAttempt(
      db,
      { ...attempt, batchPublicId: batch.publicId, transport: "api_pull", target: opts.token.platform },
      { ok: true, responseCode: 200, summary: `first page pulled with token ${opts.token.name}`, durationMs: performance.now() - started },
      { type: "api_token", id: opts.token.id, label: opts.token.platform },
    );
  }
  return { lines, next_cursor: next, schemaVersion: batch.schemaVersion, recordCount: batch.recordCount };
}
