import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/server/testing/test-database";
import { backfillLeadCards } from "./backfill-lead-cards";

describe("backfillLeadCards", () => {
  const t = useTestDatabase();
  const actor = { type: "cli", id: "test" } as const;

  it("creates the missing cards only, in batches, and audits each batch", async () => {
    const job = await t.db.importJob.create({ data: { fileName: "legacy.json", sha256: "b".repeat(64), byteSize: 1n } });
    const base = { firstImportJobId: job.id, lastImportJobId: job.id };
    await t.db.rawSocialProfile.createMany({
      data: [
        { ...base, platform: "x", platformUserId: "1", handle: "ml_founder", bio: "founder building AI agents for bakeries", website: "https://agents.example.ai", followerCount: 12000n },
        { ...base, platform: "tiktok", handle: "quiet.one", bio: null },
        { ...base, platform: "threads", handle: "has.card", bio: "marathon runner" },
      ],
    });
    const withCard = await t.db.rawSocialProfile.findFirstOrThrow({ where: { handle: "has.card" } });
    await t.db.leadCard.create({ data: { publicId: "lc_existing", rawProfileId: withCard.id, platform: "threads", handle: "has.card", label: "FEEDBACK", correctedFields: ["label"] } });

    expect(await backfillLeadCards(t.db, t.url, actor, { batchSize: 1 })).toEqual({ created: 2 });
    expect(await t.db.leadCard.count()).toBe(3);
    const founder = await t.db.leadCard.findFirstOrThrow({ where: { handle: "ml_founder" } });
    expect(founder).toMatchObject({ websiteDomain: "agents.example.ai", followerCount: 12000n });
    expect(founder.classifierVersion).toBeTruthy();
    expect(await t.db.leadCard.findFirstOrThrow({ where: { publicId: "lc_existing" } })).toMatchObject({ label: "FEEDBACK" });
    expect(await t.db.auditLog.count({ where: { event: "cards_classified" } })).toBe(2);

    expect(await backfillLeadCards(t.db, t.url, actor)).toEqual({ created: 0 });
  });
});
