import { describe, expect, it } from "vitest";
import { readFixture } from "./fixtures.test-helpers";
import { readRecords } from "./read-records";

/** Every fixture the readers accept (empty.csv fails detection, so it is read in read-csv.test.ts). */
const FIXTURES = [
  "x-users-lookup.json",
  "x-followers-page.json",
  "x-single-user.json",
  "x-follower.js",
  "x-following.js",
  "tiktok-user-info.json",
  "tiktok-user-info.jsonl",
  "tiktok-research-user.json",
  "tiktok-research-followers.json",
  "tiktok-export-old.json",
  "tiktok-export-new.json",
  "tiktok-Follower.txt",
  "threads-profiles.jsonl",
  "threads-profiles.json",
  "meta-threads-followers.json",
  "instagram-followers_1.json",
  "instagram-following.json",
  "scraper-apify-tiktok.json",
  "scraper-apify-tiktok.csv",
  "scraper-x-legacy.csv",
  "scraper-x-camel.json",
  "scraper-threads.csv",
  "truncated.json",
  "one-bad-line.jsonl",
  "header-only.csv",
  "utf16le-bom.csv",
  "semicolon.csv",
  "quoted-newline.csv",
  "ragged.csv",
  "nul-byte.jsonl",
];

describe("chunk boundaries do not change what is read", () => {
  it.each(FIXTURES)("%s: whole file = 1-byte chunks = 7-byte chunks", async (name) => {
    const whole = await readFixture(name);
    expect(whole.items.length + (whole.failure ? 1 : 0)).toBeGreaterThan(0);
    for (const size of [1, 7]) {
      const split = await readFixture(name, size);
      expect(split.items).toEqual(whole.items);
      expect(split.warnings).toEqual(whole.warnings);
      expect(split.failure?.message).toEqual(whole.failure?.message);
      expect(split.bytes).toBe(whole.bytes);
    }
  });
});

describe("a consumer that stops early", () => {
  async function* endless(head: string, row: (i: number) => string, state: { closed: boolean; pulled: number }): AsyncGenerator<Uint8Array> {
    const enc = new TextEncoder();
    try {
      yield enc.encode(head);
      for (let i = 0; ; i += 1) {
        state.pulled += 1;
        yield enc.encode(row(i));
      }
    } finally {
      state.closed = true;
    }
  }

  it.each([
    ["scraper_csv", "u.csv", "username,followers\n", (i: number) => `user_${i},${i}\n`],
    ["x_api_v2", "u.json", '{"data":[', (i: number) => `${i ? "," : ""}{"id":"${i}","username":"u${i}"}`],
    ["threads_profile", "u.jsonl", "", (i: number) => `{"id":"${i}","username":"u${i}","biography":""}\n`],
  ] as const)("%s: taking 3 records releases the source", async (format, fileName, head, row) => {
    const state = { closed: false, pulled: 0 };
    const taken: unknown[] = [];
    for await (const item of readRecords(format, endless(head, row, state), { encoding: "utf8", fileName })) {
      taken.push(item);
      if (taken.length === 3) break;
    }
    expect(taken).toHaveLength(3);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(state.closed).toBe(true);
    expect(state.pulled).toBeLessThan(100_000);
  });
});
