import { copyFile, mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/server/db/client";
import { openAmqpPublisher } from "@/server/adapters/handoff/amqp-publisher";
import { pushBatchFile } from "@/server/adapters/handoff/http-push";
import type { TAuditActor } from "@/server/domain/audit/events";
import { DomainError } from "@/server/domain/errors";
import { HANDOFF_BATCH_EMITTED, toCloudEvent } from "@/server/domain/handoff/cloud-event";
import { handoffSetting, type THandoffConfig } from "@/server/domain/settings/handoff";
import { getSetting } from "@/server/services/settings/get-setting";
import { parseBatchFiles, type TBatchFile } from "./handoff-files";
import { closeDeliveryAttempt, openDeliveryAttempt, type TAttemptOutcome } from "./record-delivery-attempt";
import { resolveQueueConfig } from "./resolve-queue-config";

export const deliverableTransports = ["file", "api_push", "queue"] as const;
export type TDeliverableTransport = (typeof deliverableTransports)[number];

export type TDeliverOptions = {
  /** Batch id or public id (hb_…). */
  batch: string;
  transport: TDeliverableTransport;
  /** file: a directory (default the setting, else <dataDir>/handoff-out); api_push: an endpoint name (default every enabled one); queue: ignored. */
  target?: string;
  actor: TAuditActor;
  dataDir: string;
  /** Attempts in this call (default: the setting's maxAttempts); each one is logged. */
  maxAttempts?: number;
  /** First backoff between attempts in ms, doubled each time (default 1000). */
  backoffMs?: number;
};

export type TDeliveryReport = { transport: TDeliverableTransport; target: string; status: "succeeded" | "failed"; attempts: { attempt: number; status: "succeeded" | "failed"; responseCode: number | null; summary: string; durationMs: number }[] };

type TAttemptResult = TAttemptOutcome & { retryable: boolean };
type TBatch = { id: string; publicId: string; schemaVersion: string; sha256: string | null; files: TBatchFile[] };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fileAttempt(batch: TBatch, directory: string): Promise<TAttemptResult> {
  const started = performance.now();
  try {
    const target = path.join(directory, batch.publicId);
    const partial = `${target}.partial`;
    await rm(partial, { recursive: true, force: true });
    await mkdir(partial, { recursive: true });
    for (const file of batch.files) await copyFile(file.path, path.join(partial, file.name));
    await rm(target, { recursive: true, force: true });
    await rename(partial, target);
    return { ok: true, summary: `wrote ${batch.files.length} files to ${target}`, durationMs: performance.now() - started, retryable: false };
  } catch (error) {
    return { ok: false, summary: (error instanceof Error ? error.message : String(error)).slice(0, 500), durationMs: performance.now() - started, retryable: true };
  }
}

async function pushAttempt(batch: TBatch, endpoint: THandoffConfig["pushEndpoints"][number]): Promise<TAttemptResult> {
  const started = performance.now();
  const jsonl = batch.files.find((f) => f.name.endsWith(".jsonl"));
  if (!jsonl) return { ok: false, summary: "the batch has no JSONL file", durationMs: 0, retryable: false };
  const result = await pushBatchFile({
    url: endpoint.url,
    secret: endpoint.secret,
    timeoutMs: endpoint.timeoutMs,
    bodyFile: jsonl.path,
    idempotencyKey: batch.publicId,
    now: new Date(),
    headers: { "x-sxe-batch-id": batch.publicId, "x-sxe-schema-version": batch.schemaVersion, "x-sxe-record-count": String(jsonl.records), "x-sxe-manifest-sha256": batch.sha256 ?? "" },
  });
  return { ok: result.ok, responseCode: result.status, summary: result.summary, durationMs: performance.now() - started, retryable: result.retryable };
}

async function queueAttempt(db: PrismaClient, batch: TBatch): Promise<TAttemptResult & { target: string }> {
  const config = await resolveQueueConfig(db);
  if (!config) throw new DomainError("INVALID_STATE", "The queue transport is off: set SXE_AMQP_URL or the handoff setting's amqpUrl");
  const row = await db.outboxEvent.findFirst({ where: { aggregateType: "handoff_batch", aggregateId: batch.publicId, type: HANDOFF_BATCH_EMITTED }, orderBy: { createdAt: "asc" } });
  if (!row) throw new DomainError("INVALID_STATE", `Batch ${batch.publicId} has no emitted event in the outbox`);
  const started = performance.now();
  try {
    const publisher = await openAmqpPublisher(config.url, config.exchange);
    try {
      await publisher.publish([toCloudEvent(row, { baseUrl: config.baseUrl })]);
    } finally {
      await publisher.close();
    }
    await db.outboxEvent.updateMany({ where: { id: row.id, publishedAt: null }, data: { publishedAt: new Date() } });
    return { ok: true, summary: `published event ${row.id} again (same id), confirmed by the broker`, durationMs: performance.now() - started, retryable: false, target: config.exchange };
  } catch (error) {
    return { ok: false, summary: (error instanceof Error ? error.message : String(error)).slice(0, 500), durationMs: performance.now() - started, retryable: true, target: config.exchange };
  }
}

/**
 * Delivers a frozen (`ready`) batch by one transport, with bounded retries and exponential
 * backoff inside the call; every attempt is a handoff_deliveries row (transport, target, attempt,
 * status, response code, duration, summary) closed together with its `handoff_delivered` audit
 * row. A failed batch, or one still building, is refused: nothing leaves before validation.
 */
export async function deliverHandoffBatch(db: PrismaClient, opts: TDeliverOptions): Promise<TDeliveryReport[]> {
  const where = opts.batch.startsWith("hb_") ? { publicId: opts.batch } : { id: opts.batch };
  const row = await db.handoffBatch.findUnique({ where }).catch(() => null);
  if (!row) throw new DomainError("NOT_FOUND", `Handoff batch ${opts.batch} does not exist`);
  if (row.status !== "ready") throw new DomainError("INVALID_STATE", `Batch ${row.publicId} is ${row.status}: only a frozen, validated batch can be delivered`);
  const batch: TBatch = { id: row.id, publicId: row.publicId, schemaVersion: row.schemaVersion, sha256: row.sha256, files: parseBatchFiles(row.files) };
  const { value: config } = await getSetting(db, handoffSetting);
  const maxAttempts = opts.maxAttempts ?? config.maxAttempts;
  const backoffMs = opts.backoffMs ?? 1000;

  const targets: { target: string; run: () => Promise<TAttemptResult & { target?: string }> }[] = [];
  if (opts.transport === "file") {
    // A directory chosen at run time (setting or CLI): not a file of the build to trace.
    const directory = path.resolve(/*turbopackIgnore: true*/ opts.target ?? config.fileDirectory ?? path.join(opts.dataDir, "handoff-out"));
    targets.push({ target: directory, run: () => fileAttempt(batch, directory) });
  } else if (opts.transport === "api_push") {
    const endpoints = config.pushEndpoints.filter((e) => (opts.target ? e.name === opts.target : e.enabled));
    if (!endpoints.length) throw new DomainError("VALIDATION", opts.target ? `No push endpoint named ${opts.target} in the handoff setting` : "No enabled push endpoint in the handoff setting");
    for (const endpoint of endpoints) targets.push({ target: endpoint.name, run: () => pushAttempt(batch, endpoint) });
  } else {
    const queue = await resolveQueueConfig(db);
    if (!queue) throw new DomainError("INVALID_STATE", "The queue transport is off: set SXE_AMQP_URL or the handoff setting's amqpUrl");
    targets.push({ target: queue.exchange, run: () => queueAttempt(db, batch) });
  }

  const reports: TDeliveryReport[] = [];
  for (const { target, run } of targets) {
    const report: TDeliveryReport = { transport: opts.transport, target, status: "failed", attempts: [] };
    for (let i = 0; i < maxAttempts; i++) {
      if (i > 0) await sleep(backoffMs * 2 ** (i - 1));
      const opened = await openDeliveryAttempt(db, batch.id, opts.transport, target);
      const result = await run();
      await closeDeliveryAttempt(db, { ...opened, batchPublicId: batch.publicId, transport: opts.transport, target }, result, opts.actor);
      report.attempts.push({ attempt: opened.attempt, status: result.ok ? "succeeded" : "failed", responseCode: result.responseCode ?? null, summary: result.summary, durationMs: Math.round(result.durationMs) });
      if (result.ok) {
        report.status = "succeeded";
        break;
      }
      if (!result.retryable) break;
    }
    reports.push(report);
  }
  return reports;
}
