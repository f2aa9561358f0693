import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { batchManifestSchemaV1, leadRecordSchemaV1 } from "@/server/domain/handoff/schema-registry";
import { seedHandoffCards } from "@/server/services/handoff/__fixtures__/seed-handoff-cards";
import { createApiToken } from "@/server/services/handoff/api-tokens";
import { createHandoffBatch } from "@/server/services/handoff/create-handoff-batch";
import { freezeHandoffBatch } from "@/server/services/handoff/freeze-handoff-batch";
import { useTestDatabase } from "@/server/testing/test-database";

/**
 * The published OpenAPI document (public/schemas/openapi/handoff-v1.json) against the live route
 * handlers under app/api/handoff/v1: every documented operation exists and answers with its
 * documented statuses and content types (bodies validated against the documented schemas), and
 * no route exists there that the document does not describe.
 */

const root = path.resolve(import.meta.dirname, "../../..");
const apiDir = path.join(root, "app/api/handoff/v1");
const methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

type TOperation = { parameters?: { $ref?: string; name?: string; in?: string }[]; responses: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown }> }> };
type TDoc = { paths: Record<string, Record<string, TOperation>>; components: { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> } };
type THandler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function routeFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await routeFiles(full)));
    else if (entry.name === "route.ts") out.push(full);
  }
  return out;
}

/** app/api/handoff/v1/batches/[id]/records/route.ts → /api/handoff/v1/batches/{id}/records */
const toTemplate = (file: string) => `/${path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/")}`;

describe("handoff pull API ⇄ OpenAPI 3.1 document", () => {
  const t = useTestDatabase();
  let doc: TDoc;
  const live = new Map<string, Record<string, THandler>>();
  let dataDir = "";
  let token = "";
  let batchesOnlyToken = "";
  let batchId = "";
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);

  beforeAll(async () => {
    process.env.DATABASE_URL = t.url;
    doc = JSON.parse(await readFile(path.join(root, "public/schemas/openapi/handoff-v1.json"), "utf8")) as TDoc;
    ajv.addSchema(batchManifestSchemaV1).addSchema(leadRecordSchemaV1).addSchema(doc as object, "openapi");
    for (const file of await routeFiles(apiDir)) live.set(toTemplate(file), (await import(file)) as Record<string, THandler>);

    dataDir = await mkdtemp(path.join(tmpdir(), "sxe-openapi-"));
    const { admin, pool } = await seedHandoffCards(t.db, [{ handle: "api_a", label: "USER" }, { handle: "api_b", label: "AFFILIATE" }, { handle: "api_c", label: "PARTNER" }]);
    const created = await createHandoffBatch(t.db, { selection: { poolId: pool.id }, userId: admin.id });
    await freezeHandoffBatch(t.db, t.url, created.id, { dataDir });
    batchId = created.publicId;
    const actor = { type: "user" as const, id: admin.id };
    token = (await createApiToken(t.db, { name: "all", platform: "dialer", scopes: ["batches:read", "records:read"] }, { userId: admin.id, actor })).token;
    batchesOnlyToken = (await createApiToken(t.db, { name: "batches only", platform: "crm", scopes: ["batches:read"] }, { userId: admin.id, actor })).token;
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  const operations = () => Object.entries(doc.paths).flatMap(([p, ops]) => Object.entries(ops).map(([method, op]) => ({ path: p, method: method.toUpperCase(), op })));

  function responseSpec(op: TOperation, status: number) {
    const spec = op.responses[String(status)];
    if (!spec) return undefined;
    return spec.$ref ? doc.components.responses[spec.$ref.split("/").pop()!] : spec;
  }

  async function call(template: string, method: string, opts: { bearer?: string; id?: string; query?: string } = {}) {
    const handler = live.get(template)?.[method];
    if (!handler) throw new Error(`no handler for ${method} ${template}`);
    const id = opts.id ?? batchId;
    const url = `http://sxe.test${template.replace("{id}", id)}${opts.query ?? ""}`;
    const headers = opts.bearer ? { authorization: `Bearer ${opts.bearer}` } : undefined;
    return handler(new Request(url, { method, headers }), { params: Promise.resolve({ id }) });
  }

  async function expectDocumented(op: TOperation, response: Response, status: number) {
    expect(response.status).toBe(status);
    const spec = responseSpec(op, status);
    expect(spec, `status ${status} is documented`).toBeDefined();
    const [mediaType, media] = Object.entries(spec!.content ?? {})[0] ?? [];
    const contentType = response.headers.get("content-type") ?? "";
    expect(contentType.split(";")[0]).toBe(mediaType);
    const body = await response.text();
    if (mediaType === "application/json" && media?.schema) {
      // The document's local refs resolve against the document, added to ajv as "openapi".
      const validate = ajv.compile(JSON.parse(JSON.stringify(media.schema).replaceAll('"#/components/', '"openapi#/components/')) as object);
      const ok = validate(JSON.parse(body));
      expect(validate.errors ?? [], body).toEqual([]);
      expect(ok).toBe(true);
    }
    return body;
  }

  it("documents exactly the routes that exist under /api/handoff/v1, method by method", () => {
    const implemented = [...live].flatMap(([p, mod]) => methods.filter((m) => typeof mod[m] === "function").map((m) => `${m} ${p}`)).sort();
    const documented = operations().map((o) => `${o.method} ${o.path}`).sort();
    expect(implemented).toEqual(documented);
    expect(documented.length).toBeGreaterThanOrEqual(3);
  });

  it("every documented operation answers 200 with its content type and schema, and 401 without a token", async () => {
    for (const { path: template, method, op } of operations()) {
      const ok = await expectDocumented(op, await call(template, method, { bearer: token }), 200);
      if (template.endsWith("/records")) {
        const records = ok.trim().split("\n").map((line) => JSON.parse(line));
        expect(records).toHaveLength(3);
        for (const record of records) expect(ajv.validate("/schemas/lead-record/v1.json", record), JSON.stringify(ajv.errors)).toBe(true);
      }
      const anonymous = await call(template, method);
      await expectDocumented(op, anonymous, 401);
      expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
      await expectDocumented(op, await call(template, method, { bearer: "sxe_pat_not-a-real-token" }), 401);
    }
  });

  it("answers the other documented statuses: 403 without the scope, 404 for an unknown batch, 400 for a bad limit", async () => {
    for (const { path: template, method, op } of operations()) {
      if (op.responses["404"]) await expectDocumented(op, await call(template, method, { bearer: token, id: "hb_doesnotexist0000" }), 404);
      if (op.responses["400"]) await expectDocumented(op, await call(template, method, { bearer: token, query: "?limit=0" }), 400);
    }
    const records = operations().find((o) => o.path.endsWith("/records"))!;
    await expectDocumented(records.op, await call(records.path, "GET", { bearer: batchesOnlyToken }), 403);
  });

  it("pages records with the documented cursor header until the last page", async () => {
    const seen: string[] = [];
    let query = "?limit=2";
    for (let page = 0; page < 5; page++) {
      const response = await call("/api/handoff/v1/batches/{id}/records", "GET", { bearer: token, query });
      expect(response.status).toBe(200);
      seen.push(...(await response.text()).trim().split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { lead_id: string }).lead_id));
      const next = response.headers.get("x-next-cursor");
      if (!next) break;
      expect(response.headers.get("link")).toContain('rel="next"');
      query = `?limit=2&cursor=${next}`;
    }
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    const pulls = await t.db.handoffDelivery.findMany({ where: { transport: "api_pull" } });
    expect(pulls.length).toBeGreaterThan(0);
    expect(pulls.every((p) => p.status === "succeeded" && p.target === "dialer")).toBe(true);
  });

  it("answers 409 when the batch's JSONL file is gone from the server (records are read from it)", async () => {
    const records = operations().find((o) => o.path.endsWith("/records"))!;
    const jsonl = path.join(dataDir, "handoff", batchId, `${batchId}.jsonl`);
    const kept = await readFile(jsonl);
    await rm(jsonl);
    try {
      const body = await expectDocumented(records.op, await call(records.path, "GET", { bearer: token }), 409);
      expect(JSON.parse(body).error).toMatch(/JSONL file is no longer on the server/);
    } finally {
      await writeFile(jsonl, kept);
    }
  });
});
