import pg from "pg";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/server/testing/test-database";
import { getAuditHead } from "./get-audit-head";
import { recordAudit } from "./record-audit";
import { runAuditVerification } from "./run-audit-verification";

const actor = { type: "user", id: "00000000-0000-4000-8000-000000000001", label: "cora@example.com" } as const;

describe("runAuditVerification and getAuditHead", () => {
  const t = useTestDatabase();

  it("has no head on an empty chain, and records the first verification", async () => {
    expect(await getAuditHead(t.db)).toBeNull();
    const run = await runAuditVerification(t.db, actor, { requestId: "req-1" });
    expect(run).toMatchObject({ ok: true, checked: 0, headSeq: null, firstBroken: null, recordedSeq: "1" });
    const head = await getAuditHead(t.db);
    expect(head).toMatchObject({ seq: "1", event: "audit_verified" });
    const row = await t.db.auditLog.findUniqueOrThrow({ where: { seq: 1n } });
    expect(row).toMatchObject({ actorId: actor.id, outcome: "success", requestId: "req-1", hash: head!.hash });
    expect(row.metadata).toEqual({ checked: 0, headSeq: 0, ok: true });
  });

  it("checks the chain as it stood and appends after it", async () => {
    await t.db.$transaction((tx) => recordAudit(tx, { event: "pool_changed", actor, metadata: { action: "created" } }));
    const run = await runAuditVerification(t.db, actor);
    expect(run).toMatchObject({ ok: true, checked: 2, headSeq: "2", recordedSeq: "3" });
    expect((await t.db.auditLog.findUniqueOrThrow({ where: { seq: 3n } })).metadata).toEqual({ checked: 2, headSeq: 2, ok: true });
  });

  it("records a broken chain as a failed verification naming the row", async () => {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    await client.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
      UPDATE audit_log SET metadata = jsonb_set(metadata, '{action}', '"archived"') WHERE seq = 2;
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`);
    await client.end();
    const run = await runAuditVerification(t.db, actor);
    expect(run).toMatchObject({ ok: false, firstBroken: { seq: "2" }, recordedSeq: "4" });
    const row = await t.db.auditLog.findUniqueOrThrow({ where: { seq: 4n } });
    expect(row.outcome).toBe("failure");
    expect(row.metadata).toEqual({ checked: 1, headSeq: 3, ok: false, brokenSeq: 2 });
  });
});
