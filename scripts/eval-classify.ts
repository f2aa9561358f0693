/**
 * Measures the profile classifier against the labelled samples and a hand-written held-out set.
 *
 *   npx tsx scripts/eval-classify.ts [--samples DIR] [--verbose]     (default: ../shared/samples)
 *
 * Reads the four sample files (X users-lookup envelope, TikTok and Threads JSONL, scraper CSV),
 * maps each record to the classifier input (bios redacted first, as the import pipeline stores
 * them), joins labels.jsonl by platform + username and prints: tagging recall (of profiles the
 * analysts tagged with a persona ≠ unknown and a tribe ≠ none, the share the classifier tags
 * with both), accuracy per dimension (unknown/none count as answers) and the 10 worst confusions
 * per dimension. The same report follows for the hand-written profiles in
 * server/domain/classify/__fixtures__/handwritten-profiles.ts, which were written without looking
 * at sample rows: if the sample score rises while that one falls, the change overfits. Two more
 * sets are reported apart: handwritten-profiles-fresh.ts (its first-read scores are printed in
 * its title; its misses then informed general fixes) and handwritten-profiles-blind.ts, written
 * last — its first-read scores, also in its title, are the cleanest estimate for profiles
 * written by others.
 * Exit code 1 when the samples are below target: recall ≥ 95 %, persona ≥ 85 %, tribe ≥ 80 %,
 * industry ≥ 80 %, label ≥ 85 %.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse } from "csv-parse/sync";
import { handwrittenProfiles, type TExpectedProfile } from "@/server/domain/classify/__fixtures__/handwritten-profiles";
import { blindProfiles } from "@/server/domain/classify/__fixtures__/handwritten-profiles-blind";
import { freshProfiles } from "@/server/domain/classify/__fixtures__/handwritten-profiles-fresh";
import type { TClassifierInput } from "@/server/domain/classify/classifier-types";
import { classifyProfile } from "@/server/domain/classify/classify-profile";
import { redactContactData } from "@/server/domain/ingest/redact/redact-contact-data";
import { defaultTaxonomy } from "@/server/domain/taxonomy/default-taxonomy";

type TRecord = Record<string, unknown>;
type TDimension = "industry" | "persona" | "tribe" | "label";
const dims: TDimension[] = ["industry", "persona", "tribe", "label"];
const targets: Record<TDimension | "recall", number> = { recall: 0.95, persona: 0.85, tribe: 0.8, industry: 0.8, label: 0.85 };

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { samples: { type: "string" }, verbose: { type: "boolean" } } });
const dir = path.resolve(root, values.samples ?? "../shared/samples");
const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
const jsonl = (name: string) =>
  read(name)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as TRecord);
const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : null);
const num = (v: unknown) => (typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : null);
const bool = (v: unknown) => (typeof v === "boolean" ? v : v === "true" ? true : v === "false" ? false : null);
const obj = (v: unknown): TRecord => (v !== null && typeof v === "object" ? (v as TRecord) : {});
const bio = (v: unknown) => {
  const text = str(v);
  return text === null ? null : redactContactData(text).text;
};

function loadSamples(): Map<string, TClassifierInput> {
  const inputs = new Map<string, TClassifierInput>();
  const x = JSON.parse(read("x_users.json")) as { data: TRecord[] };
  for (const u of x.data) {
    const entities = obj(u.entities);
    const url = (obj(entities.url).urls as TRecord[] | undefined)?.[0];
    const tags = (obj(entities.description).hashtags as TRecord[] | undefined)?.map((h) => String(h.tag)) ?? [];
    const m = obj(u.public_metrics);
    inputs.set(`x/${String(u.username)}`, {
      platform: "x", handle: str(u.username), displayName: str(u.name), bio: bio(u.description), hashtags: tags,
      websiteDomain: str(url?.expanded_url), followerCount: num(m.followers_count), followingCount: num(m.following_count), postCount: num(m.tweet_count), verified: bool(u.verified),
    });
  }
  for (const u of jsonl("tiktok_users.jsonl")) {
    inputs.set(`tiktok/${String(u.username)}`, {
      platform: "tiktok", handle: str(u.username), displayName: str(u.display_name), bio: bio(u.bio_description), hashtags: [],
      websiteDomain: null, followerCount: num(u.follower_count), followingCount: num(u.following_count), postCount: num(u.video_count), verified: bool(u.is_verified),
    });
  }
  for (const u of jsonl("threads_users.jsonl")) {
    inputs.set(`threads/${String(u.username)}`, {
      platform: "threads", handle: str(u.username), displayName: str(u.name), bio: bio(u.biography), hashtags: [],
      websiteDomain: null, followerCount: num(u.follower_count), followingCount: null, postCount: null, verified: bool(u.is_verified),
    });
  }
  const rows = parse(read("scraped.csv"), { columns: true, bom: true }) as Record<string, string>[];
  for (const r of rows) {
    const platform = r.platform === "x" || r.platform === "tiktok" || r.platform === "threads" ? r.platform : null;
    inputs.set(`${r.platform}/${r.username}`, {
      platform, handle: str(r.username), displayName: str(r.full_name), bio: bio(r.bio), hashtags: [],
      websiteDomain: str(r.website), followerCount: num(r.followers), followingCount: num(r.following), postCount: null, verified: bool(r.verified),
    });
  }
  return inputs;
}

type TCase = { key: string; input: TClassifierInput; expected: TExpectedProfile };

function report(title: string, cases: TCase[], verbose: boolean): Record<TDimension | "recall", number> {
  const correct: Record<TDimension, number> = { industry: 0, persona: 0, tribe: 0, label: 0 };
  const confusions: Record<TDimension, Map<string, number>> = { industry: new Map(), persona: new Map(), tribe: new Map(), label: new Map() };
  let tagged = 0;
  let recalled = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const got = classifyProfile(c.input, defaultTaxonomy);
    if (c.expected.persona !== "unknown" && c.expected.tribe !== "none") {
      tagged++;
      if (got.persona !== "unknown" && got.tribe !== "none") recalled++;
    }
    const wrong: string[] = [];
    for (const d of dims) {
      if (got[d] === c.expected[d]) correct[d]++;
      else {
        const pair = `${c.expected[d]} → ${got[d]}`;
        confusions[d].set(pair, (confusions[d].get(pair) ?? 0) + 1);
        wrong.push(`${d} ${pair}`);
      }
    }
    if (wrong.length) misses.push(`  ${c.key}: ${wrong.join("; ")}\n      ${JSON.stringify(c.input.bio)} (${c.input.followerCount ?? "?"} followers)`);
  }
  const pct = (n: number, d: number) => (d === 0 ? 1 : n / d);
  const scores = { recall: pct(recalled, tagged), industry: pct(correct.industry, cases.length), persona: pct(correct.persona, cases.length), tribe: pct(correct.tribe, cases.length), label: pct(correct.label, cases.length) };
  const fmt = (n: number) => `${(n * 100).toFixed(1)}%`;
  console.log(`\n== ${title}: ${cases.length} profiles ==`);
  console.log(`tagging recall   ${fmt(scores.recall)} (${recalled}/${tagged})   target ${fmt(targets.recall)}`);
  for (const d of dims) console.log(`${d.padEnd(16)} ${fmt(scores[d])} (${correct[d]}/${cases.length})   target ${fmt(targets[d])}`);
  for (const d of dims) {
    const worst = [...confusions[d].entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10);
    if (worst.length) console.log(`  worst ${d} confusions: ${worst.map(([pair, n]) => `${pair} ×${n}`).join(", ")}`);
  }
  if (verbose && misses.length) console.log(`  misses:\n${misses.join("\n")}`);
  return scores;
}

const inputs = loadSamples();
const labels = jsonl("labels.jsonl");
const cases: TCase[] = [];
const unjoined: string[] = [];
for (const l of labels) {
  const key = `${String(l.platform)}/${String(l.username)}`;
  const input = inputs.get(key);
  if (!input) unjoined.push(key);
  else cases.push({ key, input, expected: { industry: String(l.industry), persona: String(l.persona), tribe: String(l.tribe), label: String(l.label) as TExpectedProfile["label"] } });
}
if (unjoined.length) console.log(`unjoined labels: ${unjoined.join(", ")}`);

console.log(`classifier ${classifyProfile({ platform: null, handle: null, displayName: null, bio: null, hashtags: null, websiteDomain: null, followerCount: null, followingCount: null, postCount: null, verified: null }, defaultTaxonomy).classifierVersion}`);
const sample = report(`samples (${dir})`, cases, values.verbose ?? false);
const asCases = (list: typeof handwrittenProfiles) => list.map((p, i) => ({ key: `#${i + 1} ${p.input.handle ?? ""}`, input: p.input, expected: p.expected }));
report("hand-written held-out set (81; its misses were read while tuning)", asCases(handwrittenProfiles), values.verbose ?? false);
report("second hand-written set (45; first read before any fix: recall 94.6 %, industry 84.4 %, persona 86.7 %, tribe 82.2 %, label 91.1 %)", asCases(freshProfiles), values.verbose ?? false);
report("blind hand-written set (40; written last; first read: recall 93.3 %, industry 67.5 %, persona 80.0 %, tribe 75.0 %, label 87.5 %, then general gaps it showed were fixed)", asCases(blindProfiles), values.verbose ?? false);

const failed = (Object.keys(targets) as (keyof typeof targets)[]).filter((k) => sample[k] < targets[k]);
if (failed.length) {
  console.log(`\nbelow target on the samples: ${failed.join(", ")}`);
  process.exitCode = 1;
} else console.log("\nall sample targets met");
