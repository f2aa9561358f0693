import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/server/testing/test-database";
import { getPhaseReport, ZPhaseReport } from "./get-phase-report";

const sha = (n: number) => n.toString(16).padStart(64, "0");
const share = (count: number, percent: number | null) => ({ count, percent });

describe("getPhaseReport", () => {
  const t = useTestDatabase();

  it("reports nothing met that needs profiles on an empty database", async () => {
    const report = await getPhaseReport(t.db);
    expect(ZPhaseReport.parse(report)).toEqual(report);
    expect(report).toMatchObject({
      rawProfiles: 0, erasedProfiles: 0, leadCards: 0,
      cardCoverage: { withCard: 0, withoutCard: 0, percent: null },
      taggedWithPersonaAndTribe: share(0, null),
      labelDistribution: { USER: share(0, null), PARTNER: share(0, null), AFFILIATE: share(0, null), FEEDBACK: share(0, null), unlabelled: share(0, null) },
      reviewProgress: { unreviewed: share(0, null), confirmed: share(0, null), corrected: share(0, null) },
      enrichmentFree: { free: true, violations: 0, contactRows: 0, businessRows: 0, contactColumnsOnCards: [] },
    });
    expect(report.exitCriteria.map((c) => [c.id, c.actual, c.met])).toEqual([
      ["cards_for_all_profiles", "No profiles yet", false],
      ["no_enrichment_on_cards", "0 contact column(s), 0 card(s) with enrichment data", true],
      ["tagged_persona_and_tribe", "No lead cards yet", false],
    ]);
  });

  it("counts coverage, tags, labels, review states and enrichment violations from real rows", async () => {
    const job = await t.db.importJob.create({ data: { fileName: "seed.json", sha256: sha(1), byteSize: 100n, status: "completed" } });
    const profile = (i: number, erasedAt: Date | null = null) =>
      t.db.rawSocialProfile.create({ data: { platform: "x", platformUserId: `id-${i}`, handle: `handle_${i}`, firstImportJobId: job.id, lastImportJobId: job.id, erasedAt } });
    const profiles = await Promise.all(Array.from({ length: 10 }, (_, i) => profile(i)));
    const erasedProfile = await profile(10, new Date());

    type TCardData = { persona?: string; tribe?: string; label?: "USER" | "PARTNER" | "AFFILIATE" | "FEEDBACK" | null; reviewState?: "unreviewed" | "confirmed" | "corrected"; enrichmentState?: "none" | "enriched"; erasedAt?: Date };
    const card = (rawProfileId: string, i: number, data: TCardData) =>
      t.db.leadCard.create({ data: { publicId: `lc_${i}`, rawProfileId, platform: "x", handle: `handle_${i}`, ...data } });
    const tagged = { persona: "founder", tribe: "ai_builders" };
    const cards = [
      await card(profiles[0]!.id, 0, { ...tagged, label: "USER", reviewState: "confirmed" }),
      await card(profiles[1]!.id, 1, { ...tagged, label: "USER", reviewState: "confirmed" }),
      await card(profiles[2]!.id, 2, { ...tagged, label: "PARTNER", reviewState: "corrected", enrichmentState: "enriched" }),
      await card(profiles[3]!.id, 3, { ...tagged, label: "AFFILIATE" }),
      await card(profiles[4]!.id, 4, { ...tagged, label: "FEEDBACK" }),
      await card(profiles[5]!.id, 5, { ...tagged, label: "PARTNER" }),
      await card(profiles[6]!.id, 6, { ...tagged }),
      await card(profiles[7]!.id, 7, { persona: "unknown", tribe: "developers" }),
      await card(profiles[8]!.id, 8, { persona: "creator", tribe: "none", label: "USER" }),
      // profiles[9] has no lead card.
    ];
    // Erased: left out of every figure even though it is tagged, labelled and reviewed.
    await card(erasedProfile.id, 10, { ...tagged, label: "PARTNER", reviewState: "confirmed", erasedAt: new Date() });

    const fetchedAt = new Date();
    const contact = (leadCardId: string, value: string) => t.db.contact.create({ data: { leadCardId, type: "email", value, provider: "test", fetchedAt } });
    const business = (leadCardId: string) => t.db.business.create({ data: { leadCardId, name: "Acme", provider: "test", fetchedAt } });
    await contact(cards[2]!.id, "founder@acme.example"); // enriched card: allowed
    await business(cards[2]!.id);
    const stray = await contact(cards[3]!.id, "leak@acme.example"); // enrichment_state 'none': a violation
    const strayBusiness = await business(cards[5]!.id); // likewise

    const report = await getPhaseReport(t.db);
    expect(ZPhaseReport.parse(report)).toEqual(report);
    expect(report).toEqual({
      rawProfiles: 10,
      erasedProfiles: 1,
      leadCards: 9,
      cardCoverage: { withCard: 9, withoutCard: 1, percent: 90 },
      taggedWithPersonaAndTribe: share(7, 77.78),
      labelDistribution: { USER: share(3, 33.33), PARTNER: share(2, 22.22), AFFILIATE: share(1, 11.11), FEEDBACK: share(1, 11.11), unlabelled: share(2, 22.22) },
      reviewProgress: { unreviewed: share(6, 66.67), confirmed: share(2, 22.22), corrected: share(1, 11.11) },
      enrichmentFree: { free: false, violations: 2, contactRows: 2, businessRows: 2, contactColumnsOnCards: [] },
      exitCriteria: [
        { id: "cards_for_all_profiles", name: "Every profile becomes a lead card", target: "100% of profiles", actual: "90% (9 of 10)", met: false },
        { id: "no_enrichment_on_cards", name: "No enrichment fields on lead cards", target: "0 contact columns, 0 cards with enrichment data", actual: "0 contact column(s), 2 card(s) with enrichment data", met: false },
        { id: "tagged_persona_and_tribe", name: "Cards tagged with a persona and a tribe", target: "≥ 80% of lead cards", actual: "77.78% (7 of 9)", met: false },
      ],
    });

    // Fix all three: a card for the last profile, the strays gone, one more card tagged (9 of 10 = 90%).
    await card(profiles[9]!.id, 9, { ...tagged, label: "USER" });
    await t.db.contact.delete({ where: { id: stray.id } });
    await t.db.business.delete({ where: { id: strayBusiness.id } });
    await t.db.leadCard.update({ where: { id: cards[7]!.id }, data: { persona: "developer" } });

    const fixed = await getPhaseReport(t.db);
    expect(fixed).toMatchObject({
      rawProfiles: 10,
      leadCards: 10,
      cardCoverage: { withCard: 10, withoutCard: 0, percent: 100 },
      taggedWithPersonaAndTribe: share(9, 90),
      labelDistribution: { USER: share(4, 40), unlabelled: share(2, 20) },
      enrichmentFree: { free: true, violations: 0, contactRows: 1, businessRows: 1 },
    });
    expect(fixed.exitCriteria.map((c) => [c.id, c.actual, c.met])).toEqual([
      ["cards_for_all_profiles", "100% (10 of 10)", true],
      ["no_enrichment_on_cards", "0 contact column(s), 0 card(s) with enrichment data", true],
      ["tagged_persona_and_tribe", "90% (9 of 10)", true],
    ]);
  });

  it("finds a contact-like column on lead_cards", async () => {
    await t.db.$executeRaw`ALTER TABLE lead_cards ADD COLUMN contact_email text`;
    const report = await getPhaseReport(t.db);
    expect(report.enrichmentFree).toMatchObject({ free: false, violations: 0, contactColumnsOnCards: ["contact_email"] });
    expect(report.exitCriteria[1]).toMatchObject({ actual: "1 contact column(s), 0 card(s) with enrichment data", met: false });
  });
});
