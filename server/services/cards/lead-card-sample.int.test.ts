import { beforeAll, describe, expect, it } from "vitest";
import { getPool } from "@/server/services/pools/get-pool";
import { useTestDatabase } from "@/server/testing/test-database";
import { estimateLeadCardCount } from "./estimate-lead-card-count";
import { getLeadCardFacets } from "./get-lead-card-facets";
import { EXACT_LIMIT, SMALL_TABLE, scaleCount } from "./lead-card-sample";

const CARDS = SMALL_TABLE + 6_000;
const BIG_POOL = EXACT_LIMIT + 5_000;

describe("counts from a sample above the exact limits", () => {
  const t = useTestDatabase();
  let bigPool = "";
  let smallPool = "";

  beforeAll(async () => {
    // Set-based, like an import: a job, N raw profiles, N cards (platform by id, label every 4th), two manual pools.
    const [job] = await t.db.$queryRaw<{ id: string }[]>`INSERT INTO import_jobs (file_name, sha256, byte_size, status, detected_format)
      VALUES ('sample.jsonl', repeat('b', 64), 1, 'completed', 'x_api_v2') RETURNING id::text AS id`;
    await t.db.$executeRaw`INSERT INTO raw_social_profiles (platform, platform_user_id, handle, bio, first_import_job_id, last_import_job_id)
      SELECT (CASE WHEN g % 10 < 6 THEN 'x' WHEN g % 10 < 9 THEN 'tiktok' ELSE 'threads' END)::platform, g::text, 'sample_' || g,
        CASE WHEN g = 42 THEN 'the only zanzibar falconer' ELSE 'coffee and code' END, ${job!.id}::uuid, ${job!.id}::uuid
      FROM generate_series(1, ${CARDS}::int) g`;
    await t.db.$executeRaw`INSERT INTO lead_cards (public_id, raw_profile_id, platform, handle, bio, label)
      SELECT 'lc_sample_' || p.platform_user_id, p.id, p.platform, p.handle, p.bio,
        CASE WHEN p.platform_user_id::int % 4 = 0 THEN 'AFFILIATE'::execution_label END
      FROM raw_social_profiles p`;
    const [big] = await t.db.$queryRaw<{ id: string }[]>`INSERT INTO audience_pools (name, kind) VALUES ('big', 'manual') RETURNING id::text AS id`;
    const [small] = await t.db.$queryRaw<{ id: string }[]>`INSERT INTO audience_pools (name, kind) VALUES ('small', 'manual') RETURNING id::text AS id`;
    bigPool = big!.id;
    smallPool = small!.id;
    await t.db.$executeRaw`INSERT INTO lead_card_pools (pool_id, lead_card_id)
      SELECT ${bigPool}::uuid, c.id FROM lead_cards c JOIN raw_social_profiles p ON p.id = c.raw_profile_id WHERE p.platform_user_id::int <= ${BIG_POOL}`;
    await t.db.$executeRaw`INSERT INTO lead_card_pools (pool_id, lead_card_id) SELECT ${smallPool}::uuid, id FROM lead_cards ORDER BY id LIMIT 10`;
    await t.db.$executeRaw`ANALYZE lead_cards`;
  }, 120_000);

  it("estimates facets over the whole table and says so; a small set in view is counted exactly", async () => {
    const facets = await getLeadCardFacets(t.db, {});
    expect(facets.approximate).toBe(true);
    const platform = Object.fromEntries(facets.platform.map((f) => [f.value, f.count]));
    expect(platform.x! / (CARDS * 0.6)).toBeGreaterThan(0.85);
    expect(platform.x! / (CARDS * 0.6)).toBeLessThan(1.15);
    const affiliates = facets.label.find((f) => f.value === "AFFILIATE")?.count ?? 0;
    expect(affiliates / (CARDS / 4)).toBeGreaterThan(0.8);
    expect(affiliates / (CARDS / 4)).toBeLessThan(1.2);

    const rare = await getLeadCardFacets(t.db, { q: "zanzibar falconer" });
    expect(rare).toMatchObject({ approximate: false, platform: [{ value: "x", count: 1 }], label: [{ value: "unlabelled", count: 1 }] });
  });

  it("samples a big manual pool through its members and counts a small one exactly", async () => {
    const big = await getPool(t.db, bigPool);
    expect(big.approximate).toBe(true);
    expect(big.size / BIG_POOL).toBeGreaterThan(0.95);
    expect(big.size / BIG_POOL).toBeLessThan(1.05);
    expect(big.breakdown.platform.map((p) => p.value)).toEqual(["x", "tiktok", "threads"]);

    const facets = await getLeadCardFacets(t.db, { poolId: bigPool, platform: ["threads"] });
    expect(facets.approximate).toBe(true);
    const threads = facets.platform.find((f) => f.value === "threads")?.count ?? 0;
    expect(threads / (BIG_POOL / 10)).toBeGreaterThan(0.85);
    expect(threads / (BIG_POOL / 10)).toBeLessThan(1.15);

    expect(await getPool(t.db, smallPool)).toMatchObject({ approximate: false, size: 10 });
    expect((await getLeadCardFacets(t.db, { poolId: smallPool })).approximate).toBe(false);
  });

  it("estimates the matching count above the limit and counts a small set exactly", async () => {
    const all = await estimateLeadCardCount(t.db, {});
    expect(all.approximate).toBe(true);
    expect(all.count / CARDS).toBeGreaterThan(0.9);
    expect(all.count / CARDS).toBeLessThan(1.1);
    const pooled = await estimateLeadCardCount(t.db, { poolId: bigPool, label: ["AFFILIATE"] });
    expect(pooled.approximate).toBe(false);
    expect(pooled.count).toBe(Math.floor(BIG_POOL / 4));
    expect(await estimateLeadCardCount(t.db, { q: "zanzibar" })).toEqual({ count: 1, approximate: false });
  });

  it("rounds scaled counts to two significant digits", () => {
    expect([scaleCount(3, 10), scaleCount(12, 10), scaleCount(1234, 10), scaleCount(987, 1.5)]).toEqual([30, 120, 12000, 1500]);
  });
});
