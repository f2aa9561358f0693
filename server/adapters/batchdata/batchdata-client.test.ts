import { afterEach, describe, expect, it } from "vitest";
import { startSandbox, type TSandbox, type TSandboxOptions } from "@/server/sandbox/start-sandbox";
import { ProviderError } from "../http/provider-error";
import { addressProblem, createBatchDataClient, type TBatchDataClientOptions, type TSkipTraceRequest } from "./batchdata-client";

let sandbox: TSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function setup(sandboxOptions: TSandboxOptions = {}, clientOptions: Partial<TBatchDataClientOptions> = {}) {
  sandbox = await startSandbox(sandboxOptions);
  const waits: number[] = [];
  const client = createBatchDataClient({ baseUrl: sandbox.batchDataUrl, apiKey: sandbox.apiKey, sleep: async (ms) => void waits.push(ms), random: () => 0.5, ...clientOptions });
  return { sandbox, client, waits };
}

async function providerError(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

const requests = (n: number, from = 0): TSkipTraceRequest[] =>
  Array.from({ length: n }, (_, k) => {
    const i = k + from;
    return { requestId: `card-${i}`, name: { first: "Test", last: `Owner${i}` }, propertyAddress: { street: `${100 + i} Example Ave`, city: "Seattle", state: "WA", zip: "98101" } };
  });

describe("BatchData client against the fake BatchData", () => {
  it("skip-traces a batch: one result per requestId, matched and unmatched, flags kept", async () => {
    const { client, sandbox } = await setup();
    const batch = requests(100);
    const { results, matchCount, call } = await client.skipTrace(batch);
    expect(results.map((r) => r.requestId)).toEqual(batch.map((r) => r.requestId));
    const matched = results.filter((r) => r.matched);
    expect(matchCount).toBe(matched.length);
    expect(matched.length).toBeGreaterThan(40);
    expect(matched.length).toBeLessThan(90);
    expect(results.filter((r) => !r.matched).every((r) => r.persons.length === 0)).toBe(true);
    const persons = matched.flatMap((r) => r.persons);
    const phones = persons.flatMap((p) => p.phoneNumbers);
    expect(phones.every((p) => /^\d{3}55501\d{2}$/.test(p.number))).toBe(true);
    expect(persons.flatMap((p) => p.emails).every((e) => e.email.endsWith("@example.net"))).toBe(true);
    // includeTCPABlacklistedPhones: true is sent, so TCPA-flagged numbers come back with their flag
    expect(phones.some((p) => p.tcpa)).toBe(true);
    expect(phones.some((p) => p.dnc)).toBe(true);
    expect(persons.some((p) => p.litigator)).toBe(true);
    expect(matched[0]?.persons[0]?.name?.last).toMatch(/^Owner\d+$/);
    expect(call).toMatchObject({ attempts: 1, status: 200 });
    expect(call.rateLimit).toBeUndefined();
    expect(sandbox.calls().batchData["card-7"]).toBe(1);
  });

  it("sends Bearer auth and includeTCPABlacklistedPhones explicitly", async () => {
    const seen: { headers: Headers; body: { options?: unknown } }[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      seen.push({ headers: new Headers(init?.headers), body: JSON.parse(String(init?.body)) as { options?: unknown } });
      return fetch(input, init);
    };
    const { client } = await setup({}, { fetch: recordingFetch });
    await client.skipTrace(requests(1));
    expect(seen[0]?.headers.get("authorization")).toBe("Bearer sandbox-key");
    expect(seen[0]?.headers.get("x-api-key")).toBeNull();
    expect(seen[0]?.body.options).toEqual({ includeTCPABlacklistedPhones: true });
  });

  it("refuses 0, more than 100, duplicate ids and unusable addresses before any HTTP call", async () => {
    const { client, sandbox } = await setup();
    const noZip = { ...requests(1)[0]!, propertyAddress: { street: "1 Example Ave", city: "Seattle" } };
    for (const batch of [[], requests(101), [...requests(1), ...requests(1)], [noZip]]) {
      expect(await providerError(client.skipTrace(batch))).toMatchObject({ provider: "batchdata", kind: "invalid_input", attempts: 0 });
    }
    expect((await providerError(client.skipTrace([noZip]))).message).toContain("request card-0");
    expect(sandbox.requests()).toEqual({});
  });

  it("a 400 for a bad address is invalid_input naming the request", async () => {
    const { client, waits } = await setup();
    const batch = requests(3);
    batch[1] = { ...batch[1]!, propertyAddress: { street: "1 Example Ave", zip: "ABCDE" } };
    const error = await providerError(client.skipTrace(batch));
    expect(error).toMatchObject({ kind: "invalid_input", status: 400, attempts: 1 });
    expect(error.message).toContain("requests[1]");
    expect(error.message).toContain("request card-1");
    expect(error.message).not.toContain("ABCDE");
    expect(waits).toEqual([]);
  });

  it("a wrong token is auth, not retried", async () => {
    const { client } = await setup({}, { apiKey: "nope" });
    expect(await providerError(client.skipTrace(requests(1)))).toMatchObject({ kind: "auth", status: 401, attempts: 1 });
  });

  it("429 waits retry-after; 5xx retries with backoff; both then succeed", async () => {
    const { client, waits } = await setup(
      {
        failures: [
          { provider: "batchdata", fault: "rate_limited", retryAfter: 2 },
          { provider: "batchdata", fault: "server_error", status: 502 },
        ],
      },
      { backoff: { baseMs: 200, maxMs: 5_000 } },
    );
    const { call } = await client.skipTrace(requests(2));
    expect(call.attempts).toBe(3);
    expect(waits).toEqual([2_000, 300]);
  });

  it("the fake's per-minute limit answers 429 and the client waits for the next minute", async () => {
    let t = Date.parse("2026-11-28T07:00:45Z");
    const { client, waits } = await setup({ batchDataPerMinute: 1, now: () => t }, { maxAttempts: 2, sleep: async (ms) => void (waits.push(ms), (t += ms)) });
    await client.skipTrace(requests(1));
    const { call } = await client.skipTrace(requests(1, 1));
    expect(waits).toEqual([15_000]);
    expect(call.attempts).toBe(2);
  });

  it("5xx exhausted → server with attempts; timeouts → timeout; malformed → malformed", async () => {
    const { client, sandbox } = await setup({ failures: [{ provider: "batchdata", fault: "server_error", times: 4 }] }, { maxAttempts: 4, timeoutMs: 300 });
    expect(await providerError(client.skipTrace(requests(1)))).toMatchObject({ kind: "server", status: 500, attempts: 4 });
    sandbox.inject([{ provider: "batchdata", fault: "slow", delayMs: 5_000, times: 4 }]);
    expect(await providerError(client.skipTrace(requests(1)))).toMatchObject({ kind: "timeout", attempts: 4 });
    sandbox.inject([{ provider: "batchdata", fault: "malformed", variant: "shape" }]);
    expect(await providerError(client.skipTrace(requests(1)))).toMatchObject({ kind: "malformed", attempts: 1 });
  });

  it("a person list that cannot be aligned with the requests is malformed", async () => {
    const { sandbox: sb } = await setup();
    const stripped: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const body = (await response.json()) as { results: { persons: { meta: object }[] } };
      const persons = body.results.persons.slice(1).map((p) => ({ ...p, meta: { matched: true } }));
      return new Response(JSON.stringify({ ...body, results: { ...body.results, persons } }), { status: 200 });
    };
    const client = createBatchDataClient({ baseUrl: sb.batchDataUrl, apiKey: sb.apiKey, fetch: stripped });
    expect(await providerError(client.skipTrace(requests(3)))).toMatchObject({ kind: "malformed" });
  });
});

describe("addressProblem", () => {
  it.each([
    [{ street: "1 A St", zip: "98101" }, null],
    [{ street: "1 A St", city: "Seattle", state: "WA" }, null],
    [{ street: "1 A St", city: "Seattle", state: "WA", zip: "98101" }, null],
    [{ street: " ", zip: "98101" }, "propertyAddress.street is required"],
    [{ street: "1 A St", city: "Seattle" }, "propertyAddress needs a zip, or a city and a state, with the street"],
  ])("%j → %s", (address, problem) => {
    expect(addressProblem(address)).toBe(problem);
  });
});
