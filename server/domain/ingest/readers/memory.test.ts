import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import type { TReadItem } from "../formats";
import { readCsv } from "./read-csv";
import { readJson } from "./read-json";

/**
 * Bounded memory: 200k records (~200 MB of text per format) stream through the readers while the
 * retained heap (measured after a forced GC every 20k items) stays far below what holding the
 * records would take (JSON ~300 MB, CSV ~220 MB). Not a timing test.
 */
const N = 200_000;
const LIMIT_BYTES = 150 * 1024 * 1024;
const enc = new TextEncoder();
const bio = (i: number): string => `Bio ${i}: ${"independent maker, coffee, bikes, bread; ".repeat(20)}`;

setFlagsFromString("--expose-gc");
const maybeGc: unknown = runInNewContext("gc");
const gc = (): void => {
  if (typeof maybeGc === "function") maybeGc();
};

async function* batches(rows: (i: number) => string, head: string, tail: string): AsyncGenerator<Uint8Array> {
  yield enc.encode(head);
  let batch = "";
  for (let i = 0; i < N; i += 1) {
    batch += rows(i);
    if (batch.length > 64 * 1024) {
      yield enc.encode(batch);
      batch = "";
    }
  }
  yield enc.encode(batch + tail);
}

async function measure(items: AsyncIterable<TReadItem>): Promise<{ count: number; peak: number; last: unknown }> {
  gc();
  const base = process.memoryUsage().heapUsed;
  let count = 0;
  let peak = 0;
  let last: unknown = null;
  for await (const item of items) {
    count += 1;
    if (item.kind === "record") last = item.value;
    if (count % 20_000 === 0) {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    }
  }
  return { count, peak, last };
}

describe("bounded memory", () => {
  it("has a forced GC to measure with", () => {
    expect(typeof maybeGc).toBe("function");
  });

  it("streams a 200k-record JSON array", { timeout: 180_000 }, async () => {
    const user = (i: number): string =>
      `${i === 0 ? "" : ","}{"id":"${1e15 + i}","username":"user_${i}","name":"User ${i}","description":${JSON.stringify(bio(i))},"public_metrics":{"followers_count":${i},"following_count":3,"tweet_count":9}}`;
    const source = batches(user, '{"data":[', `],"meta":{"result_count":${N}}}`);
    const { count, peak, last } = await measure(readJson(source, { format: "x_api_v2", encoding: "utf8", fileName: "big.json" }));
    expect(count).toBe(N);
    expect(last).toMatchObject({ username: `user_${N - 1}` });
    expect(peak).toBeLessThan(LIMIT_BYTES);
  });

  it("streams a 200k-line CSV", { timeout: 180_000 }, async () => {
    const row = (i: number): string => `user_${i},User ${i},"${bio(i)}",${i}\r\n`;
    const source = batches(row, "username,name,bio,followers\r\n", "");
    const { count, peak, last } = await measure(readCsv(source, { encoding: "utf8", fileName: "big.csv" }));
    expect(count).toBe(N);
    expect(last).toMatchObject({ username: `user_${N - 1}`, followers: String(N - 1) });
    expect(peak).toBeLessThan(LIMIT_BYTES);
  });
});
