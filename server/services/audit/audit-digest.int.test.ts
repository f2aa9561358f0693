import { mkdtemp, readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { hashDigest } from "@/server/domain/audit/digest";
import { sxe } from "@/server/testing/run-sxe";
import { useTestDatabase } from "@/server/testing/test-database";
import { createAuditDigest } from "./create-audit-digest";
import { recordAudit } from "./record-audit";
import { runAuditVerification } from "./run-audit-verification";

const actor = { type: "system", id: "digest-test" } as const;

describe("audit digests", () => {
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

  async function append(n: number) {
    for (let i = 0; i < n; i++) await t.db.$transaction((tx) => recordAudit(tx, { event: "pool_changed", actor, metadata: { action: "cards_added", count: i } }));
  }

  it("writes chained digests to the table and to files, skipping an unchanged head", async () => {
    expect(await createAuditDigest(t.db)).toBeNull();
    await append(5);
    const dir = await mkdtemp(path.join(os.tmpdir(), "sxe-digests-"));
    const first = await createAuditDigest(t.db, { directory: dir });
    expect(first).toMatchObject({ headSeq: "5", prevDigestHash: null, skipped: false });
    expect(await createAuditDigest(t.db, { directory: dir })).toMatchObject({ skipped: true, digestHash: first!.digestHash });
    await append(3);
    const second = await createAuditDigest(t.db, { directory: dir });
    expect(second).toMatchObject({ headSeq: "8", prevDigestHash: first!.digestHash });
    expect(second!.digestHash).toBe(hashDigest(second!));
    const files = (await readdir(dir)).sort();
    expect(files).toHaveLength(2);
    const onDisk = JSON.parse(await readFile(path.join(dir, files[1]!), "utf8")) as Record<string, unknown>;
    expect(onDisk).toMatchObject({ kind: "sxe.audit-digest", headSeq: "8", headHash: second!.headHash, prevDigestHash: first!.digestHash, digestHash: second!.digestHash });
    expect(await sql(`SELECT count(*)::int AS n FROM audit_digests`).then((r) => r.rows[0].n)).toBe(2);
    expect(await runAuditVerification(t.db, actor)).toMatchObject({ ok: true, digest: { ok: true, checked: 2, headSeq: "8" } });
  });

  it("reports rows deleted after the latest digest, although the remaining chain is intact", async () => {
    await createAuditDigest(t.db); // pins the audit_verified row of the previous test (#9)
    // A superuser removes the newest rows behind the trigger's back.
    await sql(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
               DELETE FROM audit_log WHERE seq >= 8;
               ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`);
    const run = await runAuditVerification(t.db, actor);
    expect(run.ok).toBe(false);
    expect(run.firstBroken).toEqual({ seq: "9", reason: expect.stringMatching(/pinned row #9 .* chain now ends at #7: rows were deleted/) });
    expect(run.digest).toMatchObject({ ok: false });
    const cli = await sxe(["audit", "verify"], { databaseUrl: t.url });
    expect(cli.code).toBe(3);
    // The verification rows re-use seq 8 and 9, so the pinned #9 now exists with a different hash.
    expect(cli.stdout).toMatch(/BROKEN at row #(9|8).*(rewritten|deleted)/);
  });

  it("reports a digest that was altered", async () => {
    await sql(`ALTER TABLE audit_digests DISABLE TRIGGER audit_digests_append_only;
               UPDATE audit_digests SET head_seq = 4 WHERE id = 1;
               ALTER TABLE audit_digests ENABLE TRIGGER audit_digests_append_only;`);
    const run = await runAuditVerification(t.db, actor);
    expect(run.ok).toBe(false);
    expect(run.digest?.problem).toMatch(/was altered/);
  });
});
