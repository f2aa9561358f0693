import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import amqp from "amqplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAmqpPublisher } from "@/server/adapters/handoff/amqp-publisher";
import { hashApiToken } from "@/server/domain/handoff/api-token";
import { verifySignature } from "@/server/domain/handoff/signature";
import { handoffSetting } from "@/server/domain/settings/handoff";
import { updateSetting } from "@/server/services/settings/update-setting";
import { useTestDatabase } from "@/server/testing/test-database";
import { seedHandoffCards } from "./__fixtures__/seed-handoff-cards";
import { authenticateApiToken, createApiToken, revokeApiToken } from "./api-tokens";
import { createHandoffBatch } from "./create-handoff-batch";
import { deliverHandoffBatch } from "./deliver-handoff-batch";
import { freezeHandoffBatch } from "./freeze-handoff-batch";
import { relayOutbox } from "./relay-outbox";

const AMQP_URL = process.env.SXE_TEST_AMQP_URL ?? "amqp://guest:guest@127.0.0.1:5672";
const SECRET = "push-secret-0123456789abcdef";
const actor = { type: "system" as const, id: "test" };

type TReceived = { body: string; headers: http.IncomingHttpHeaders };

/** A local execution platform: verifies signatures, answers from a script, stores each idempotency key once. */
function receiver(script: ("500" | "hang" | "200" | "400")[]) {
  const received: TReceived[] = [];
  const stored = new Map<string, string>();
  let call = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({ body, headers: req.headers });
      const step = script[Math.min(call++, script.length - 1)]!;
      if (step === "hang") return; // never answers: the sender's timeout fires
      if (!verifySignature(SECRET, body, req.headers["x-sxe-signature"] as string)) {
        res.writeHead(401).end("bad signature");
        return;
      }
      if (step === "200") {
        const key = String(req.headers["idempotency-key"]);
        const duplicate = stored.has(key);
        if (!duplicate) stored.set(key, body);
        res.writeHead(duplicate ? 200 : 201, { "content-type": "application/json" }).end(JSON.stringify({ duplicate }));
        return;
      }
      res.writeHead(Number(step)).end(step === "500" ? "upstream exploded" : "refused");
    });
  });
  return {
    received,
    stored,
    start: () => new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/sxe`))),
    stop: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

describe("handoff deliveries", () => {
  const t = useTestDatabase();
  let dataDir = "";
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "sxe-handoff-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  async function frozenBatch(handles: string[]) {
    const { admin, pool } = await seedHandoffCards(t.db, handles.map((handle) => ({ handle, label: "USER" as const })));
    const created = await createHandoffBatch(t.db, { selection: { poolId: pool.id }, userId: admin.id });
    const frozen = await freezeHandoffBatch(t.db, t.url, created.id, { dataDir });
    if (frozen.status !== "ready") throw new Error(`batch not ready: ${frozen.status}`);
    return { admin, batch: created };
  }

  async function configurePush(url: string, timeoutMs = 2000) {
    await updateSetting(t.db, handoffSetting, { ...handoffSetting.defaultValue, pushEndpoints: [{ name: "dialer", url, secret: SECRET, enabled: true, timeoutMs }] }, { actor });
  }

  it("signs pushes (HMAC-SHA256 of the body), sends the batch id as idempotency key, retries after a 500 and logs every attempt", async () => {
    const platform = receiver(["500", "200"]);
    const url = await platform.start();
    try {
      await configurePush(url);
      const { batch } = await frozenBatch(["push_a", "push_b"]);
      const [report] = await deliverHandoffBatch(t.db, { batch: batch.id, transport: "api_push", actor, dataDir, backoffMs: 10 });
      expect(report).toMatchObject({ status: "succeeded", target: "dialer" });
      expect(report!.attempts.map((a) => [a.attempt, a.status, a.responseCode])).toEqual([[1, "failed", 500], [2, "succeeded", 201]]);

      expect(platform.received).toHaveLength(2);
      for (const { body, headers } of platform.received) {
        expect(verifySignature(SECRET, body, headers["x-sxe-signature"] as string)).toBe(true);
        expect(headers["idempotency-key"]).toBe(batch.publicId);
        expect(Number(headers["x-sxe-timestamp"])).toBeGreaterThan(1_700_000_000);
        expect(headers["content-type"]).toBe("application/x-ndjson");
        expect(body.trim().split("\n")).toHaveLength(2);
      }
      expect(verifySignature("wrong-secret-0123456789", platform.received[0]!.body, platform.received[0]!.headers["x-sxe-signature"] as string)).toBe(false);

      const rows = await t.db.handoffDelivery.findMany({ where: { batchId: batch.id }, orderBy: { attempt: "asc" } });
      expect(rows.map((r) => [r.transport, r.target, r.attempt, r.status, r.responseCode])).toEqual([["api_push", "dialer", 1, "failed", 500], ["api_push", "dialer", 2, "succeeded", 201]]);
      expect(rows.every((r) => r.durationMs !== null && r.finishedAt !== null)).toBe(true);
      expect(rows[0]!.responseSummary).toContain("upstream exploded");
      const audit = await t.db.auditLog.findMany({ where: { event: "handoff_delivered", targetId: batch.publicId }, orderBy: { seq: "asc" } });
      expect(audit.map((a) => a.outcome)).toEqual(["failure", "success"]);

      // Delivering the same batch again: same idempotency key, the platform keeps one copy.
      const [again] = await deliverHandoffBatch(t.db, { batch: batch.id, transport: "api_push", actor, dataDir, backoffMs: 10 });
      expect(again!.attempts).toEqual([expect.objectContaining({ attempt: 3, status: "succeeded", responseCode: 200 })]);
      expect(platform.stored.size).toBe(1);
      expect(platform.received[2]!.headers["idempotency-key"]).toBe(batch.publicId);
    } finally {
      await platform.stop();
    }
  });

  it("retries after a timeout, and stops at once on a 4xx refusal", async () => {
    const platform = receiver(["hang", "200"]);
    const url = await platform.start();
    try {
      await configurePush(url, 300);
      const { batch } = await frozenBatch(["slow_a"]);
      const [report] = await deliverHandoffBatch(t.db, { batch: batch.id, transport: "api_push", actor, dataDir, backoffMs: 10 });
      expect(report!.attempts.map((a) => a.status)).toEqual(["failed", "succeeded"]);
      expect(report!.attempts[0]).toMatchObject({ responseCode: null, summary: "timed out after 300 ms" });
    } finally {
      await platform.stop();
    }
    const refusing = receiver(["400"]);
    const refusingUrl = await refusing.start();
    try {
      await configurePush(refusingUrl);
      const { batch } = await frozenBatch(["refused_a"]);
      const [report] = await deliverHandoffBatch(t.db, { batch: batch.id, transport: "api_push", actor, dataDir, backoffMs: 10 });
      expect(report).toMatchObject({ status: "failed", attempts: [{ attempt: 1, status: "failed", responseCode: 400 }] });
    } finally {
      await refusing.stop();
    }
  });

  it("API tokens: stored hashed, scoped, refused once revoked or expired, audited", async () => {
    const admin = await t.db.user.create({ data: { email: `tok-${randomUUID().slice(0, 6)}@handoff.test`, role: "ADMIN" } });
    const userActor = { type: "user" as const, id: admin.id, label: admin.email };
    const { token, apiToken } = await createApiToken(t.db, { name: "Dialer prod", platform: "dialer", scopes: ["batches:read"], expiresInDays: 30 }, { userId: admin.id, actor: userActor });
    expect(token).toMatch(/^sxe_pat_[A-Za-z0-9_-]{43}$/);
    const stored = await t.db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(stored.tokenHash).toBe(hashApiToken(token));
    expect(JSON.stringify(stored)).not.toContain(token.slice(8));
    expect(await authenticateApiToken(t.db, token, "batches:read")).toMatchObject({ ok: true, token: { platform: "dialer" } });
    expect(await authenticateApiToken(t.db, token, "records:read")).toMatchObject({ ok: false, status: 403 });
    expect(await authenticateApiToken(t.db, `${token}x`, "batches:read")).toMatchObject({ ok: false, status: 401 });
    expect(await authenticateApiToken(t.db, token, "batches:read", new Date(Date.now() + 31 * 86_400_000))).toMatchObject({ ok: false, status: 401 });
    await revokeApiToken(t.db, apiToken.id, { actor: userActor });
    expect(await authenticateApiToken(t.db, token, "batches:read")).toMatchObject({ ok: false, status: 401 });
    await expect(revokeApiToken(t.db, apiToken.id, { actor: userActor })).rejects.toThrow(/already revoked/);
    const events = await t.db.auditLog.findMany({ where: { targetId: apiToken.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.event)).toEqual(["api_token_created", "api_token_revoked"]);
    expect(JSON.stringify(events.map((e) => [e.metadata, e.actorLabel, e.targetId]))).not.toContain(token.slice(8));
  });

  it("relays every outbox row as a CloudEvent to RabbitMQ with confirms, marks it published, and a re-publish keeps the event id", async () => {
    const exchange = `sxe.test.${randomUUID().slice(0, 8)}`;
    const connection = await amqp.connect(AMQP_URL);
    const channel = await connection.createChannel();
    await channel.assertExchange(exchange, "topic", { durable: true });
    const { queue } = await channel.assertQueue("", { exclusive: true });
    await channel.bindQueue(queue, exchange, "#");
    const messages: { id: string; type: string; body: Record<string, unknown>; persistent: boolean }[] = [];
    await channel.consume(queue, (msg) => {
      if (!msg) return;
      messages.push({ id: String(msg.properties.messageId), type: msg.fields.routingKey, body: JSON.parse(msg.content.toString()), persistent: msg.properties.deliveryMode === 2 });
      channel.ack(msg);
    });
    const publisher = await openAmqpPublisher(AMQP_URL, exchange);
    try {
      await t.db.outboxEvent.updateMany({ where: { publishedAt: null }, data: { publishedAt: new Date() } }); // earlier tests' events
      const { batch } = await frozenBatch(["queued_a"]);
      const erased = await t.db.outboxEvent.create({ data: { type: "com.sxe.lead.erased.v1", aggregateType: "lead_card", aggregateId: "lc_0123456789abcdef", payload: { leadId: "lc_0123456789abcdef", platform: "x", erasedAt: "2026-11-28T07:00:00.000Z" } } });

      const result = await relayOutbox(t.db, { publisher, exchange, baseUrl: "http://sxe.test" });
      expect(result).toEqual({ published: 2, failed: 0 });
      await expect.poll(() => messages.length).toBe(2);
      const emitted = messages.find((m) => m.type === "com.sxe.handoff.batch.emitted.v1")!;
      const outboxRow = await t.db.outboxEvent.findFirstOrThrow({ where: { aggregateId: batch.publicId } });
      expect(emitted.id).toBe(outboxRow.id);
      expect(emitted.persistent).toBe(true);
      expect(emitted.body).toMatchObject({
        specversion: "1.0", id: outboxRow.id, source: "/sxe/handoff_batch", type: "com.sxe.handoff.batch.emitted.v1", subject: batch.publicId,
        datacontenttype: "application/json", dataschema: "http://sxe.test/schemas/batch-manifest/v1.json", data: { batch_id: batch.publicId, record_count: 1 },
      });
      expect(new Date(String(emitted.body.time)).toISOString()).toBe(emitted.body.time);
      const erasure = messages.find((m) => m.type === "com.sxe.lead.erased.v1")!;
      expect(erasure).toMatchObject({ id: erased.id, body: { type: "com.sxe.lead.erased.v1", subject: "lc_0123456789abcdef", data: { leadId: "lc_0123456789abcdef" } } });
      expect(erasure.body).not.toHaveProperty("dataschema");

      expect(await t.db.outboxEvent.count({ where: { publishedAt: null } })).toBe(0);
      expect(await relayOutbox(t.db, { publisher, exchange, baseUrl: "http://sxe.test" })).toEqual({ published: 0, failed: 0 });
      const queueDelivery = await t.db.handoffDelivery.findFirstOrThrow({ where: { batchId: batch.id, transport: "queue" } });
      expect(queueDelivery).toMatchObject({ target: exchange, status: "succeeded", attempt: 1 });

      // At least once: delivering by queue again re-publishes the same event id; a consumer deduplicates on it.
      await updateSetting(t.db, handoffSetting, { ...handoffSetting.defaultValue, amqpUrl: AMQP_URL, exchange }, { actor });
      const [again] = await deliverHandoffBatch(t.db, { batch: batch.id, transport: "queue", actor, dataDir });
      expect(again).toMatchObject({ status: "succeeded", target: exchange, attempts: [{ attempt: 2, status: "succeeded" }] });
      await expect.poll(() => messages.length).toBe(3);
      const ids = messages.filter((m) => m.type === "com.sxe.handoff.batch.emitted.v1").map((m) => m.id);
      expect(ids).toEqual([outboxRow.id, outboxRow.id]);
      expect(new Set(ids).size).toBe(1);
    } finally {
      await publisher.close();
      await channel.deleteExchange(exchange).catch(() => {});
      await connection.close();
    }
  });

  it("an unreachable broker leaves rows unpublished with the error and a backoff", async () => {
    await frozenBatch(["broker_down"]);
    const failing = { publish: async () => { throw new Error("connection refused"); }, close: async () => {} };
    const result = await relayOutbox(t.db, { publisher: failing, exchange: "x", baseUrl: "http://sxe.test" });
    expect(result).toMatchObject({ published: 0, error: "connection refused" });
    const row = await t.db.outboxEvent.findFirstOrThrow({ where: { publishedAt: null } });
    expect(row).toMatchObject({ attempts: 1, lastError: "connection refused" });
    expect(row.availableAt.getTime()).toBeGreaterThan(Date.now());
  });
});
