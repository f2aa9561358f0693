import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/server/testing/test-database";
import { recordAudit } from "@/server/services/audit/record-audit";
import { getPipelineSummary } from "./get-pipeline-summary";

const sha = (n: number) => n.toString(16).padStart(64, "0");

describe("getPipelineSummary", () => {
  const t = useTestDatabase();

  it("is all zeros on an empty database", async () => {
    expect(await getPipelineSummary(t.db)).toEqual({
      counts: { rawProfiles: 0, leadCards: 0, tagged: 0, eligibleForEnrichment: 0, enriched: 0, handedOff: 0, importJobs: 0 },
      recentImports: [],
      recentHandoffBatches: [],
      auditHeadSeq: null,
    });
  });

  it("counts every stage from real rows and lists the newest imports and batches", async () => {
    const admin = await t.db.user.create({ data: { email: "ada@example.com", role: "ADMIN" } });
    const jobs = await Promise.all(
      [0, 1, 2, 3, 4, 5].map((i) =>
        t.db.importJob.create({
          data: { fileName: `file-${i}.json`, sha256: sha(i), byteSize: 100n, status: i === 5 ? "running" : "completed", acceptedCount: i, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) },
        }),
      ),
    );
    const job = jobs[0]!;
    const profiles = await Promise.all(
      ["alpha", "bravo", "charlie", "delta"].map((handle) =>
        t.db.rawSocialProfile.create({ data: { platform: "x", platformUserId: `id-${handle}`, handle, firstImportJobId: job.id, lastImportJobId: job.id } }),
      ),
    );
    const card = (i: number, data: Record<string, unknown>) =>
      t.db.leadCard.create({ data: { publicId: `lc_${i}`, rawProfileId: profiles[i]!.id, platform: "x", handle: profiles[i]!.handle, ...data } });
    // tagged + eligible + enriched
    const a = await card(0, { persona: "founder", tribe: "ai_builders", label: "PARTNER", enrichmentState: "enriched" });
    // untagged persona; eligible label but erased
    const b = await card(1, { persona: "unknown", tribe: "ai_builders", label: "AFFILIATE", erasedAt: new Date() });
    // no tribe; label not eligible
    await card(2, { persona: "creator", tribe: "none", label: "USER" });
    // profiles[3] has no lead card yet

    const batch = (i: number, cards: string[]) =>
      t.db.handoffBatch.create({
        data: {
          publicId: `hb_${i}`, schemaVersion: "1.0", status: "ready", selection: {}, recordCount: cards.length, createdById: admin.id,
          createdAt: new Date(Date.UTC(2026, 1, 1 + i)),
          records: { create: cards.map((leadCardId, position) => ({ position, leadCardId, record: {} })) },
        },
      });
    await batch(1, [a.id]);
    const newest = await batch(2, [a.id, b.id]);
    await t.db.$transaction((tx) => recordAudit(tx, { event: "pool_changed", actor: { type: "system", id: "test" }, metadata: { action: "created" } }));

    const summary = await getPipelineSummary(t.db);
    expect(summary.counts).toEqual({ rawProfiles: 4, leadCards: 3, tagged: 1, eligibleForEnrichment: 1, enriched: 1, handedOff: 2, importJobs: 6 });
    expect(summary.recentImports.map((i) => i.fileName)).toEqual(["file-5.json", "file-4.json", "file-3.json", "file-2.json", "file-1.json"]);
    expect(summary.recentImports[0]).toEqual({ id: jobs[5]!.id, fileName: "file-5.json", status: "running", createdAt: new Date(Date.UTC(2026, 0, 6)), acceptedCount: 5 });
    expect(summary.recentHandoffBatches.map((b) => b.publicId)).toEqual(["hb_2", "hb_1"]);
    expect(summary.recentHandoffBatches[0]).toEqual({ id: newest.id, publicId: "hb_2", schemaVersion: "1.0", status: "ready", recordCount: 2, createdAt: new Date(Date.UTC(2026, 1, 3)) });
    expect(summary.auditHeadSeq).toBe("1");
    expect((await getPipelineSummary(t.db, { recentLimit: 2 })).recentImports).toHaveLength(2);
  });
});
