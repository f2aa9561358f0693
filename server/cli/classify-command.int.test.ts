import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultTaxonomy } from "@/server/domain/taxonomy/default-taxonomy";
import { sxe } from "@/server/testing/run-sxe";

/** `sxe classify` needs no database: every run here goes without DATABASE_URL. */
const run = (args: string[], opts: { stdin?: string } = {}) => sxe(["classify", ...args], { databaseUrl: null, timeoutMs: 60_000, ...opts });
const parseLines = (stdout: string) => stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);

const xUsers = {
  data: [
    { id: "101", username: "glowlab_founder", name: "Mia", description: "Founder & CEO of Glowlab, a clean skincare brand. #skincare #beauty", public_metrics: { followers_count: 15000, following_count: 300, tweet_count: 900 } },
    { id: "102", username: "devdan", name: "Dan", description: "Senior software engineer. Rust, TypeScript, open source.", public_metrics: { followers_count: 800, following_count: 400, tweet_count: 5000 } },
  ],
};
const tiktokLines = [
  { open_id: "t1", username: "fit.with.ana", display_name: "Ana", bio_description: "Fitness coach, gym workouts and healthy recipes", follower_count: 52000 },
  { open_id: "t2", username: "bad handle!!" },
  { open_id: "t3", username: "momof3_cooks", display_name: "Jo", bio_description: "Mom of 3. Home cooking, family life, budget meals.", follower_count: 1200 },
].map((r) => JSON.stringify(r));

const slugs = {
  industry: new Set(defaultTaxonomy.industries.map((i) => i.slug)),
  persona: new Set(defaultTaxonomy.personas.map((p) => p.slug)),
  tribe: new Set([...defaultTaxonomy.tribes.map((t) => t.slug), "none"]),
};

function expectProfileLine(line: Record<string, unknown>, platform: string, username: string) {
  expect(Object.keys(line).sort()).toEqual(["confidence", "explanation", "industry", "label", "persona", "platform", "tribe", "tribes", "username"]);
  expect(line).toMatchObject({ platform, username });
  expect(slugs.industry.has(line.industry as string) || line.industry === "unknown").toBe(true);
  expect(slugs.persona.has(line.persona as string)).toBe(true);
  expect(slugs.tribe.has(line.tribe as string)).toBe(true);
  expect(Array.isArray(line.tribes)).toBe(true);
  expect(["USER", "PARTNER", "AFFILIATE", "FEEDBACK"]).toContain(line.label);
  expect(line.confidence).toEqual({ industry: expect.any(Number), persona: expect.any(Number), tribe: expect.any(Number), label: expect.any(Number) });
  expect(line.explanation).toEqual(expect.arrayContaining([expect.objectContaining({ dimension: "label", slug: line.label, evidence: expect.any(Array) })]));
}

describe("sxe classify", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "sxe-cli-classify-"));
    await writeFile(path.join(dir, "x-users.json"), JSON.stringify(xUsers, null, 2));
    await writeFile(path.join(dir, "tiktok.jsonl"), `${tiktokLines.join("\n")}\n`);
    await writeFile(path.join(dir, "truncated.json"), '{"data":[{"id":"1","username":"early_bird","description":"Coffee lover"},{"id":"2","userna');
  });

  it("classifies an X v2 users file and a TikTok JSONL file in input order, with rejected records in place", async () => {
    const result = await run([path.join(dir, "x-users.json"), path.join(dir, "tiktok.jsonl")]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = parseLines(result.stdout);
    expect(lines).toHaveLength(5);
    expectProfileLine(lines[0]!, "x", "glowlab_founder");
    expectProfileLine(lines[1]!, "x", "devdan");
    expectProfileLine(lines[2]!, "tiktok", "fit.with.ana");
    expect(lines[3]).toEqual({ file: path.join(dir, "tiktok.jsonl"), record: 2, error: { field: "handle", code: "invalid_handle", message: expect.stringContaining("bad handle!!") } });
    expectProfileLine(lines[4]!, "tiktok", "momof3_cooks");
    // Clear-cut cases the default taxonomy must get right.
    expect(lines[0]).toMatchObject({ industry: "beauty_cosmetics", persona: "founder", label: "PARTNER" });
    expect(lines[1]).toMatchObject({ industry: "software_saas", tribe: "developers" });
  });

  it("reads JSON Lines from stdin when no file is given, detecting the format from the content", async () => {
    const result = await run([], { stdin: `${tiktokLines.join("\n")}\n` });
    expect(result.code).toBe(0);
    const lines = parseLines(result.stdout);
    expect(lines.map((l) => l.username ?? l.record)).toEqual(["fit.with.ana", 2, "momof3_cooks"]);
    expect(lines[1]).toMatchObject({ file: "-", record: 2, error: { code: "invalid_handle" } });
    expectProfileLine(lines[2]!, "tiktok", "momof3_cooks");
  });

  it("--platform and --format apply to records that do not say", async () => {
    const result = await run(["--format", "scraper_json", "--platform", "threads"], { stdin: '{"username":"plain.person","bio":"Photographer and traveller"}\n{"username":"other.person"}\n' });
    expect(result.code).toBe(0);
    const lines = parseLines(result.stdout);
    expect(lines.map((l) => [l.platform, l.username])).toEqual([["threads", "plain.person"], ["threads", "other.person"]]);
  });

  it("exits non-zero naming a truncated file, after the records read before the problem, and still reads the other files", async () => {
    const result = await run([path.join(dir, "truncated.json"), path.join(dir, "tiktok.jsonl"), path.join(dir, "missing.json")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${path.join(dir, "truncated.json")}: `);
    expect(result.stderr).toMatch(/truncated|ends early/i);
    expect(result.stderr).toContain(`${path.join(dir, "missing.json")}: no such file`);
    expect(result.stderr).toContain("2 of 3 input(s) could not be read");
    const lines = parseLines(result.stdout);
    expect(lines.map((l) => l.username ?? l.record)).toEqual(["early_bird", "fit.with.ana", 2, "momof3_cooks"]);
  });

  it("empty stdin is an input that cannot be read", async () => {
    const result = await run([], { stdin: "" });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("stdin: The file is empty");
  });

  it("documents its output in --help", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"record","error"');
    expect(result.stdout).toContain("DATABASE_URL is not needed");
  });
});
