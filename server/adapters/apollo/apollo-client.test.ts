import { afterEach, describe, expect, it } from "vitest";
import { apolloQueryKey, startSandbox, type TSandbox, type TSandboxOptions } from "@/server/sandbox/start-sandbox";
import { ProviderError } from "../http/provider-error";
import { createApolloClient, normalizeDomain, type TApolloClientOptions, type TApolloPersonQuery } from "./apollo-client";

let sandbox: TSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function setup(sandboxOptions: TSandboxOptions = {}, clientOptions: Partial<TApolloClientOptions> = {}) {
  sandbox = await startSandbox(sandboxOptions);
  const waits: number[] = [];
  const client = createApolloClient({
    baseUrl: sandbox.apolloUrl,
    apiKey: sandbox.apiKey,
    sleep: async (ms) => void waits.push(ms),
    random: () => 0.5,
    ...clientOptions,
  });
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

const people = (n: number): TApolloPersonQuery[] => Array.from({ length: n }, (_, i) => ({ first_name: "Test", last_name: `Person${i}`, domain: `shop${i}.com` }));

describe("Apollo client against the fake Apollo", () => {
  it("bulk-matches people: aligned matches with null misses, credits and missing records from the response", async () => {
    const { client, sandbox } = await setup();
    const details = people(10);
    const result = await client.bulkMatchPeople(details);
    expect(result.matches).toHaveLength(10);
    const hits = result.matches.filter((m) => m !== null);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThan(10);
    expect(result.missingRecords).toBe(10 - hits.length);
    expect(result.creditsConsumed).toBe(hits.length);
    for (const [i, match] of result.matches.entries()) {
      if (!match) continue;
      expect(match.last_name).toBe(`Person${i}`);
      expect(match.organization?.primary_domain).toBe(`shop${i}.com`);
      if (match.email) expect(match.email).toMatch(/@example\.com$/);
    }
    expect(result.call).toMatchObject({ attempts: 1, status: 200 });
    expect(result.call.rateLimit).toMatchObject({ minuteLimit: 100, minuteUsage: 1, minuteRemaining: 99, hourlyRemaining: 1_999, dailyRemaining: 19_999 });
    expect(sandbox.calls().apolloPeople[apolloQueryKey(details[3] as TApolloPersonQuery)]).toBe(1);
  });

  it("sends the key as x-api-key, never requests phones or personal emails", async () => {
    const seen: { headers: Headers; body: unknown }[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      seen.push({ headers: new Headers(init?.headers), body: JSON.parse(String(init?.body)) });
      return fetch(input, init);
    };
    const { client } = await setup({}, { fetch: recordingFetch });
    await client.bulkMatchPeople([{ name: "Maya Reed", domain: "https://www.MayaBakes.com/" }]);
    expect(seen[0]?.headers.get("x-api-key")).toBe("sandbox-key");
    expect(seen[0]?.headers.get("authorization")).toBeNull();
    expect(seen[0]?.body).toEqual({ details: [{ name: "Maya Reed", domain: "mayabakes.com" }], reveal_personal_emails: false, reveal_phone_number: false });
  });

  it("enriches an organisation by domain and returns null for an unknown one", async () => {
    const { client, sandbox } = await setup();
    const domains = Array.from({ length: 12 }, (_, i) => `company${i}.com`);
    const results = await Promise.all(domains.map((d) => client.enrichOrganization(d)));
    const found = results.filter((r) => r.organization);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(12);
    expect(results.find((r) => !r.organization)?.organization).toBeNull();
    expect(found[0]?.organization).toMatchObject({ primary_domain: expect.stringMatching(/^company\d+\.com$/), country: "United States" });
    expect(sandbox.calls().apolloOrgs["company0.com"]).toBe(1);
  });

  it("refuses 0 or more than 10 details before any HTTP call", async () => {
    const { client, sandbox } = await setup();
    for (const details of [[], people(11)]) {
      const error = await providerError(client.bulkMatchPeople(details));
      expect(error).toMatchObject({ provider: "apollo", kind: "invalid_input", attempts: 0 });
    }
    expect((await providerError(client.bulkMatchPeople(people(11)))).message).toContain("11 details given, at most 10");
    expect(sandbox.requests()).toEqual({});
  });

  it("a wrong key is auth with the provider's plain-text message, not retried", async () => {
    const { client, sandbox, waits } = await setup({}, { apiKey: "wrong" });
    const error = await providerError(client.bulkMatchPeople(people(1)));
    expect(error).toMatchObject({ kind: "auth", status: 401, attempts: 1 });
    expect(error.message).toContain("Invalid access credentials.");
    expect(error.message).not.toContain("wrong");
    expect(waits).toEqual([]);
    expect(sandbox.requests()["apollo/people/bulk_match"]).toBe(1);
  });

  it("a missing key and a Bearer-only key are both refused with 401", async () => {
    const { client } = await setup({}, { apiKey: "" });
    expect(await providerError(client.enrichOrganization("acme.com"))).toMatchObject({ kind: "auth", status: 401 });
    const bearerOnly: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      headers.delete("x-api-key");
      headers.set("authorization", "Bearer sandbox-key");
      return fetch(input, { ...init, headers });
    };
    const bearer = createApolloClient({ baseUrl: sandbox!.apolloUrl, apiKey: "sandbox-key", fetch: bearerOnly });
    const error = await providerError(bearer.enrichOrganization("acme.com"));
    expect(error).toMatchObject({ kind: "auth", status: 401 });
    expect(error.message).toContain("Invalid access token");
  });

  it("422 from the provider is invalid_input with its message, not retried", async () => {
    const { client, waits } = await setup({ failures: [{ provider: "apollo", fault: "invalid", message: "domain is malformed" }] });
    const error = await providerError(client.bulkMatchPeople(people(2)));
    expect(error).toMatchObject({ kind: "invalid_input", status: 422, attempts: 1 });
    expect(error.message).toContain("domain is malformed");
    expect(waits).toEqual([]);
  });

  it("403 is forbidden", async () => {
    const { client } = await setup({ failures: [{ provider: "apollo", fault: "forbidden" }] });
    expect(await providerError(client.enrichOrganization("acme.com"))).toMatchObject({ kind: "forbidden", status: 403 });
  });

  it("429 waits the retry-after seconds, then succeeds", async () => {
    const { client, waits } = await setup({ failures: [{ provider: "apollo", fault: "rate_limited", retryAfter: 7 }] });
    const result = await client.bulkMatchPeople(people(3));
    expect(waits).toEqual([7_000]);
    expect(result.call.attempts).toBe(2);
  });

  it("429 with an HTTP-date retry-after waits until that date", async () => {
    const now = Date.parse("2026-11-28T07:00:00Z");
    const { client, waits } = await setup({ failures: [{ provider: "apollo", fault: "rate_limited", retryAfter: "Sat, 28 Nov 2026 07:00:12 GMT" }] }, { now: () => now });
    await client.enrichOrganization("acme.com");
    expect(waits).toEqual([12_000]);
  });

  it("a retry-after longer than the cap fails at once as rate_limited with retryAfterMs", async () => {
    const { client, waits } = await setup({ failures: [{ provider: "apollo", fault: "rate_limited", retryAfter: 3_600 }] }, { maxRetryAfterMs: 60_000 });
    const error = await providerError(client.bulkMatchPeople(people(1)));
    expect(error).toMatchObject({ kind: "rate_limited", status: 429, attempts: 1, retryAfterMs: 3_600_000 });
    expect(waits).toEqual([]);
  });

  it("the fake's own fixed windows run out (bulk at 1/10) and the client waits for the window", async () => {
    let t = Date.parse("2026-11-28T07:00:10Z");
    const { client, waits } = await setup({ apolloLimits: { minute: 20, hourly: 1_000, daily: 10_000 }, now: () => t }, { maxAttempts: 2 });
    const first = await client.bulkMatchPeople(people(1));
    expect(first.call.rateLimit).toMatchObject({ minuteLimit: 2, minuteRemaining: 1 });
    const second = await client.bulkMatchPeople(people(1));
    expect(second.call.rateLimit?.minuteRemaining).toBe(0);
    const third = client.bulkMatchPeople(people(1));
    const error = await providerError(third);
    expect(error).toMatchObject({ kind: "rate_limited", status: 429, attempts: 2 });
    expect(error.message).toContain("is 2 times per minute");
    expect(waits).toEqual([50_000]);
    t += 60_000;
    expect((await client.bulkMatchPeople(people(1))).call.rateLimit?.minuteRemaining).toBe(1);
  });

  it("5xx is retried with exponential backoff, then succeeds", async () => {
    const { client, waits } = await setup({ failures: [{ provider: "apollo", fault: "server_error", status: 503, times: 2 }] }, { backoff: { baseMs: 100, maxMs: 1_000 } });
    const result = await client.bulkMatchPeople(people(2));
    expect(result.call.attempts).toBe(3);
    expect(waits).toEqual([75, 150]);
  });

  it("5xx on every attempt ends as server error with the attempt count", async () => {
    const { client, waits, sandbox } = await setup({ failures: [{ provider: "apollo", fault: "server_error", times: 10 }] }, { maxAttempts: 3 });
    const error = await providerError(client.bulkMatchPeople(people(2)));
    expect(error).toMatchObject({ kind: "server", status: 500, attempts: 3 });
    expect(waits).toHaveLength(2);
    expect(sandbox.calls().apolloPeople).toEqual({});
  });

  it("a slow answer times out, is retried, and ends as timeout", async () => {
    const { client, waits } = await setup({ failures: [{ provider: "apollo", fault: "slow", delayMs: 30_000, times: 2 }] }, { timeoutMs: 300, maxAttempts: 2 });
    const error = await providerError(client.enrichOrganization("acme.com"));
    expect(error).toMatchObject({ kind: "timeout", attempts: 2 });
    expect(error.status).toBeUndefined();
    expect(waits).toHaveLength(1);
  });

  it("a slow answer once, then a normal one, succeeds on the retry", async () => {
    const { client } = await setup({ failures: [{ provider: "apollo", fault: "slow", delayMs: 30_000 }] }, { timeoutMs: 2_000 });
    const result = await client.enrichOrganization("acme.com");
    expect(result.call.attempts).toBe(2);
  });

  it("a call the client gave up on was still done (and counted) by the provider", async () => {
    const { client, sandbox } = await setup({ failures: [{ provider: "apollo", fault: "slow", delayMs: 400 }] }, { timeoutMs: 100, maxAttempts: 1 });
    const details = people(2);
    expect(await providerError(client.bulkMatchPeople(details))).toMatchObject({ kind: "timeout", attempts: 1 });
    while (!sandbox.calls().apolloPeople[apolloQueryKey(details[0]!)]) await new Promise((r) => setTimeout(r, 20));
    expect(sandbox.calls().apolloPeople[apolloQueryKey(details[1]!)]).toBe(1);
  });

  it("a dropped connection is a network error, retried", async () => {
    const { client } = await setup({ failures: [{ provider: "apollo", fault: "drop" }] });
    expect((await client.bulkMatchPeople(people(1))).call.attempts).toBe(2);
  });

  it.each(["truncated", "shape"] as const)("a malformed (%s) body is malformed, not retried", async (variant) => {
    const { client, waits } = await setup({ failures: [{ provider: "apollo", fault: "malformed", variant }] });
    const error = await providerError(client.bulkMatchPeople(people(2)));
    expect(error).toMatchObject({ kind: "malformed", status: 200, attempts: 1 });
    expect(waits).toEqual([]);
  });

  it("a matches list that does not line up with the details is malformed", async () => {
    const { sandbox: sb } = await setup();
    const shortFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const body = (await response.json()) as { matches: unknown[] };
      return new Response(JSON.stringify({ ...body, matches: body.matches.slice(1) }), { status: 200, headers: response.headers });
    };
    const client = createApolloClient({ baseUrl: sb.apolloUrl, apiKey: sb.apiKey, fetch: shortFetch });
    expect(await providerError(client.bulkMatchPeople(people(3)))).toMatchObject({ kind: "malformed" });
  });

  it("an unreachable base URL ends as network error", async () => {
    const { sandbox: sb, waits } = await setup();
    const url = sb.apolloUrl;
    await sb.close();
    sandbox = undefined;
    const client = createApolloClient({ baseUrl: url, apiKey: "k", sleep: async (ms) => void waits.push(ms), maxAttempts: 2 });
    expect(await providerError(client.enrichOrganization("acme.com"))).toMatchObject({ kind: "network", attempts: 2 });
  });
});

describe("normalizeDomain", () => {
  it.each([
    ["Acme.com", "acme.com"],
    ["https://www.acme.com/about?x=1", "acme.com"],
    ["info@acme.co.uk", "acme.co.uk"],
    ["acme.com:8080", "acme.com"],
  ])("%s → %s", (input, out) => {
    expect(normalizeDomain(input)).toBe(out);
  });
});
