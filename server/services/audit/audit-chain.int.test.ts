import pg from "pg";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/server/testing/test-database";
import { recordAudit } from "./record-audit";
import { verifyAuditChain } from "./verify-audit-chain";

const system = { type: "system", id: "test" } as const;

describe("audit chain", () => {
  const t = useTestDatabase();

  async function sql(text: string) {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      return await client.query(text);
    } finally {
      await client.end();
    }
  }

  it("appends rows linked by prev_hash and verifies them", async () => {
    for (let i = 0; i < 3; i++) {
      await t.db.$transaction((tx) =>
        recordAudit(tx, { event: "settings_changed", actor: system, metadata: { key: `k${i}`, versionBefore: i, versionAfter: i + 1 } }),
      );
    }
    const rows = await t.db.auditLog.findMany({ orderBy: { seq: "asc" } });
    expect(rows.map((r) => r.seq)).toEqual([1n, 2n, 3n]);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    const result = await verifyAuditChain(t.db);
    expect(result).toMatchObject({ ok: true, checked: 3, headSeq: "3", headHash: rows[2]!.hash });
  });

  it("rolls the audit row back with the change it records", async () => {
    const before = await t.db.auditLog.count();
    await expect(
      t.db.$transaction(async (tx) => {
        await recordAudit(tx, { event: "import_failed", actor: system, metadata: { reason: "boom" } });
        throw new Error("change failed");
      }),
    ).rejects.toThrow("change failed");
    expect(await t.db.auditLog.count()).toBe(before);
  });

  it("refuses UPDATE, DELETE and TRUNCATE at the database", async () => {
    await expect(sql(`UPDATE audit_log SET outcome = 'failure' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(sql(`DELETE FROM audit_log WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(sql(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });

  it("refuses contact data in audit metadata", async () => {
    await expect(
      t.db.$transaction((tx) =>
        recordAudit(tx, { event: "import_failed", actor: system, metadata: { reason: "bad row from mika@studio.com" } }),
      ),
    ).rejects.toThrow(/audit_log_no_contact_data/);
  });

  it("names the first row altered behind the trigger's back", async () => {
    await sql(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
               UPDATE audit_log SET metadata = jsonb_set(metadata, '{key}', '"tampered"') WHERE seq = 2;
               ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`);
    const result = await verifyAuditChain(t.db, { pageSize: 2 });
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({ seq: "2", reason: expect.stringMatching(/altered/) });
  });

  it("names a gap left by a deleted row", async () => {
    await sql(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
               UPDATE audit_log SET metadata = jsonb_set(metadata, '{key}', '"k1"') WHERE seq = 2;
               DELETE FROM audit_log WHERE seq = 1;
               ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`);
    const result = await verifyAuditChain(t.db);
    expect(result.firstBroken).toEqual({ seq: "2", reason: expect.stringMatching(/sequence gap: expected 1/) });
  });
});

describe("audit chain under concurrent writers", () => {
  const t = useTestDatabase();

  it("refuses a REPEATABLE READ transaction, whose snapshot could hold a stale head", async () => {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
      await expect(recordAudit(client, { event: "import_failed", actor: system, metadata: { reason: "snapshot" } })).rejects.toThrow(/READ COMMITTED/);
      await client.query("ROLLBACK");
    } finally {
      await client.end();
    }
  });

  it("8 concurrent writers leave one unbroken chain", async () => {
    const writers = Array.from({ length: 8 }, (_, w) =>
      (async () => {
        for (let i = 0; i < 25; i++) {
          await t.db.$transaction((tx) =>
            recordAudit(tx, { event: "pool_changed", actor: { type: "system", id: `writer-${w}` }, metadata: { action: "cards_added", count: i } }),
          );
        }
      })(),
    );
    await Promise.all(writers);
    const result = await verifyAuditChain(t.db, { pageSize: 37 });
    expect(result).toMatchObject({ ok: true, checked: 200, headSeq: "200" });
    const actors = await t.db.auditLog.groupBy({ by: ["actorId"], _count: true });
    expect(actors).toHaveLength(8);
  });
});

describe("audit chain written from a pg client (bulk paths)", () => {
  const t = useTestDatabase();

  it("chains rows written through pg and Prisma into one verifiable chain", async () => {
    await t.db.$transaction((tx) => recordAudit(tx, { event: "import_failed", actor: system, metadata: { reason: "first" } }));
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      await client.query("BEGIN");
      const written = await recordAudit(client, { event: "import_completed", actor: system, metadata: { read: 3, accepted: 2, rejected: 1, duplicates: 0, redacted: 1, durationMs: 12 }, cost: { credits: 1.5 } });
      await client.query("COMMIT");
      expect(written.seq).toBe(2n);
    } finally {
      await client.end();
    }
    await t.db.$transaction((tx) => recordAudit(tx, { event: "import_failed", actor: system, metadata: { reason: "third" } }));
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, checked: 3 });
  });

  it("keeps numeric order past seq 9 (the head is the highest number, not the highest text)", async () => {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      for (let i = 0; i < 12; i++) {
        await client.query("BEGIN");
        await recordAudit(client, { event: "import_failed", actor: system, metadata: { reason: `pg ${i}` } });
        await client.query("COMMIT");
      }
    } finally {
      await client.end();
    }
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, checked: 15, headSeq: "15" });
  });
});
