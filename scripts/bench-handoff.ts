/**
 * `npm run bench:handoff [N]` (default 100,000): freezing a handoff batch of N execution-ready
 * cards end to end — cursor over the selection (pools, approved contacts, business, provenance),
 * build each lead record, validate it with ajv (lead-record v1), render JSONL + formula-safe CSV,
 * sha256 both, COPY each record's row (card, JSONL line offset) into handoff_batch_records, write the manifest, outbox event
 * and audit row in one transaction. Target: 100k in ≤ 5 s.
 *
 * Baseline in the same run: the same rows read through the same selection reader (one streaming
 * cursor) and written as plain JSON.stringify lines (no record building, validation, CSV, hashing
 * or COPY back).
 *
 * Seeds a scratch database with COPY (raw profiles, lead cards, pool membership, 10% with an
 * approved email contact), then drops it. BENCH_KEEP=1 keeps it (its URL is printed); BENCH_DB=<url>
 * measures a database kept that way instead of seeding a new one (and leaves it).
 */
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/server/db/client";
import { copyRows } from "@/server/services/ingest/copy-rows";
import { createHandoffBatch } from "@/server/services/handoff/create-handoff-batch";
import { freezeHandoffBatch } from "@/server/services/handoff/freeze-handoff-batch";
import { recordSourceQuery, selectionWhere } from "@/server/services/handoff/handoff-selection-sql";
import { SelectionReader } from "@/server/services/handoff/selection-reader";
import { createTemplateDatabase, dropDatabase } from "@/server/testing/databases";
import { startCpuMeter } from "./bench-support/cpu-meter";

const count = Number(process.argv[2] ?? 100_000);
const TARGET_MS = 5000;
const labels = ["USER", "PARTNER", "AFFILIATE", "FEEDBACK"];
const industries = ["software_saas", "ai_ml", "health_fitness", "food_beverage", "creator_media"];
const tribes = ["ai_builders", "fitness_gym", "foodies_home_cooks", "indie_hackers", "none"];
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString("en")} records/s`;

async function seed(url: string): Promise<{ poolId: string; adminId: string }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const t0 = performance.now();
  try {
    const admin = await c.query<{ id: string }>(`INSERT INTO users (email, role, name) VALUES ('bench-admin@sxe.test', 'ADMIN', 'Bench') RETURNING id`);
    const growth = await c.query<{ id: string }>(`INSERT INTO users (email, role) VALUES ('bench-growth@sxe.test', 'GROWTH') RETURNING id`);
    const job = await c.query<{ id: string }>(`INSERT INTO import_jobs (file_name, sha256, byte_size, status, detected_format) VALUES ('bench.jsonl', repeat('a', 64), 1, 'completed', 'x_api_v2') RETURNING id`);
    const request = await c.query<{ id: string }>(`INSERT INTO enrichment_requests (requester_id, approver_id, status, reason, policy_snapshot) VALUES ($1, $2, 'completed', 'bench', '{}') RETURNING id`, [growth.rows[0]!.id, admin.rows[0]!.id]);
    const pool = await c.query<{ id: string }>(`INSERT INTO audience_pools (name, kind) VALUES ('Bench handoff', 'manual') RETURNING id`);
    const jobId = job.rows[0]!.id;
    const now = new Date();
    // Random (v4) ids kept as 32 bytes per card (profile id, card id), and every COPY fed by a
    // generator: 1M cards seed within the bench's 512 MB heap.
    const ids = randomBytes(count * 32);
    for (let offset = 0; offset < ids.length; offset += 16) {
      ids[offset + 6] = (ids[offset + 6]! & 0x0f) | 0x40; // version 4
      ids[offset + 8] = (ids[offset + 8]! & 0x3f) | 0x80; // RFC 4122 variant
    }
    const uuidAt = (offset: number) => {
      const hex = ids.toString("hex", offset, offset + 16);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    };
    const profileId = (i: number) => uuidAt(i * 32);
    const cardId = (i: number) => uuidAt(i * 32 + 16);
    function* each<T>(row: (i: number) => T | null): Generator<T> {
      for (let i = 0; i < count; i++) {
        const value = row(i);
        if (value !== null) yield value;
      }
    }

    await c.query("BEGIN");
    await copyRows(c, "raw_social_profiles", ["id", "platform", "platform_user_id", "handle", "display_name", "bio", "follower_count", "first_import_job_id", "last_import_job_id", "first_seen_at", "last_seen_at"],
      each((i) => [profileId(i), "x", String(i + 1), `user_${i}`, `Bench User ${i}`, `Building things #${i % 97}`, (i * 37) % 100_000, jobId, jobId, now, now]));
    await copyRows(c, "lead_cards", ["id", "public_id", "raw_profile_id", "platform", "handle", "display_name", "bio", "follower_count", "industry", "persona", "tribe", "secondary_tribes", "label", "classification_confidence", "confidences", "review_state", "created_at", "updated_at"],
      each((i) => [cardId(i), `lc_${ids.toString("hex", i * 32 + 16, i * 32 + 32)}`, profileId(i), "x", `user_${i}`, i % 50 === 0 ? `=cmd|' /C calc'!A0 ${i}` : `Bench User ${i}`, `Building things #${i % 97}`, (i * 37) % 100_000,
        industries[i % industries.length], "creator", tribes[i % tribes.length], i % 7 === 0 ? ["developers"] : [], labels[i % labels.length], 0.8, { industry: 0.7, persona: 0.6, tribe: 0.8, label: 0.8 }, i % 3 ? "confirmed" : "unreviewed", now, now]));
    await copyRows(c, "lead_card_pools", ["pool_id", "lead_card_id"], each((i) => [pool.rows[0]!.id, cardId(i)]));
    await copyRows(c, "contacts", ["lead_card_id", "request_id", "type", "value", "verification_status", "dnc", "provider", "fetched_at"],
      each((i) => (i % 10 === 0 ? [cardId(i), request.rows[0]!.id, "email", `lead${i}@example.com`, "valid", i % 40 === 0, "bench", now] : null)));
    await c.query("COMMIT");
    await c.query("VACUUM ANALYZE");
    // The seed's dirty pages are written now, not by a checkpoint in the middle of the measurement.
    await c.query("CHECKPOINT");
    console.log(`Seeded ${count.toLocaleString("en")} execution-ready cards with COPY in ${secs(performance.now() - t0)}`);
    return { poolId: pool.rows[0]!.id, adminId: admin.rows[0]!.id };
  } finally {
    await c.end();
  }
}

/** Baseline: the same rows through the same selection reader, written as plain JSON.stringify lines. */
async function baseline(url: string, db: ReturnType<typeof createPrismaClient>, poolId: string, dir: string): Promise<{ ms: number; cpu: string }> {
  const where = await selectionWhere(db, { poolId, label: [], reviewState: [], enrichmentState: [] });
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const out = createWriteStream(path.join(dir, "baseline.jsonl"));
  const cpu = startCpuMeter();
  const t0 = performance.now();
  let n = 0;
  try {
    await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const reader = await SelectionReader.open(c, where, { cursor: "baseline", pageSize: 2000 });
    for (;;) {
      const page = await reader.next();
      if (!page) break;
      let chunk = "";
      for (const row of page.sources) chunk += `${JSON.stringify(row)}\n`;
      n += page.sources.length;
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    }
    await c.query("COMMIT");
    await new Promise<void>((resolve) => out.end(resolve));
    if (n !== count) throw new Error(`baseline read ${n} rows, expected ${count}`);
    return { ms: performance.now() - t0, cpu: cpu() };
  } finally {
    await c.end();
  }
}

/** The pool and admin of a database seeded by an earlier run (BENCH_DB). */
async function seeded(db: ReturnType<typeof createPrismaClient>): Promise<{ poolId: string; adminId: string }> {
  const pool = await db.audiencePool.findFirstOrThrow({ where: { name: "Bench handoff" }, select: { id: true } });
  const admin = await db.user.findUniqueOrThrow({ where: { email: "bench-admin@sxe.test" }, select: { id: true } });
  return { poolId: pool.id, adminId: admin.id };
}

async function main() {
  const reuse = process.env.BENCH_DB;
  const url = reuse ?? (await createTemplateDatabase());
  const db = createPrismaClient(url);
  const dataDir = await mkdtemp(path.join(tmpdir(), "sxe-bench-handoff-"));
  try {
    const { poolId, adminId } = reuse ? await seeded(db) : await seed(url);
    if (process.env.BENCH_EXPLAIN) {
      const where = await selectionWhere(db, { poolId, label: [], reviewState: [], enrichmentState: [] });
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      // Inside the reader's transaction, so the plan is made with its settings (whole result, no JIT).
      await c.query("BEGIN");
      await SelectionReader.open(c, where, { cursor: "explained", pageSize: 1 });
      const query = recordSourceQuery(where);
      const plan = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, query.values as unknown[]);
      console.log(plan.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n"));
      await c.query("COMMIT");
      await c.end();
    }
    const base = await baseline(url, db, poolId, dataDir);
    const baseMs = base.ms;
    const cpu = startCpuMeter();
    const t0 = performance.now();
    const batch = await createHandoffBatch(db, { selection: { poolId }, userId: adminId });
    const frozen = await freezeHandoffBatch(db, url, batch.id, { dataDir });
    const freezeMs = performance.now() - t0;
    const freezeCpu = cpu();
    if (frozen.status !== "ready") throw new Error(`batch did not freeze: ${JSON.stringify(frozen).slice(0, 500)}`);
    if (frozen.recordCount !== count) throw new Error(`froze ${frozen.recordCount} records, expected ${count}`);
    const bytes = frozen.files.map((f) => `${f.name.split(".").pop()} ${(f.bytes / 1e6).toFixed(1)} MB`).join(", ");
    console.log(`\nBaseline (same selection reader → JSON.stringify lines): ${secs(baseMs)} (${rate(count, baseMs)}); ${base.cpu}`);
    console.log(`Handoff freeze (select → build → validate → JSONL + CSV + sha256 → COPY record rows → manifest, outbox, audit): ${secs(freezeMs)} (${rate(count, freezeMs)}); ${freezeCpu}`);
    console.log(`  files: ${bytes}`);
    console.log(`  ratio freeze / baseline: ${(freezeMs / baseMs).toFixed(2)}×`);
    console.log(count === 100_000 ? `  target 100k in ≤ ${secs(TARGET_MS)}: ${freezeMs <= TARGET_MS ? "met" : "NOT met"}` : `  (the ≤ ${secs(TARGET_MS)} target is for 100k records)`);
  } finally {
    await db.$disconnect();
    if (process.env.BENCH_KEEP === "1" || reuse) console.log(`kept ${url}`);
    else await dropDatabase(url);
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
