import pg from "pg";
import { describe, expect, it } from "vitest";
import { copyRows } from "@/server/services/ingest/copy-rows";
import { useTestDatabase } from "@/server/testing/test-database";

/**
 * handoff_batch_records references its batch and lead card through statement-level triggers
 * (migration 20261128060000) instead of per-row foreign keys: the same guarantees, checked per COPY.
 */
describe("handoff_batch_records references", () => {
  const t = useTestDatabase();

  let fixtures = 0;
  /** Two cards and a batch; each test gets its own (one database per file). */
  async function fixture() {
    const n = ++fixtures;
    const admin = await t.db.user.create({ data: { email: `admin${n}@example.com`, role: "ADMIN" } });
    const job = await t.db.importJob.create({ data: { fileName: "refs.json", sha256: "a".repeat(64), byteSize: 1n, actorId: admin.id } });
    const cards = [];
    for (const k of [1, 2]) {
      const raw = await t.db.rawSocialProfile.create({ data: { platform: "x", platformUserId: `${n}0${k}`, handle: `refs_${n}_${k}`, firstImportJobId: job.id, lastImportJobId: job.id } });
      cards.push(await t.db.leadCard.create({ data: { publicId: `lc_refs${n}x${k}`, rawProfileId: raw.id, platform: "x", handle: `refs_${n}_${k}` } }));
    }
    const batch = await t.db.handoffBatch.create({ data: { publicId: `hb_refs${n}`, schemaVersion: "1.0.0", selection: {}, createdById: admin.id } });
    return { cards, batch };
  }

  async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      return await run(client);
    } finally {
      await client.end();
    }
  }

  const columns = ["batch_id", "position", "lead_card_id", "record"];

  it("accepts a COPY whose rows all name an existing batch and card, and keeps the record as written", async () => {
    const { cards, batch } = await fixture();
    const line = '{"lead_id":"lc_refs1", "b":1}';
    await withClient((c) => copyRows(c, "handoff_batch_records", columns, [[batch.id, 1, cards[0]!.id, line], [batch.id, 2, cards[1]!.id, "{}"]]));
    const rows = await t.db.$queryRaw<{ record: string }[]>`SELECT record::text AS record FROM handoff_batch_records WHERE batch_id = ${batch.id}::uuid ORDER BY position`;
    expect(rows.map((r) => r.record)).toEqual([line, "{}"]);
  });

  it("refuses a whole COPY when one row names a missing card or batch, naming it", async () => {
    const { cards, batch } = await fixture();
    const missing = "00000000-0000-4000-8000-00000000dead";
    await expect(withClient((c) => copyRows(c, "handoff_batch_records", columns, [[batch.id, 1, cards[0]!.id, "{}"], [batch.id, 2, missing, "{}"]])))
      .rejects.toMatchObject({ code: "23503", message: expect.stringContaining(`lead card ${missing} (batch ${batch.id}, position 2) does not exist`) });
    await expect(withClient((c) => copyRows(c, "handoff_batch_records", columns, [[missing, 1, cards[0]!.id, "{}"]])))
      .rejects.toMatchObject({ code: "23503", message: expect.stringContaining(`batch ${missing} (position 1) does not exist`) });
    expect(await t.db.handoffBatchRecord.count({ where: { batchId: batch.id } })).toBe(0);
  });

  it("refuses an update that points a record at a missing card", async () => {
    const { cards, batch } = await fixture();
    await t.db.handoffBatchRecord.create({ data: { batchId: batch.id, position: 1, leadCardId: cards[0]!.id, record: {} } });
    await expect(withClient((c) => c.query("UPDATE handoff_batch_records SET lead_card_id = '00000000-0000-4000-8000-00000000dead' WHERE batch_id = $1", [batch.id])))
      .rejects.toMatchObject({ code: "23503" });
  });

  it("deletes a card's or a batch's records with it, as ON DELETE CASCADE did", async () => {
    const { cards, batch } = await fixture();
    await t.db.handoffBatchRecord.createMany({ data: cards.map((card, i) => ({ batchId: batch.id, position: i + 1, leadCardId: card.id, record: {} })) });
    await t.db.leadCard.delete({ where: { id: cards[0]!.id } });
    expect((await t.db.handoffBatchRecord.findMany({ where: { batchId: batch.id } })).map((r) => r.leadCardId)).toEqual([cards[1]!.id]);
    await t.db.handoffBatch.delete({ where: { id: batch.id } });
    expect(await t.db.handoffBatchRecord.count({ where: { batchId: batch.id } })).toBe(0);
  });

  it("makes a card deletion wait for an uncommitted freeze's records, then deletes them with the card", async () => {
    const { cards, batch } = await fixture();
    const freeze = new pg.Client({ connectionString: t.url });
    const deleter = new pg.Client({ connectionString: t.url });
    await Promise.all([freeze.connect(), deleter.connect()]);
    try {
      await freeze.query("BEGIN");
      await copyRows(freeze, "handoff_batch_records", columns, [[batch.id, 1, cards[0]!.id, "{}"]]);
      const deleting = deleter.query("DELETE FROM lead_cards WHERE id = $1", [cards[0]!.id]);
      // The deletion queues on the records' advisory lock (a foreign key would queue on the card's row lock).
      await expect.poll(async () => (await t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`)[0]!.n).toBe(1);
      await freeze.query("COMMIT");
      await deleting;
      expect(await t.db.handoffBatchRecord.count({ where: { batchId: batch.id } })).toBe(0);
    } finally {
      await Promise.all([freeze.end(), deleter.end()]);
    }
  });
});
