import { describe, expect, it } from "vitest";
import { sxe } from "@/server/testing/run-sxe";
import { useTestDatabase } from "@/server/testing/test-database";

describe("sxe report", () => {
  const t = useTestDatabase();

  it("prints an honest empty report and exits 0", async () => {
    const run = await sxe(["report"], { databaseUrl: t.url });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Exit criteria (phases 1–3)");
    expect(run.stdout).toMatch(/Every profile becomes a lead card\s+100% of profiles\s+No profiles yet\s+NO/);
    expect(run.stdout).toContain("No profiles yet: import audience files");
  });

  it("prints the tables, or the report as JSON, and exits 0 even when criteria are not met", async () => {
    const job = await t.db.importJob.create({ data: { fileName: "seed.json", sha256: "a".repeat(64), byteSize: 1n, status: "completed" } });
    const profiles = await Promise.all(
      [0, 1, 2].map((i) => t.db.rawSocialProfile.create({ data: { platform: "tiktok", platformUserId: `r${i}`, handle: `report_${i}`, firstImportJobId: job.id, lastImportJobId: job.id } })),
    );
    await t.db.leadCard.create({ data: { publicId: "lc_r0", rawProfileId: profiles[0]!.id, platform: "tiktok", persona: "creator", tribe: "foodies_home_cooks", label: "AFFILIATE" } });
    await t.db.leadCard.create({ data: { publicId: "lc_r1", rawProfileId: profiles[1]!.id, platform: "tiktok", label: "USER", reviewState: "confirmed" } });

    const table = await sxe(["report"], { databaseUrl: t.url });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Every profile becomes a lead card\s+100% of profiles\s+66\.67% \(2 of 3\)\s+NO/);
    expect(table.stdout).toMatch(/No enrichment fields on lead cards\s+.*\s+yes/);
    expect(table.stdout).toMatch(/Cards tagged with a persona and a tribe\s+≥ 80% of lead cards\s+50% \(1 of 2\)\s+NO/);
    expect(table.stdout).toMatch(/AFFILIATE\s+1\s+50\.00%/);
    expect(table.stdout).toMatch(/confirmed\s+1\s+50\.00%/);

    const json = await sxe(["report", "--json"], { databaseUrl: t.url });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      rawProfiles: 3,
      leadCards: 2,
      cardCoverage: { withCard: 2, withoutCard: 1, percent: 66.67 },
      taggedWithPersonaAndTribe: { count: 1, percent: 50 },
      exitCriteria: [{ met: false }, { met: true }, { met: false }],
    });
  });

  it("needs DATABASE_URL (exit 2)", async () => {
    const run = await sxe(["report"], { databaseUrl: null });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("DATABASE_URL");
  });
});
