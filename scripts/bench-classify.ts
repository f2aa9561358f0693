/**
 * Classifier throughput on one core.
 *
 *   npx tsx scripts/bench-classify.ts [--count N] [--seed S]      (default: 200 000 profiles, seed 42)
 *
 * Generates N realistic profiles with the seeded demo generator (X, TikTok and Threads native
 * records in equal parts), maps them to the classifier input, then times in the same run:
 *   baseline — tokenising only (bio and display name tokenised, handle split), and
 *   classify — classifyProfile with the default taxonomy (compiled once before timing).
 * Prints profiles/s for both (CPU time of this single-threaded process, so a busy machine does
 * not distort the per-core figure) and the classify/baseline time ratio. Target: ≥ 50 000/s.
 */
import { parseArgs } from "node:util";
import type { TClassifierInput } from "@/server/domain/classify/classifier-types";
import { classifyProfile } from "@/server/domain/classify/classify-profile";
import { compileTaxonomy } from "@/server/domain/classify/compile-taxonomy";
import { splitName, tokenizeText } from "@/server/domain/classify/tokenize";
import { generateAudience, type TGeneratedProfile } from "@/server/domain/demo/generate-audience";
import { defaultTaxonomy } from "@/server/domain/taxonomy/default-taxonomy";

type TRecord = Record<string, unknown>;
const { values } = parseArgs({ options: { count: { type: "string" }, seed: { type: "string" } } });
const count = Number(values.count ?? 200_000);
const seed = Number(values.seed ?? 42);

const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);
const num = (v: unknown) => (typeof v === "number" ? v : null);
const obj = (v: unknown): TRecord => (v !== null && typeof v === "object" ? (v as TRecord) : {});

function toInput({ platform, record: r }: TGeneratedProfile): TClassifierInput {
  if (platform === "x") {
    const entities = obj(r.entities);
    const url = (obj(entities.url).urls as TRecord[] | undefined)?.[0];
    const tags = (obj(entities.description).hashtags as TRecord[] | undefined)?.map((h) => String(h.tag)) ?? [];
    const m = obj(r.public_metrics);
    return {
      platform, handle: str(r.username), displayName: str(r.name), bio: str(r.description), hashtags: tags, websiteDomain: str(url?.expanded_url),
      followerCount: num(m.followers_count), followingCount: num(m.following_count), postCount: num(m.tweet_count), verified: r.verified === true,
    };
  }
  if (platform === "tiktok") {
    return {
      platform, handle: str(r.username), displayName: str(r.display_name), bio: str(r.bio_description), hashtags: [], websiteDomain: null,
      followerCount: num(r.follower_count), followingCount: num(r.following_count), postCount: num(r.video_count), verified: r.is_verified === true,
    };
  }
  return {
    platform, handle: str(r.username), displayName: str(r.name), bio: str(r.biography), hashtags: [], websiteDomain: null,
    followerCount: num(r.follower_count), followingCount: null, postCount: null, verified: r.is_verified === true,
  };
}

const perPlatform = Math.ceil(count / 3);
const inputs: TClassifierInput[] = [];
for (const platform of ["x", "tiktok", "threads"] as const) {
  for (const profile of generateAudience(platform, perPlatform, seed)) if (inputs.length < count) inputs.push(toInput(profile));
}

function tokenizeOnly(input: TClassifierInput): number {
  let n = 0;
  if (input.bio) n += tokenizeText(input.bio).tokens.length;
  if (input.displayName) n += tokenizeText(input.displayName).tokens.length;
  if (input.handle) n += splitName(input.handle).length;
  return n;
}

/**
 * Times `run` over every input. Throughput is counted on CPU time (user + system of this process,
 * which is single-threaded), so other load on the machine does not distort "profiles/s on one
 * core"; wall time is printed alongside.
 */
function time(label: string, run: (input: TClassifierInput) => unknown): number {
  for (let i = 0; i < Math.min(20_000, inputs.length); i++) run(inputs[i]!);
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  let sink = 0;
  for (const input of inputs) sink += run(input) ? 1 : 0;
  const cpu = process.cpuUsage(cpuStart);
  const seconds = (cpu.user + cpu.system) / 1e6;
  const wall = (performance.now() - wallStart) / 1000;
  const rate = inputs.length / seconds;
  console.log(`${label.padEnd(10)} ${inputs.length} profiles in ${seconds.toFixed(2)} s CPU (${wall.toFixed(2)} s wall) → ${Math.round(rate).toLocaleString("en-US")} profiles/s (checksum ${sink})`);
  return seconds;
}

const compileStart = performance.now();
compileTaxonomy(defaultTaxonomy);
console.log(`compileTaxonomy: ${(performance.now() - compileStart).toFixed(1)} ms (once per taxonomy)`);
const baseline = time("baseline", tokenizeOnly);
const classify = time("classify", (input) => classifyProfile(input, defaultTaxonomy).label);
const rate = inputs.length / classify;
console.log(`classify/baseline time ratio ${(classify / baseline).toFixed(2)}× (classify is ${(baseline / classify).toFixed(2)} of tokenising-only throughput)`);
console.log(rate >= 50_000 ? "target met: ≥ 50 000 profiles/s" : "below target: < 50 000 profiles/s");
if (rate < 50_000) process.exitCode = 1;
