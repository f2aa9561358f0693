/**
 * `npm run bench:audit [N]` (default 1,000,000): audit trail page latency at scale.
 *
 * 1. Creates a scratch database (migrated) and appends N audit rows set-based (INSERT … SELECT
 *    generate_series, trigger untouched: inserts are allowed), with skewed events, 50 actors,
 *    100k lead card targets and a year of occurred_at in seq order; ANALYZE. (Hashes are
 *    well-formed but not a valid chain: this measures listing, not verification.)
 * 2. Runs the trail's queries through listAuditEvents 30× each and prints p50/p95 next to a
 *    baseline measured in the same run (SELECT 1 and a primary-key lookup), as a ratio; and the
 *    OFFSET query a naive pager would run for the same deep page, for comparison.
 * 3. Drops the database.
 */
import pg from "pg";
import { createPrismaClient } from "@/server/db/client";
import type { TAuditFilter } from "@/server/domain/audit/audit-filter";
import { listAuditEvents } from "@/server/services/audit/list-audit-events";
import { createTemplateDatabase, dropDatabase } from "@/server/testing/databases";
import { measureLatency, type TLatency } from "./bench-support/measure-latency";

const count = Number(process.argv[2] ?? 1_000_000);
const RUNS = 30;
const events = ["pool_changed", "label_changed", "sign_in_succeeded", "import_completed", "enrichment_completed", "enrichment_requested", "handoff_delivered", "settings_changed", "audit_exported", "erasure_completed"];

type TStats = TLatency;
const measure = (run: () => Promise<unknown>): Promise<TStats> => measureLatency(run, RUNS);

const cardId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

async function seed(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const t0 = performance.now();
  try {
    await c.query(`INSERT INTO audit_log (seq, occurred_at, actor_type, actor_id, actor_label, event, target_type, target_id, outcome, metadata, cost_credits, cost_amount, cost_currency, prev_hash, hash)
      SELECT g, now() - interval '365 days' + (g::float / $1) * interval '365 days', 'user', 'actor-' || (g % 50), 'actor' || (g % 50) || '@bench',
        (ARRAY[${events.map((e) => `'${e}'`).join(",")}])[1 + floor(${events.length} * power(random(), 2))::int],
        CASE WHEN g % 3 = 0 THEN 'lead_card' ELSE 'audience_pool' END,
        CASE WHEN g % 3 = 0 THEN '00000000-0000-4000-8000-' || lpad((g % 100000)::text, 12, '0') ELSE 'pool-' || (g % 20) END,
        CASE WHEN g % 97 = 0 THEN 'failure'::audit_outcome ELSE 'success'::audit_outcome END, jsonb_build_object('n', g),
        CASE WHEN g % 7 = 0 THEN 1.00 END, CASE WHEN g % 7 = 0 THEN 0.0500 END, CASE WHEN g % 7 = 0 THEN 'USD' END,
        encode(sha256(('p' || g)::bytea), 'hex'), encode(sha256(('h' || g)::bytea), 'hex')
      FROM generate_series(1, $1::int) g`, [count]);
    await c.query("ANALYZE audit_log");
    console.log(`  seeded ${count.toLocaleString("en")} audit rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await c.end();
  }
}

async function main() {
  const url = await createTemplateDatabase();
  const db = createPrismaClient(url);
  try {
    await seed(url);
    const mid = String(Math.floor(count / 2));
    const page = (filter: TAuditFilter, cursor?: string) => () => listAuditEvents(db, { filter, limit: 50, beforeSeq: cursor });
    const baseline = {
      "SELECT 1 round trip": await measure(() => db.$queryRaw`SELECT 1`),
      "primary-key lookup (auditLog.findUnique)": await measure(() => db.auditLog.findUnique({ where: { seq: 42n } })),
    };
    const day = 86_400_000;
    const now = Date.now();
    const queries: [string, () => Promise<unknown>][] = [
      ["newest page, no filter", page({})],
      ["deep page (cursor at the middle), no filter", page({}, mid)],
      ["event enrichment_completed", page({ event: "enrichment_completed" })],
      ["event erasure_completed (rare), deep cursor", page({ event: "erasure_completed" }, mid)],
      ["actor actor-7", page({ actor: "actor-7" })],
      ["lead card (target) 4242", page({ target: cardId(4242) })],
      ["outcome failure", page({ outcome: "failure" })],
      ["time range: 7 days, 200 days ago", page({ from: new Date(now - 200 * day), to: new Date(now - 193 * day) })],
      ["event + actor + 30-day range", page({ event: "pool_changed", actor: "actor-3", from: new Date(now - 90 * day), to: new Date(now - 60 * day) })],
      ["baseline: OFFSET pager to the same deep page", () => db.auditLog.findMany({ orderBy: { seq: "desc" }, skip: count / 2, take: 50 })],
    ];
    const base = baseline["primary-key lookup (auditLog.findUnique)"].p50;
    const fmt = (n: number) => n.toFixed(1).padStart(7);
    console.log(`\n${RUNS} runs each, limit 50, ${count.toLocaleString("en")} audit rows\n${"query".padEnd(52)}   p50 ms   p95 ms   p50 / pk-lookup p50`);
    for (const [name, stats] of Object.entries(baseline)) console.log(`${name.padEnd(52)} ${fmt(stats.p50)}  ${fmt(stats.p95)}   ${(stats.p50 / base).toFixed(1)}×`);
    for (const [name, run] of queries) {
      const stats = await measure(run);
      console.log(`${name.padEnd(52)} ${fmt(stats.p50)}  ${fmt(stats.p95)}   ${(stats.p50 / base).toFixed(1)}×`);
    }
  } finally {
    await db.$disconnect();
    if (process.env.BENCH_KEEP === "1") console.log(`kept ${url}`);
    else await dropDatabase(url);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
