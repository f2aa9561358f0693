/**
 * Contract test: this file plays an execution platform. It imports nothing from the project —
 * only @playwright/test, ajv and amqplib — and knows the product only by its published contract:
 * the JSON Schemas served under /schemas, the pull API and the CloudEvents on RabbitMQ. Data is
 * prepared by ./support/handoff-setup (the project's services), which is setup, not the contract.
 */
import { randomBytes } from "node:crypto";
import { expect, test, type APIResponse } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020.js";
import amqp from "amqplib";
import { createPlatformToken, emitBatchAndRelay, revokePlatformToken, seedHandoffPool } from "./support/handoff-setup";

const AMQP_URL = process.env.SXE_E2E_AMQP_URL ?? "amqp://guest:guest@127.0.0.1:5672";
const run = randomBytes(3).toString("hex");

/** A schema validator with the formats the schemas use (date-time, uri, uuid), built from ajv alone. */
function platformAjv() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat("date-time", { type: "string", validate: (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)) });
  ajv.addFormat("uri", { type: "string", validate: (s: string) => URL.canParse(s) && /^[a-z][a-z0-9+.-]*:/i.test(s) });
  ajv.addFormat("uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  return ajv;
}

// Setup, pull, queue and revocation in one journey: more than the default 30 s on a shared machine.
test.describe.configure({ timeout: 180_000 });

type TEnvelope = { specversion: string; id: string; source: string; type: string; subject: string; time: string; datacontenttype: string; dataschema?: string; data: Record<string, unknown> };

test("an execution platform fetches the schemas, pulls a batch with its token, consumes the queue events and validates every record", async ({ request, baseURL }) => {
  // 1. The published contract, over HTTP.
  const schemas: Record<string, Record<string, unknown>> = {};
  for (const p of ["/schemas/lead-record/v1.json", "/schemas/batch-manifest/v1.json", "/schemas/openapi/handoff-v1.json"]) {
    const response = await request.get(p);
    expect(response.status(), p).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    schemas[p] = (await response.json()) as Record<string, unknown>;
  }
  expect(schemas["/schemas/lead-record/v1.json"]).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema", $id: "/schemas/lead-record/v1.json", additionalProperties: false });
  expect(schemas["/schemas/openapi/handoff-v1.json"]).toMatchObject({ openapi: "3.1.0" });
  const ajv = platformAjv();
  const validateRecord = ajv.compile(schemas["/schemas/lead-record/v1.json"]!);
  const validateManifest = ajv.compile(schemas["/schemas/batch-manifest/v1.json"]!);

  // 2. The platform's own queue, bound to the product's exchange before anything is published.
  const exchange = `sxe.e2e.${run}`;
  const connection = await amqp.connect(AMQP_URL);
  const channel = await connection.createChannel();
  const events: TEnvelope[] = [];
  try {
    await channel.assertExchange(exchange, "topic", { durable: true });
    const { queue } = await channel.assertQueue(`platform.${run}`, { exclusive: true });
    await channel.bindQueue(queue, exchange, "com.sxe.#");
    await channel.consume(queue, (msg) => {
      if (!msg) return;
      expect(msg.properties.contentType).toBe("application/cloudevents+json");
      const event = JSON.parse(msg.content.toString()) as TEnvelope;
      if (!events.some((e) => e.id === event.id)) events.push(event); // deduplicate on the event id (at-least-once)
      channel.ack(msg);
    });

    // 3. Setup: a pool of execution-ready cards, a token for this platform, a frozen batch relayed to the broker.
    const { poolName, handles } = await seedHandoffPool(run);
    const { id: tokenId, token } = await createPlatformToken(`platform-${run}`);
    const batchId = await emitBatchAndRelay(poolName, { url: AMQP_URL, exchange, baseUrl: baseURL! });
    const auth = { authorization: `Bearer ${token}` };

    // 4. Pull: the batch is listed, its manifest validates, its records page through with the cursor.
    const list = await request.get("/api/handoff/v1/batches?limit=100", { headers: auth });
    expect(list.status()).toBe(200);
    const listed = ((await list.json()) as { data: { id: string; record_count: number; schema_version: string }[] }).data.find((b) => b.id === batchId);
    expect(listed).toMatchObject({ record_count: handles.length, schema_version: expect.stringMatching(/^1\./) });
    const manifestResponse = await request.get(`/api/handoff/v1/batches/${batchId}`, { headers: auth });
    expect(manifestResponse.status()).toBe(200);
    const manifest = (await manifestResponse.json()) as { record_count: number; batch_id: string };
    expect(validateManifest(manifest), JSON.stringify(validateManifest.errors)).toBe(true);

    const records: Record<string, unknown>[] = [];
    let next: string | undefined = `/api/handoff/v1/batches/${batchId}/records?limit=2`;
    while (next) {
      const page: APIResponse = await request.get(next, { headers: auth });
      expect(page.status()).toBe(200);
      expect(page.headers()["content-type"]).toContain("application/x-ndjson");
      records.push(...(await page.text()).split("\n").filter(Boolean).map((line: string) => JSON.parse(line) as Record<string, unknown>));
      const cursor: string | undefined = page.headers()["x-next-cursor"];
      next = cursor ? `/api/handoff/v1/batches/${batchId}/records?limit=2&cursor=${encodeURIComponent(cursor)}` : undefined;
    }
    expect(records).toHaveLength(manifest.record_count);
    for (const record of records) expect(validateRecord(record), JSON.stringify(validateRecord.errors)).toBe(true);
    expect(records.map((r) => r.handle).sort()).toEqual([...handles].sort());
    expect(records.every((r) => r.batch_id === batchId && typeof r.schema_version === "string")).toBe(true);
    const withContacts = records.find((r) => (r.enrichment as { contacts: unknown[] }).contacts.length > 0) as { enrichment: { contacts: { type: string; dnc: boolean }[] } };
    expect(withContacts.enrichment.contacts.map((c) => [c.type, c.dnc])).toEqual([["email", false]]); // the DNC-flagged phone never left

    // 5. Queue: the batch's CloudEvent arrived, well-formed, with data that satisfies its dataschema.
    await expect.poll(() => events.some((e) => e.subject === batchId), { timeout: 15_000 }).toBe(true);
    const event = events.find((e) => e.subject === batchId)!;
    expect(event).toMatchObject({ specversion: "1.0", type: "com.sxe.handoff.batch.emitted.v1", datacontenttype: "application/json", source: expect.any(String) });
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(event.time).toISOString()).toBe(event.time);
    expect(event.dataschema).toBe(new URL("/schemas/batch-manifest/v1.json", baseURL).toString());
    expect(validateManifest(event.data), JSON.stringify(validateManifest.errors)).toBe(true);
    expect(event.data).toMatchObject({ batch_id: batchId, record_count: records.length });

    // 6. A revoked token is refused.
    await revokePlatformToken(tokenId);
    const refused = await request.get("/api/handoff/v1/batches", { headers: auth });
    expect(refused.status()).toBe(401);
    expect(refused.headers()["www-authenticate"]).toContain("Bearer");
  } finally {
    await channel.deleteExchange(exchange).catch(() => {});
    await connection.close().catch(() => {});
  }
});
