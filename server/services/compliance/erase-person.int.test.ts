import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQueueClient, type TQueueClient } from "@/server/jobs/enqueue";
import { enqueueBatchFileScrubInTransaction } from "@/server/jobs/handoff-jobs";
import { useTestDatabase } from "@/server/testing/test-database";
import { runAuditVerification } from "@/server/services/audit/run-audit-verification";
import { runImportJob } from "@/server/services/ingest/run-import-job";
import { submitImport } from "@/server/services/ingest/submit-import";
import { erasePerson } from "./erase-person";
import { listErasureRequests } from "./list-erasure-requests";
import { previewErasure } from "./preview-erasure";

const actor = { type: "cli", id: "erasure-test" } as const;
const needles = ["erasable_ella", "Ella Quennell", "Zanzibar pottery", "quennell", "9100000000000000001", "ella@quennellwork.example", "2065550199"];
const file = JSON.stringify({ data: [
  { id: "9100000000000000001", username: "erasable_ella", name: "Ella Quennell", description: "Zanzibar pottery studio founder, wholesale partner", url: "https://quennell.example", location: "Leeds", public_metrics: { followers_count: 1200 } },
  { id: "9100000000000000002", username: "kept_kim", name: "Kim", description: "runner and coach", public_metrics: { followers_count: 20 } },
] });

describe("erasePerson", () => {
  const t = useTestDatabase();
  let dataDir = "";
  let queue: TQueueClient;
  const enqueueBatchFileScrub = enqueueBatchFileScrubInTransaction;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "sxe-erasure-"));
    queue = await createQueueClient(t.url); // creates the pgboss schema and queues in the test database
  });
  afterAll(async () => {
    await queue?.stop();
  });

  async function importFile() {
    const job = await submitImport(t.db, { source: Readable.from([Buffer.from(file)]), fileName: "x-erasure.json", options: { poolName: "Erasure pool" } }, { actor, dataDir, maxBytes: 1e7, enqueue: async () => {} });
    return runImportJob(t.db, t.url, job.id);
  }

  /** Every text, varchar, char, array and json(b) column of every table that contains the needle. */
  async function tablesHolding(needle: string): Promise<string[]> {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      const { rows: columns } = await client.query<{ table_name: string; column_name: string }>(`SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND (data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY'))`);
      const found: string[] = [];
      for (const c of columns) {
        const { rows } = await client.query(`SELECT 1 FROM "${c.table_name}" WHERE "${c.column_name}"::text ILIKE $1 LIMIT 1`, [`%${needle}%`]);
        if (rows.length) found.push(`${c.table_name}.${c.column_name}`);
      }
      return found;
    } finally {
      await client.end();
    }
  }

  it("removes the person from every table, keeps a tombstone, suppresses re-imports and keeps the chain verifiable", async () => {
    expect(await importFile()).toMatchObject({ status: "completed", created: 2 });
    const card = await t.db.leadCard.findFirstOrThrow({ where: { handle: "erasable_ella" } });
    const admin = await t.db.user.create({ data: { email: "approver@example.com", role: "ADMIN" } });
    const growth = await t.db.user.create({ data: { email: "requester@example.com", role: "GROWTH" } });
    const request = await t.db.enrichmentRequest.create({ data: { requesterId: growth.id, approverId: admin.id, status: "completed", reason: "partner outreach", policySnapshot: {} } });
    await t.db.enrichmentItem.create({ data: { requestId: request.id, leadCardId: card.id, status: "matched", provider: "apollo", credits: 1, cost: 0.05, providerRef: "apollo-person-quennell" } });
    await t.db.contact.create({ data: { leadCardId: card.id, requestId: request.id, type: "email", value: "ella@quennellwork.example", provider: "apollo", fetchedAt: new Date() } });
    await t.db.contact.create({ data: { leadCardId: card.id, requestId: request.id, type: "phone", value: "+12065550199", provider: "batchdata", fetchedAt: new Date() } });
    await t.db.business.create({ data: { leadCardId: card.id, requestId: request.id, name: "Quennell Pottery Ltd", domain: "quennell.example", provider: "apollo", fetchedAt: new Date() } });
    const batch = await t.db.handoffBatch.create({ data: { publicId: "hb_erasure", schemaVersion: "1.0.0", status: "ready", selection: {}, recordCount: 1, createdById: admin.id } });
    await t.db.handoffBatchRecord.create({ data: { batchId: batch.id, position: 0, leadCardId: card.id, record: { handle: "erasable_ella", bio: "Zanzibar pottery", email: "ella@quennellwork.example" } } });
    for (const needle of needles) expect(await tablesHolding(needle), needle).not.toEqual([]);

    const preview = await previewErasure(t.db, { platform: "x", handle: "@Erasable_Ella" });
    expect(preview).toMatchObject({ card: { id: card.id, publicId: card.publicId }, alreadyErased: false, counts: { leadCards: 1, rawProfiles: 1, contacts: 2, businesses: 1, poolMemberships: 1, enrichmentItems: 1, handoffRecords: 1, suppressions: 1 } });

    const result = await erasePerson(t.db, { target: { platform: "x", handle: "@Erasable_Ella" }, reason: "data_subject_request", actor, enqueueBatchFileScrub });
    expect(result.deleted).toEqual(preview.counts);
    // The batch file scrub was queued in the erasure's transaction, for the one batch that held the card.
    const jobs = await t.db.$queryRaw<{ data: unknown }[]>`SELECT data FROM pgboss.job WHERE name = 'handoff.scrub-erased'`;
    expect(jobs.map((j) => j.data)).toEqual([{ leadCardPublicId: card.publicId, batchIds: [batch.id] }]);

    for (const needle of needles) expect(await tablesHolding(needle), `"${needle}" is still stored`).toEqual([]);
    expect(await t.db.leadCard.findUniqueOrThrow({ where: { id: card.id } })).toMatchObject({ erasedAt: expect.any(Date), handle: null, bio: null, publicId: card.publicId });
    expect(await t.db.leadCard.count({ where: { handle: "kept_kim" } })).toBe(1);
    expect(await t.db.enrichmentItem.findFirstOrThrow({ where: { leadCardId: card.id } })).toMatchObject({ provider: "apollo", providerRef: null });

    const outbox = await t.db.outboxEvent.findFirstOrThrow({ where: { type: "com.sxe.lead.erased.v1" } });
    expect(outbox).toMatchObject({ aggregateType: "lead_card", aggregateId: card.publicId });
    expect(outbox.payload).toEqual({ leadId: card.publicId, platform: "x", erasedAt: expect.any(String) });

    const events = await t.db.auditLog.findMany({ where: { event: { in: ["erasure_requested", "erasure_completed"] } }, orderBy: { seq: "asc" } });
    expect(events.map((e) => [e.event, e.targetType, e.targetId])).toEqual([["erasure_requested", "lead_card", card.id], ["erasure_completed", "lead_card", card.id]]);
    expect(events[1]!.metadata).toEqual({ deleted: result.deleted });

    const requests = await listErasureRequests(t.db, { limit: 10 });
    expect(requests.items).toEqual([expect.objectContaining({ status: "completed", leadCardPublicId: card.publicId, reason: "data_subject_request", deleted: result.deleted })]);

    // The same file again: the erased person is skipped and counted as suppressed.
    const again = await importFile();
    expect(again).toMatchObject({ status: "completed", suppressed: 1, created: 0 });
    for (const needle of needles) expect(await tablesHolding(needle), `"${needle}" came back`).toEqual([]);

    expect(await runAuditVerification(t.db, actor)).toMatchObject({ ok: true });
    await expect(erasePerson(t.db, { target: { cardId: card.id }, reason: "data_subject_request", actor, enqueueBatchFileScrub })).rejects.toThrow(/already erased/);
  });

  it("suppresses a handle that was never imported, and imports then skip it", async () => {
    const result = await erasePerson(t.db, { target: { platform: "x", handle: "kept_kim_2" }, reason: "marketing_objection", actor, enqueueBatchFileScrub });
    expect(result).toMatchObject({ cardId: null, deleted: { leadCards: 0, suppressions: 1 } });
    expect(await tablesHolding("kept_kim_2")).toEqual([]);
  });
});
