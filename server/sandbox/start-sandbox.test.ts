import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startSandbox, type TSandbox, type TSandboxOptions } from "./start-sandbox";

const open: TSandbox[] = [];
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function sandbox(options: TSandboxOptions = {}) {
  const s = await startSandbox(options);
  open.push(s);
  return s;
}

/** A local webhook receiver that records the JSON bodies it gets. */
async function webhookReceiver() {
  const bodies: unknown[] = [];
  let notify = () => {};
  const server = createServer((req, res) => {
    let text = "";
    req.on("data", (c: Buffer) => (text += c.toString()));
    req.on("end", () => {
      bodies.push(JSON.parse(text));
      res.end("ok");
      notify();
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  const received = (n: number) =>
    new Promise<void>((resolve) => {
      notify = () => bodies.length >= n && resolve();
      notify();
    });
  return { url, bodies, received };
}

const post = (url: string, body: unknown, headers: Record<string, string>) => fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
const apolloKey = { "x-api-key": "sandbox-key" };
const bearer = { authorization: "Bearer sandbox-key" };
const details = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Pat Example${i}`, organization_name: `Shop ${i}` }));
const traceRequests = (n: number) => Array.from({ length: n }, (_, i) => ({ requestId: `r${i}`, name: { first: "Pat", last: `Owner${i}` }, propertyAddress: { street: `${i} Example Ave`, zip: "98101" } }));

describe("fake Apollo", () => {
  it("checks x-api-key: missing, Bearer-only and wrong keys are 401 with varying bodies", async () => {
    const s = await sandbox();
    const missing = await post(`${s.apolloUrl}/people/bulk_match`, { details: details(1) }, {});
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ error_code: "MISSING_API_KEY" });
    const bearerOnly = await post(`${s.apolloUrl}/people/bulk_match`, { details: details(1) }, bearer);
    expect(bearerOnly.status).toBe(401);
    expect(await bearerOnly.json()).toMatchObject({ error_code: "INVALID_ACCESS_TOKEN" });
    const wrong = await post(`${s.apolloUrl}/people/bulk_match`, { details: details(1) }, { "x-api-key": "nope" });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toBe("Invalid access credentials.");
    expect(s.calls().apolloPeople).toEqual({});
  });

  it("answers 422 for more than 10 details (and for none), and counts nothing", async () => {
    const s = await sandbox();
    const tooMany = await post(`${s.apolloUrl}/people/bulk_match`, { details: details(11) }, apolloKey);
    expect(tooMany.status).toBe(422);
    expect(((await tooMany.json()) as { message: string }).message).toContain("at most 10");
    expect((await post(`${s.apolloUrl}/people/bulk_match`, { details: [] }, apolloKey)).status).toBe(422);
    expect(s.calls().apolloPeople).toEqual({});
  });

  it("returns the documented bulk shape with credits of 1 per match and rate-limit headers at 1/10", async () => {
    const s = await sandbox({ apolloLimits: { minute: 50, hourly: 200, daily: 2_000 } });
    const response = await post(`${s.apolloUrl}/people/bulk_match`, { details: details(10) }, apolloKey);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-rate-limit-minute")).toBe("5");
    expect(response.headers.get("x-minute-usage")).toBe("1");
    expect(response.headers.get("x-minute-requests-left")).toBe("4");
    expect(response.headers.get("x-rate-limit-hourly")).toBe("20");
    expect(response.headers.get("x-daily-requests-left")).toBe("199");
    const body = (await response.json()) as { matches: unknown[]; credits_consumed: number; missing_records: number; total_requested_enrichments: number; status: string };
    const hits = body.matches.filter(Boolean).length;
    expect(body).toMatchObject({ status: "success", total_requested_enrichments: 10, missing_records: 10 - hits, credits_consumed: hits });
    const single = await post(`${s.apolloUrl}/people/match`, details(1)[0], apolloKey);
    expect(single.headers.get("x-rate-limit-minute")).toBe("50");
  });

  it("refuses reveal_phone_number without webhook_url; with one, delivers phones twice and charges 8 more per mobile", async () => {
    const s = await sandbox({ webhookDelayMs: 10 });
    const noHook = await post(`${s.apolloUrl}/people/bulk_match`, { details: details(2), reveal_phone_number: true }, apolloKey);
    expect(noHook.status).toBe(422);
    expect(await noHook.text()).toContain("webhook_url");

    const hook = await webhookReceiver();
    const many = Array.from({ length: 10 }, (_, i) => ({ first_name: "Alex", last_name: `Mobile${i}`, domain: "example-shop.com" }));
    const response = await post(`${s.apolloUrl}/people/bulk_match`, { details: many, reveal_phone_number: true, webhook_url: hook.url }, apolloKey);
    const body = (await response.json()) as { matches: ({ id: string; phone_numbers?: unknown } | null)[]; credits_consumed: number };
    const hits = body.matches.filter((m) => m !== null);
    expect(hits.every((m) => m.phone_numbers === undefined)).toBe(true);
    await hook.received(2);
    expect(hook.bodies[0]).toEqual(hook.bodies[1]);
    const delivered = (hook.bodies[0] as { people: { id: string; phone_numbers: { type: string; sanitized_number: string }[] }[] }).people;
    expect(delivered.map((p) => p.id).sort()).toEqual(hits.map((m) => m.id).sort());
    const mobiles = delivered.filter((p) => p.phone_numbers.some((n) => n.type === "mobile")).length;
    expect(body.credits_consumed).toBe(hits.length + 8 * mobiles);
    expect(delivered.flatMap((p) => p.phone_numbers).every((n) => /^\+1\d{3}55501\d{2}$/.test(n.sanitized_number))).toBe(true);
  });

  it("usage stats need a master key (403 API_INACCESSIBLE otherwise)", async () => {
    const s = await sandbox({ restrictedApiKey: "restricted" });
    const denied = await post(`${s.apolloUrl}/usage_stats/api_usage_stats`, {}, { "x-api-key": "restricted" });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({ error_code: "API_INACCESSIBLE" });
    expect((await post(`${s.apolloUrl}/people/bulk_match`, { details: details(1) }, { "x-api-key": "restricted" })).status).toBe(200);
    const stats = await post(`${s.apolloUrl}/usage_stats/api_usage_stats`, {}, apolloKey);
    expect(stats.status).toBe(200);
    expect((await stats.json()) as object).toMatchObject({ '["api/v1/people","bulk_match"]': { minute: { consumed: 1 } } });
  });

  it("is deterministic for a seed", async () => {
    const [a, b, c] = await Promise.all([sandbox({ seed: 7 }), sandbox({ seed: 7 }), sandbox({ seed: 8 })]);
    const run = async (s: TSandbox) => (await (await post(`${s.apolloUrl}/people/bulk_match`, { details: details(10) }, apolloKey)).json()) as unknown;
    const [ra, rb, rc] = await Promise.all([run(a!), run(b!), run(c!)]);
    expect(ra).toEqual(rb);
    expect(ra).not.toEqual(rc);
  });
});

describe("fake BatchData", () => {
  it("checks Bearer auth", async () => {
    const s = await sandbox();
    expect((await post(`${s.batchDataUrl}/v1/property/skip-trace`, { requests: traceRequests(1) }, {})).status).toBe(401);
    expect((await post(`${s.batchDataUrl}/v1/property/skip-trace`, { requests: traceRequests(1) }, apolloKey)).status).toBe(401);
    expect((await post(`${s.batchDataUrl}/v1/property/skip-trace`, { requests: traceRequests(1) }, { authorization: "Bearer other" })).status).toBe(401);
  });

  it("V1 drops TCPA-flagged phones unless includeTCPABlacklistedPhones is true", async () => {
    const s = await sandbox();
    type TBody = { results: { persons: { phoneNumbers: { tcpa: boolean }[]; meta: { matched: boolean } }[]; meta: { results: { matchCount: number; requestCount: number } } } };
    const run = async (options: object) => (await (await post(`${s.batchDataUrl}/v1/property/skip-trace`, { requests: traceRequests(60), options }, bearer)).json()) as TBody;
    const withFlagged = await run({ includeTCPABlacklistedPhones: true });
    const byDefault = await run({});
    const phones = (b: TBody) => b.results.persons.flatMap((p) => p.phoneNumbers);
    expect(phones(withFlagged).some((p) => p.tcpa)).toBe(true);
    expect(phones(byDefault).some((p) => p.tcpa)).toBe(false);
    expect(phones(byDefault).length).toBe(phones(withFlagged).filter((p) => !p.tcpa).length);
    expect(withFlagged.results.meta.results.requestCount).toBe(60);
    expect(withFlagged.results.meta.results.matchCount).toBe(withFlagged.results.persons.filter((p) => p.meta.matched).length);
    expect(s.calls().batchData.r0).toBe(2);
  });

  it("answers 400 for a bad address or too many requests, naming the index and not the value", async () => {
    const s = await sandbox();
    const bad = traceRequests(3);
    bad[2] = { ...bad[2]!, propertyAddress: { street: "9 Example Ave", zip: "" } };
    const response = await post(`${s.batchDataUrl}/v1/property/skip-trace`, { requests: bad }, bearer);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain("requests[2].propertyAddress needs a zip");
    expect((await post(`${s.batchDataUrl}/v1/property/skip-trace`, { requests: traceRequests(101) }, bearer)).status).toBe(400);
    expect(s.calls().batchData).toEqual({});
  });

  it("V3 returns per-request data with ranked phones, TCPA numbers included by default", async () => {
    const s = await sandbox();
    const response = await post(`${s.batchDataUrl}/v3/property/skip-trace`, { requests: traceRequests(40) }, bearer);
    const body = (await response.json()) as { result: { data: { meta: { matched: boolean }; persons: { phones: { rank: number; tcpa: boolean }[] }[] }[] } };
    expect(body.result.data).toHaveLength(40);
    const phones = body.result.data.flatMap((d) => d.persons.flatMap((p) => p.phones));
    expect(phones.some((p) => p.tcpa)).toBe(true);
    expect(phones[0]?.rank).toBe(1);
  });

  it("async answers a 26-character requestId at once and posts the results to the webhook", async () => {
    const s = await sandbox({ webhookDelayMs: 10 });
    expect((await post(`${s.batchDataUrl}/v1/property/skip-trace/async`, { requests: traceRequests(2), options: {} }, bearer)).status).toBe(400);
    const hook = await webhookReceiver();
    const response = await post(`${s.batchDataUrl}/v1/property/skip-trace/async`, { requests: traceRequests(2), options: { webhookUrl: hook.url } }, bearer);
    const { requestId } = (await response.json()) as { requestId: string };
    expect(requestId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    await hook.received(1);
    expect(hook.bodies[0]).toMatchObject({ results: { meta: { requestId, results: { requestCount: 2 } } } });
  });
});

describe("sandbox lifecycle", () => {
  it("closes while a slow answer is pending", async () => {
    const s = await startSandbox({ failures: [{ fault: "slow", delayMs: 60_000 }] });
    const pending = fetch(`${s.apolloUrl}/organizations/enrich?domain=acme.com`, { headers: apolloKey }).then(
      (r) => r.status,
      () => "closed",
    );
    while (!s.requests()["apollo/organizations/enrich"]) await new Promise((r) => setImmediate(r));
    await s.close();
    expect(await pending).toBe("closed");
  });

  it("a fault rule can target one provider and endpoint and is used up", async () => {
    const s = await sandbox({ failures: [{ provider: "apollo", endpoint: "organizations/enrich", fault: "server_error", status: 503, times: 2 }] });
    expect((await post(`${s.apolloUrl}/people/bulk_match`, { details: details(1) }, apolloKey)).status).toBe(200);
    expect((await post(`${s.batchDataUrl}/v1/property/skip-trace`, { requests: traceRequests(1) }, bearer)).status).toBe(200);
    const org = () => fetch(`${s.apolloUrl}/organizations/enrich?domain=acme.com`, { headers: apolloKey }).then((r) => r.status);
    expect([await org(), await org(), await org()]).toEqual([503, 503, 200]);
  });
});
