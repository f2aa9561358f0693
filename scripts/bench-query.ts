/**
 * `npm run bench:query [N]` (default 1,000,000): lead-card page latency at scale.
 *
 * 1. Creates a scratch database (migrated), seeds N raw profiles + lead cards set-based
 *    (INSERT … SELECT generate_series; secondary indexes dropped during the load and rebuilt
 *    after) with skewed platform/industry/persona/tribe/label mixes, confidences, follower counts,
 *    a year of created_at in insertion order (as imports write cards: a card's created_at is its
 *    import's time, so heap order follows it) and generated bios; a manual pool (~5%) and a rule pool; ANALYZE.
 * 2. Runs typical table queries through findLeadCards 30× each and prints p50/p95, next to a
 *    baseline measured in the same run (`SELECT 1` round trip and a primary-key lookup through
 *    the same Prisma client), as a ratio. Target: p95 < 50 ms. Then the console's other reads at
 *    that scale: facet counts, the pools list (sizes and breakdowns), the review queue, and an
 *    exact count of all cards for reference (what a full count costs).
 * 3. Drops the database.
 *
 * BENCH_KEEP=1 keeps the database (its URL is printed); BENCH_DB=<url> measures a database kept
 * that way instead of seeding a new one (and leaves it), to iterate without re-seeding.
 */
import pg from "pg";
import { createPrismaClient, type PrismaClient } from "@/server/db/client";
import type { TLeadCardFilter, TLeadCardSort } from "@/server/domain/cards/lead-card-query";
import { countLeadCards } from "@/server/services/cards/count-lead-cards";
import { findLeadCards } from "@/server/services/cards/find-lead-cards";
import { getLeadCardFacets } from "@/server/services/cards/get-lead-card-facets";
import { listPools } from "@/server/services/pools/list-pools";
import { listReviewQueue } from "@/server/services/review/list-review-queue";
import { createTemplateDatabase, dropDatabase } from "@/server/testing/databases";
import { measureLatency, type TLatency } from "./bench-support/measure-latency";

const count = Number(process.argv[2] ?? 1_000_000);
const RUNS = 30;

const industries = ["software_saas", "ai_ml", "marketing_advertising", "ecommerce_retail", "food_beverage", "health_fitness", "beauty_cosmetics", "fashion_apparel", "creator_media", "education", "finance_investing", "gaming_esports", "music_entertainment", "travel_hospitality", "real_estate", "unknown"];
const personas = ["creator", "enthusiast", "professional", "founder", "small_business_owner", "student", "freelancer_consultant", "brand", "agency", "executive", "journalist_media", "unknown"];
const tribes = ["none", "ai_builders", "developers", "indie_hackers", "growth_marketers", "fitness_gym", "running_endurance", "skincare_beauty", "foodies_home_cooks", "fashion_style", "booktok_readers", "gamers", "travel_nomads", "parents_family", "personal_finance_fire", "pet_lovers", "side_hustlers", "sports_fans", "music_makers", "artists_creatives"];
const words = ["coffee", "founder", "building", "saas", "tools", "runner", "mom", "dad", "travel", "photography", "gamer", "streamer", "skincare", "recipes", "sourdough", "marathon", "yoga", "startup", "product", "design", "engineer", "teacher", "student", "books", "reader", "dogs", "cats", "investing", "crypto", "fitness", "coach", "agency", "brand", "music", "producer", "artist", "fashion", "style", "growth", "marketing", "ai", "llm", "indie", "hacker", "nomad", "family", "finance", "football", "basketball", "chef"];
const firstNames = ["Maya", "Omar", "Kemi", "Ana", "Lucas", "Priya", "Chen", "Sofia", "Diego", "Aisha", "Noah", "Lena", "Ravi", "Yuki", "Marta", "Tom"];
const lastNames = ["Souza", "Okafor", "Patel", "Kim", "Garcia", "Müller", "Rossi", "Nguyen", "Smith", "Haddad", "Silva", "Kowalski"];

const sqlArray = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(",")}]`;
/** A skewed pick (index ~ n·u²: the first values are the common ones). */
const skewed = (xs: string[], u = "random()") => `(${sqlArray(xs)})[1 + floor(${xs.length} * power(${u}, 2))::int]`;
const uniform = (xs: string[]) => `(${sqlArray(xs)})[1 + floor(${xs.length} * random())::int]`;

async function seed(url: string): Promise<{ manualPoolId: string; rulePoolId: string }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const t0 = performance.now();
  try {
    await c.query("SET maintenance_work_mem = '512MB'");
    const { rows: job } = await c.query<{ id: string }>(`INSERT INTO import_jobs (file_name, sha256, byte_size, status, detected_format) VALUES ('bench.jsonl', repeat('a', 64), 1, 'completed', 'x_api_v2') RETURNING id`);
    const jobId = job[0]!.id;
    const { rows: indexes } = await c.query<{ name: string; def: string }>(`SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename IN ('lead_cards', 'raw_social_profiles')
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`);
    for (const ix of indexes) await c.query(`DROP INDEX "${ix.name}"`);

    const bio = Array.from({ length: 8 }, () => uniform(words)).join(" || ' ' || ");
    await c.query(`INSERT INTO raw_social_profiles (platform, platform_user_id, handle, display_name, bio, website, location, follower_count, following_count,
        post_count, verified, avatar_url, hydrated, first_import_job_id, last_import_job_id, first_seen_at, last_seen_at)
      SELECT v.platform::platform, g::text, 'user_' || g, ${uniform(firstNames)} || ' ' || ${uniform(lastNames)}, ${bio},
        CASE WHEN random() < 0.3 THEN 'https://site' || g || '.example.com' END, NULL,
        CASE WHEN random() < 0.05 THEN NULL ELSE floor(exp(random() * 13))::bigint END, floor(random() * 2000)::bigint, floor(random() * 5000)::bigint,
        random() < 0.02, 'https://cdn.example.com/a/' || g || '.jpg', true, $1, $1, v.seen, v.seen
      FROM generate_series(1, $2::int) g
      CROSS JOIN LATERAL (SELECT CASE WHEN g % 20 < 10 THEN 'x' WHEN g % 20 < 17 THEN 'tiktok' ELSE 'threads' END AS platform,
        now() - ((($2::int - g) + random() * 50) * interval '365 days' / $2::int) AS seen) v`, [jobId, count]);
    console.log(`  raw profiles: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    await c.query(`INSERT INTO lead_cards (public_id, raw_profile_id, platform, handle, display_name, bio, website_domain, follower_count,
        base_confidence, industry, persona, tribe, secondary_tribes, label, classification_confidence, classifier_version, classified_at,
        review_state, created_at, updated_at)
      SELECT 'lc_' || replace(gen_random_uuid()::text, '-', ''), p.id, p.platform, p.handle, p.display_name, p.bio, NULL, p.follower_count,
        round((0.2 + random() * 0.8)::numeric, 3), ${skewed(industries)}, ${skewed(personas)}, t.tribe,
        CASE WHEN random() < 0.15 THEN ARRAY[${skewed(tribes)}] ELSE '{}' END,
        (CASE WHEN r.l < 0.55 THEN 'USER' WHEN r.l < 0.75 THEN 'PARTNER' WHEN r.l < 0.87 THEN 'AFFILIATE' WHEN r.l < 0.92 THEN 'FEEDBACK' END)::execution_label,
        round(random()::numeric, 3), 'bench', p.first_seen_at,
        (CASE WHEN r.s < 0.9 THEN 'unreviewed' WHEN r.s < 0.97 THEN 'confirmed' ELSE 'corrected' END)::review_state, p.first_seen_at, p.first_seen_at
      FROM raw_social_profiles p
      CROSS JOIN LATERAL (SELECT random() AS l, random() AS s, p.id AS pid) r
      CROSS JOIN LATERAL (SELECT ${skewed(tribes)} AS tribe, p.id AS pid) t`);
    console.log(`  lead cards: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const { rows: pools } = await c.query<{ id: string; kind: string }>(`INSERT INTO audience_pools (name, kind, rule) VALUES
      ('Bench manual', 'manual', NULL), ('Bench AI affiliates', 'rule', '{"tribe":["ai_builders"],"label":["AFFILIATE"]}') RETURNING id, kind`);
    const manualPoolId = pools.find((p) => p.kind === "manual")!.id;
    const rulePoolId = pools.find((p) => p.kind === "rule")!.id;
    await c.query(`INSERT INTO lead_card_pools (pool_id, lead_card_id) SELECT $1, id FROM lead_cards WHERE random() < 0.05`, [manualPoolId]);
    await addSourcePool(c, jobId);

    for (const ix of indexes) await c.query(ix.def);
    console.log(`  indexes rebuilt: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await c.query("VACUUM ANALYZE lead_cards");
    await c.query("VACUUM ANALYZE raw_social_profiles");
    await c.query("VACUUM ANALYZE lead_card_pools");
    console.log(`Seeded ${count.toLocaleString("en")} lead cards in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return { manualPoolId, rulePoolId };
  } finally {
    await c.end();
  }
}

/** A source pool as an import makes it: the cards of one big file (the first 20% of profiles), adjacent on disk. */
async function addSourcePool(c: pg.Client, jobId: string): Promise<void> {
  const { rows } = await c.query<{ id: string }>(`INSERT INTO audience_pools (name, kind, import_job_id) VALUES ('Bench source', 'source', $1) RETURNING id`, [jobId]);
  await c.query(`INSERT INTO lead_card_pools (pool_id, lead_card_id) SELECT $1, c.id FROM lead_cards c JOIN raw_social_profiles p ON p.id = c.raw_profile_id
    WHERE p.platform_user_id::int <= $2`, [rows[0]!.id, Math.floor(count / 5)]);
}

type TStats = TLatency;
const measure = (run: () => Promise<unknown>): Promise<TStats> => measureLatency(run, RUNS);

async function deepCursor(db: PrismaClient, filter: TLeadCardFilter, sort: TLeadCardSort, pages: number): Promise<string> {
  let cursor: string | null = null;
  for (let i = 0; i < pages; i++) cursor = (await findLeadCards(db, { filter, sort, cursor, limit: 50 })).nextCursor;
  if (!cursor) throw new Error("ran out of pages");
  return cursor;
}

async function main() {
  const reuse = process.env.BENCH_DB;
  const url = reuse ?? (await createTemplateDatabase());
  const db = createPrismaClient(url);
  try {
    if (!reuse) await seed(url);
    else {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const { rows } = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM audience_pools WHERE name = 'Bench source'`);
      if (!rows[0]?.n) await addSourcePool(c, (await c.query<{ id: string }>(`SELECT id FROM import_jobs WHERE file_name = 'bench.jsonl'`)).rows[0]!.id);
      await c.query("VACUUM ANALYZE lead_card_pools");
      await c.end();
    }
    const pools = await db.audiencePool.findMany({ select: { id: true, name: true } });
    const poolIdOf = (name: string) => pools.find((p) => p.name === name)!.id;
    const manualPoolId = poolIdOf("Bench manual");
    const rulePoolId = poolIdOf("Bench AI affiliates");
    const sourcePoolId = poolIdOf("Bench source");
    const someId = (await db.leadCard.findFirstOrThrow({ select: { id: true } })).id;
    const byFollowers: TLeadCardSort = { field: "followerCount", direction: "desc" };
    const deep = await deepCursor(db, {}, { field: "createdAt", direction: "desc" }, 20);
    const deepFollowers = await deepCursor(db, { platform: ["tiktok"] }, byFollowers, 20);

    const page = (filter: TLeadCardFilter, sort?: TLeadCardSort, cursor?: string) => () => findLeadCards(db, { filter, sort, cursor, limit: 50 });
    const baseline = {
      "SELECT 1 round trip": await measure(() => db.$queryRaw`SELECT 1`),
      "primary-key lookup (leadCard.findUnique)": await measure(() => db.leadCard.findUnique({ where: { id: someId } })),
    };
    const queries: [string, () => Promise<unknown>][] = [
      ["default sort (created_at desc), no filter", page({})],
      ["tribe ai_builders + label AFFILIATE", page({ tribe: ["ai_builders"], label: ["AFFILIATE"] })],
      ["platform tiktok + class. confidence 0.6–0.9, by followers desc", page({ platform: ["tiktok"], classificationConfidenceMin: 0.6, classificationConfidenceMax: 0.9 }, byFollowers)],
      ["text search 'sourdough'", page({ q: "sourdough" })],
      ["text search 'maya souza' (name)", page({ q: "maya souza" })],
      ["text search 'user_4242' (handle, rare)", page({ q: "user_4242" })],
      ["manual pool (~5%) members", page({ poolId: manualPoolId })],
      ["rule pool (tribe + label)", page({ poolId: rulePoolId })],
      ["deep page (after 20 next cursors), default sort", page({}, undefined, deep)],
      ["deep page (after 20 next cursors), tiktok by followers", page({ platform: ["tiktok"] }, byFollowers, deepFollowers)],
      ["handle asc", page({}, { field: "handle", direction: "asc" })],
      ["review state unreviewed, by class. confidence asc", page({ reviewState: ["unreviewed"] }, { field: "classificationConfidence", direction: "asc" })],
      ["review queue, first page of 50 + capped waiting count", () => listReviewQueue(db, { limit: 50 })],
      ["review queue of the manual pool (~5%)", () => listReviewQueue(db, { limit: 50, poolId: manualPoolId })],
    ];
    const console_: [string, () => Promise<unknown>][] = [
      ["facets, no filter (sampled)", () => getLeadCardFacets(db, {})],
      ["facets, label AFFILIATE + tribe ai_builders (sampled)", () => getLeadCardFacets(db, { label: ["AFFILIATE"], tribe: ["ai_builders"] })],
      ["facets, source pool (20%, member sample)", () => getLeadCardFacets(db, { poolId: sourcePoolId })],
      ["facets, manual pool (~5%, member sample)", () => getLeadCardFacets(db, { poolId: manualPoolId })],
      ["facets, rule pool (~1.2%, table sample)", () => getLeadCardFacets(db, { poolId: rulePoolId })],
      ["facets, text search 'user_4242' (exact)", () => getLeadCardFacets(db, { q: "user_4242" })],
      ["pools list (3 pools: sizes + breakdowns)", () => listPools(db)],
      ["reference: exact count of all cards (cards.count)", () => countLeadCards(db, {})],
    ];
    const base = baseline["primary-key lookup (leadCard.findUnique)"].p50;
    const fmt = (n: number) => n.toFixed(1).padStart(7);
    console.log(`\n${RUNS} runs each, limit 50, ${count.toLocaleString("en")} cards\n${"query".padEnd(62)}   p50 ms   p95 ms   p50 / pk-lookup p50`);
    for (const [name, stats] of Object.entries(baseline)) console.log(`${name.padEnd(62)} ${fmt(stats.p50)}  ${fmt(stats.p95)}   ${(stats.p50 / base).toFixed(1)}×`);
    let worst = 0;
    for (const [name, run] of queries) {
      const stats = await measure(run);
      worst = Math.max(worst, stats.p95);
      console.log(`${name.padEnd(62)} ${fmt(stats.p50)}  ${fmt(stats.p95)}   ${(stats.p50 / base).toFixed(1)}×`);
    }
    console.log(`\nworst p95: ${worst.toFixed(1)} ms (target < 50 ms) → ${worst < 50 ? "OK" : "OVER TARGET"}`);
    console.log(`\nconsole reads at ${count.toLocaleString("en")} cards (facets and pool sizes exact up to 5k cards in view, sampled beyond)`);
    for (const [name, run] of console_) {
      const stats = await measure(run);
      console.log(`${name.padEnd(62)} ${fmt(stats.p50)}  ${fmt(stats.p95)}   ${(stats.p50 / base).toFixed(1)}×`);
    }
  } finally {
    await db.$disconnect();
    // BENCH_KEEP=1 leaves the database for EXPLAIN sessions (its URL is printed).
    if (process.env.BENCH_KEEP === "1" || reuse) console.log(`kept ${url}`);
    else await dropDatabase(url);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
