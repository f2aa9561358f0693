import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/server/testing/test-database";
import { verifyAuditChain } from "@/server/services/audit/verify-audit-chain";
import { purgeExpiredData } from "./purge-expired-data";

const now = new Date("2026-11-28T00:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

describe("purgeExpiredData", () => {
  const t = useTestDatabase();

  it("clears old raw profile content (row and lineage kept), deletes old contacts, audits counts", async () => {
    const job = await t.db.importJob.create({ data: { fileName: "r.json", sha256: "a".repeat(64), byteSize: 1n } });
    const old = await t.db.rawSocialProfile.create({ data: { platform: "x", platformUserId: "1", handle: "old_one", bio: "old bio", displayName: "Old", website: "https://old.example", sourceRecord: { a: 1 }, firstImportJobId: job.id, lastImportJobId: job.id, lastSeenAt: daysAgo(400) } });
    const fresh = await t.db.rawSocialProfile.create({ data: { platform: "x", platformUserId: "2", handle: "fresh_one", bio: "fresh bio", firstImportJobId: job.id, lastImportJobId: job.id, lastSeenAt: daysAgo(10) } });
    const card = await t.db.leadCard.create({ data: { publicId: "lc_old", rawProfileId: old.id, platform: "x" } });
    await t.db.contact.create({ data: { leadCardId: card.id, type: "email", value: "old@work.example", provider: "apollo", fetchedAt: daysAgo(200) } });
    await t.db.contact.create({ data: { leadCardId: card.id, type: "email", value: "new@work.example", provider: "apollo", fetchedAt: daysAgo(5) } });

    expect(await purgeExpiredData(t.db, { rawProfileDays: 365, contactDays: 180, now })).toEqual({ rawProfiles: 1, contacts: 1 });
    expect(await t.db.rawSocialProfile.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ bio: null, displayName: null, website: null, sourceRecord: null, contentPurgedAt: now, handle: "old_one" });
    expect(await t.db.rawSocialProfile.findUniqueOrThrow({ where: { id: fresh.id } })).toMatchObject({ bio: "fresh bio", contentPurgedAt: null });
    expect((await t.db.contact.findMany()).map((c) => c.value)).toEqual(["new@work.example"]);
    const audits = await t.db.auditLog.findMany({ where: { event: "retention_purged" }, orderBy: { seq: "asc" } });
    expect(audits.map((a) => a.metadata)).toEqual([{ table: "raw_social_profiles", count: 1, olderThanDays: 365 }, { table: "contacts", count: 1, olderThanDays: 180 }]);

    expect(await purgeExpiredData(t.db, { rawProfileDays: 365, contactDays: null, now })).toEqual({ rawProfiles: 0, contacts: 0 });
    expect(await t.db.auditLog.count({ where: { event: "retention_purged" } })).toBe(2);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });
});
