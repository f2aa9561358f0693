/**
 * `npm run bench:ingest [N]` (default 100k): end-to-end import throughput and peak memory,
 * against a bare COPY of the same rows measured in the same run on the same database.
 *
 * 1. Generates N realistic X API v2 profiles (seeded) as a JSONL file.
 * 2. Runs the real import (stream → detect → map → sanitise → redact → validate → dedupe →
 *    COPY into staging → merge → audit) on a fresh, migrated database.
 * 3. COPYs the same profiles, as rows of the same columns, into a scratch table.
 * 4. Reads and prepares (the per-record Node work of step 2, no database) the first ≤100k
 *    records of the file again: the ceiling that work alone puts on the import, on one core.
 * Prints profiles/s for each, the import/COPY ratio, and the process's peak RSS.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { createPrismaClient } from "@/server/db/client";
import { generateAudience } from "@/server/domain/demo/generate-audience";
import { renderJsonl } from "@/server/domain/demo/render-audience-file";
import { prepareRecord } from "@/server/domain/ingest/prepare-record";
import { readRecords } from "@/server/domain/ingest/readers";
import { getActiveTaxonomy } from "@/server/services/taxonomy/get-active-taxonomy";
import { copyRows } from "@/server/services/ingest/copy-rows";
import { runImportJob } from "@/server/services/ingest/run-import-job";
import { submitImport } from "@/server/services/ingest/submit-import";
import { createTemplateDatabase, dropDatabase } from "@/server/testing/databases";

const count = Number(process.argv[2] ?? 100_000);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "sxe-bench-ingest-"));
  const file = path.join(dir, `x-users-${count}.jsonl`);
  await pipeline(Readable.from(renderJsonl(generateAudience("x", count, 7))), createWriteStream(file));
  const size = (await stat(file)).size;
  console.log(`Generated ${count.toLocaleString("en")} X API v2 profiles (${mb(size)}) in ${file}`);

  const url = await createTemplateDatabase();
  const db = createPrismaClient(url);
  try {
    peakRss = process.memoryUsage().rss;
    const baseRss = peakRss;
    const started = performance.now();
    const job = await submitImport(db, { source: (await import("node:fs")).createReadStream(file), fileName: path.basename(file), options: {} },
      { actor: { type: "cli", id: "bench" }, dataDir: dir, maxBytes: Number.MAX_SAFE_INTEGER, enqueue: async () => {} });
    const summary = await runImportJob(db, url, job.id);
    const importMs = performance.now() - started;
    if (summary.status !== "completed") throw new Error(`import ${summary.status}: ${summary.errorMessage}`);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`CREATE TABLE bench_copy (platform platform, platform_user_id text, handle text, display_name text, bio text, website text,
      location text, follower_count bigint, following_count bigint, post_count bigint, verified boolean, avatar_url text, account_created_at timestamptz,
      source_record jsonb)`);
    const rows = function* () {
      for (const { record: r } of generateAudience("x", count, 7)) {
        const m = r.public_metrics as Record<string, number>;
        yield ["x", r.id, r.username, r.name, r.description, null, r.location, m.followers_count, m.following_count, m.tweet_count, r.verified, r.profile_image_url, r.created_at, r] as never[];
      }
    };
    const copyStarted = performance.now();
    await copyRows(client, "bench_copy", ["platform", "platform_user_id", "handle", "display_name", "bio", "website", "location", "follower_count", "following_count", "post_count", "verified", "avatar_url", "account_created_at", "source_record"], rows());
    const copyMs = performance.now() - copyStarted;
    await client.end();

    const taxonomy = await getActiveTaxonomy(db);
    const prepareLimit = Math.min(count, 100_000);
    let prepared = 0;
    const prepareStarted = performance.now();
    for await (const item of readRecords("x_api_v2", createReadStream(file), { encoding: "utf8", fileName: path.basename(file), onWarning: () => {} })) {
      if (item.kind === "record" && prepareRecord("x_api_v2", item, { taxonomy }).ok) prepared++;
      if (prepared >= prepareLimit) break;
    }
    const prepareMs = performance.now() - prepareStarted;

    const importRate = rate(summary.read, importMs);
    const copyRate = rate(count, copyMs);
    console.log(`\nImport (end to end): ${summary.read.toLocaleString("en")} read, ${summary.accepted.toLocaleString("en")} accepted, ${summary.redacted} redacted in ${(importMs / 1000).toFixed(1)} s → ${importRate.toLocaleString("en")} profiles/s`);
    console.log(`Bare COPY baseline:  ${count.toLocaleString("en")} rows in ${(copyMs / 1000).toFixed(1)} s → ${copyRate.toLocaleString("en")} rows/s`);
    console.log(`Preparation only:    ${prepared.toLocaleString("en")} records read, cleaned, redacted, validated and classified in ${(prepareMs / 1000).toFixed(1)} s → ${rate(prepared, prepareMs).toLocaleString("en")} profiles/s (Node, one core, no database)`);
    console.log(`Ratio import / COPY: ${(importRate / copyRate).toFixed(3)}× (target ≥ 0.5×); import / preparation only: ${(importRate / rate(prepared, prepareMs)).toFixed(2)}×`);
    // The kernel's high-water mark (ru_maxrss, KB) catches peaks between two samples.
    const highWater = process.resourceUsage().maxRSS * 1024;
    console.log(`Peak RSS: ${mb(Math.max(peakRss, highWater))} (sampled during the import ${mb(peakRss)}; process baseline before it ${mb(baseRss)}; target < 512 MB at 1M)`);
  } finally {
    clearInterval(sampler);
    await db.$disconnect();
    await dropDatabase(url);
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
