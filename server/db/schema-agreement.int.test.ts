import pg from "pg";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/server/db/generated/prisma/client";
import { expectedUdtName, readPrismaSchema, type TSchemaModel } from "@/server/testing/prisma-schema";
import { useTestDatabase } from "@/server/testing/test-database";

/**
 * No schema engine can diff here, so this proves the committed migrations and schema.prisma
 * agree: same tables, columns, types, nullability and enum values, and every field of every
 * model round-trips through the generated client.
 */
const schema = readPrismaSchema();
const scalarFields = (model: TSchemaModel) => model.fields.filter((f) => !f.isRelation);

type Column = { table_name: string; column_name: string; udt_name: string; is_nullable: "YES" | "NO"; character_maximum_length: number | null; numeric_precision: number | null; numeric_scale: number | null; datetime_precision: number | null };

describe("migrated database agrees with schema.prisma", () => {
  const t = useTestDatabase();

  async function query<T extends pg.QueryResultRow>(text: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      return (await client.query<T>(text)).rows;
    } finally {
      await client.end();
    }
  }

  it("has exactly the tables and columns the schema declares, with matching types and nullability", async () => {
    const columns = await query<Column>(`SELECT table_name, column_name, udt_name, is_nullable, character_maximum_length, numeric_precision, numeric_scale, datetime_precision
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`);
    const tables = new Set(columns.map((c) => c.table_name));
    expect([...tables].sort()).toEqual(schema.models.map((m) => m.table).sort());

    for (const model of schema.models) {
      const actual = columns.filter((c) => c.table_name === model.table);
      const fields = scalarFields(model);
      expect(actual.map((c) => c.column_name).sort(), `${model.table} columns`).toEqual(fields.map((f) => f.column).sort());
      for (const field of fields) {
        const column = actual.find((c) => c.column_name === field.column)!;
        const where = `${model.name}.${field.name} (${model.table}.${field.column})`;
        expect(column.udt_name, `${where} type`).toBe(expectedUdtName(field, schema.enums));
        if (!field.list) expect(column.is_nullable, `${where} nullability`).toBe(field.optional ? "YES" : "NO");
        if (field.nativeType === "Char") expect(column.character_maximum_length, `${where} length`).toBe(field.nativeArgs[0]);
        if (field.nativeType === "Decimal") expect([column.numeric_precision, column.numeric_scale], `${where} precision`).toEqual(field.nativeArgs);
        if (field.nativeType === "Timestamptz") expect(column.datetime_precision, `${where} precision`).toBe(field.nativeArgs[0] ?? 6);
      }
    }
  });

  it("has the schema's enum types with the same values in the same order", async () => {
    const rows = await query<{ typname: string; labels: string[] }>(`SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`);
    const actual = Object.fromEntries(rows.map((r) => [r.typname, r.labels]));
    expect(actual).toEqual(Object.fromEntries(schema.enums.map((e) => [e.dbName, e.values])));
  });

  it("round-trips every field of every model through the generated client", async () => {
    const at = new Date("2026-01-02T03:04:05.678Z");
    const ids = {
      admin: "00000000-0000-4000-8000-000000000001", growth: "00000000-0000-4000-8000-000000000002",
      job: "00000000-0000-4000-8000-000000000003", raw: "00000000-0000-4000-8000-000000000004",
      card: "00000000-0000-4000-8000-000000000005", pool: "00000000-0000-4000-8000-000000000006",
      request: "00000000-0000-4000-8000-000000000007", batch: "00000000-0000-4000-8000-000000000008",
    };
    const hex = (c: string) => c.repeat(64);
    // Ordered by foreign-key dependency. Each fixture sets every scalar field (checked below).
    const fixtures: [string, Record<string, unknown>][] = [
      ["User", { id: ids.admin, email: "admin@example.com", name: "Admin", role: "ADMIN", passwordHash: "$2b$11$x", active: true, lastSignInAt: at, createdAt: at, updatedAt: at }],
      ["User", { id: ids.growth, email: "growth@example.com", name: null, role: "GROWTH", passwordHash: null, active: false, lastSignInAt: null, createdAt: at, updatedAt: at }],
      ["SignInAttempt", { id: 1n, email: "admin@example.com", ipAddress: "127.0.0.1", succeeded: false, attemptedAt: at }],
      ["ImportJob", { id: ids.job, platform: "x", formatOverride: "x_api_v2", detectedFormat: "x_api_v2", fileName: "users.json", storedPath: "/tmp/users.json", sha256: hex("a"), byteSize: 1234n, poolName: "Launch", status: "completed", actorId: ids.admin, readCount: 10, acceptedCount: 8, rejectedCount: 1, duplicateCount: 1, redactedCount: 2, newCount: 8, updatedCount: 0, unchangedCount: 0, suppressedCount: 0, bytesProcessed: 1234n, warnings: [{ code: "partial" }], options: { platform: "x" }, errorMessage: null, cancelRequestedAt: null, createdAt: at, startedAt: at, finishedAt: at }],
      ["ImportError", { id: 1n, jobId: ids.job, recordIndex: 3, line: 4, field: "username", code: "required", message: "username is required" }],
      ["ImportJobProgress", { jobId: ids.job, bytesProcessed: 617n, readCount: 5, updatedAt: at }],
      ["RawSocialProfile", { id: ids.raw, platform: "x", platformUserId: "1500000000000000001", handle: "maya_builds", displayName: "Maya R.", bio: "Bootstrapping [contact removed]", website: "https://mayabakes.example", location: "Leeds", followerCount: 812n, followingCount: 301n, postCount: 4410n, likeCount: 9n, verified: false, avatarUrl: "https://pbs.twimg.com/a.jpg", accountCreatedAt: at, hydrated: true, redactionCount: 1, contactRedacted: true, sourceRecord: { id: "1500000000000000001" }, sourceSha256: hex("b"), firstImportJobId: ids.job, lastImportJobId: ids.job, firstSeenAt: at, lastSeenAt: at, updatedAt: at, erasedAt: null, contentPurgedAt: null }],
      ["LeadCard", { id: ids.card, publicId: "lc_01", rawProfileId: ids.raw, platform: "x", handle: "maya_builds", displayName: "Maya R.", bio: "Bootstrapping", websiteDomain: "mayabakes.example", followerCount: 812n, hashtags: ["nocode"], language: "en", baseConfidence: new Prisma.Decimal("0.725"), industry: "software_saas", persona: "founder", tribe: "indie_hackers", secondaryTribes: ["developers"], label: "PARTNER", classificationConfidence: new Prisma.Decimal("0.800"), confidences: { persona: 0.8 }, explanation: [{ term: "bootstrapping" }], classifierVersion: "1.0.0", classifiedAt: at, correctedFields: ["label"], reviewState: "corrected", reviewedById: ids.growth, reviewedAt: at, enrichmentState: "none", lawfulBasis: "consent: opt-in form", lawfulBasisRecordedById: ids.admin, lawfulBasisRecordedAt: at, erasedAt: null, createdAt: at, updatedAt: at }],
      ["AudiencePool", { id: ids.pool, name: "AI builders", kind: "rule", description: "rule pool", rule: { tribe: "ai_builders" }, importJobId: ids.job, createdById: ids.admin, archivedAt: null, createdAt: at, updatedAt: at }],
      ["LeadCardPool", { poolId: ids.pool, leadCardId: ids.card, addedAt: at }],
      ["EnrichmentRequest", { id: ids.request, requesterId: ids.growth, approverId: ids.admin, status: "completed", reason: "partner outreach readiness", decisionReason: "ok", policySnapshot: { labels: ["PARTNER"] }, estimatedCredits: new Prisma.Decimal("9.00"), estimatedCost: new Prisma.Decimal("0.4500"), actualCredits: new Prisma.Decimal("1.00"), actualCost: new Prisma.Decimal("0.0500"), currency: "USD", createdAt: at, decidedAt: at, startedAt: at, finishedAt: at, leaseOwner: null, leaseExpiresAt: at, batchGroup: ids.pool, batchIndex: 1, batchCount: 2 }],
      ["EnrichmentItem", { id: "00000000-0000-4000-8000-000000000009", requestId: ids.request, leadCardId: ids.card, status: "matched", provider: "apollo", attempts: 1, credits: new Prisma.Decimal("1.00"), cost: new Prisma.Decimal("0.0500"), providerRef: "p1", skipReason: null, error: null, startedAt: at, finishedAt: at }],
      ["EnrichmentCall", { id: "00000000-0000-4000-8000-000000000010", itemId: "00000000-0000-4000-8000-000000000009", requestId: ids.request, provider: "apollo_people", status: "completed", outcome: "matched", attempts: 2, credits: new Prisma.Decimal("9.00"), cost: new Prisma.Decimal("0.2250"), providerRef: "p1", reason: null, context: { orgDomain: "mayabakes.example" }, completedAt: at }],
      ["Contact", { id: "00000000-0000-4000-8000-00000000000a", leadCardId: ids.card, requestId: ids.request, type: "phone", value: "+12065550143", subtype: "mobile", verificationStatus: "tested", dnc: true, tcpa: false, litigator: false, provider: "batchdata", providerRef: "r1", fetchedAt: at, createdAt: at }],
      ["Business", { id: "00000000-0000-4000-8000-00000000000b", leadCardId: ids.card, requestId: ids.request, name: "Maya Bakes", domain: "mayabakes.example", industry: "food & beverages", size: "11-50", employees: 12, location: "Leeds", provider: "apollo", providerRef: "o1", fetchedAt: at, createdAt: at }],
      ["AuditLog", { seq: 1n, occurredAt: at, actorType: "user", actorId: ids.admin, actorLabel: "admin@example.com", event: "enrichment_completed", targetType: "enrichment_request", targetId: ids.request, outcome: "success", metadata: { matched: 1 }, costCredits: new Prisma.Decimal("1.00"), costAmount: new Prisma.Decimal("0.0500"), costCurrency: "USD", requestId: "req-1", prevHash: hex("0"), hash: hex("c") }],
      ["AuditDigest", { id: 1n, headSeq: 1n, headHash: hex("c"), createdAt: at, prevDigestHash: null, digestHash: hex("d") }],
      ["HandoffBatch", { id: ids.batch, publicId: "hb_01", schemaVersion: "1.0.0", status: "ready", selection: { pool: "AI builders" }, recordCount: 1, sha256: hex("e"), files: [{ name: "records.jsonl" }], errorReport: null, createdById: ids.admin, createdAt: at, frozenAt: at }],
      ["HandoffBatchRecord", { batchId: ids.batch, position: 0, leadCardId: ids.card, lineOffset: 0n, lineBytes: 27, record: { schema_version: "1.0.0" } }],
      ["HandoffDelivery", { id: "00000000-0000-4000-8000-00000000000c", batchId: ids.batch, transport: "api_push", target: "https://crm.example/hook", attempt: 2, status: "failed", responseCode: 500, responseSummary: "server error", durationMs: 120, createdAt: at, finishedAt: at }],
      ["OutboxEvent", { id: "00000000-0000-4000-8000-00000000000d", type: "sxe.handoff.batch.emitted", aggregateType: "handoff_batch", aggregateId: ids.batch, payload: { specversion: "1.0" }, createdAt: at, availableAt: at, publishedAt: null, attempts: 0, lastError: null }],
      ["Setting", { key: "gate.policy", value: { labels: ["PARTNER"] }, version: 2, updatedById: ids.admin, updatedAt: at }],
      ["SettingVersion", { key: "gate.policy", version: 2, value: { labels: ["PARTNER"] }, changedById: ids.admin, changedAt: at }],
      ["ApiToken", { id: "00000000-0000-4000-8000-00000000000e", name: "CRM pull", platform: "crm", tokenHash: hex("f"), tokenPrefix: "sxe_abcd", scopes: ["handoff:read"], expiresAt: at, revokedAt: null, lastUsedAt: null, createdById: ids.admin, createdAt: at }],
      ["ErasureRequest", { id: "00000000-0000-4000-8000-000000000010", platform: "x", leadCardId: ids.card, leadCardPublicId: "lc_01", status: "completed", reason: "Art. 17 request", deleted: { contacts: 1 }, requestedById: ids.admin, requestedAt: at, completedAt: at }],
      ["Suppression", { id: "00000000-0000-4000-8000-00000000000f", platform: "tiktok", handleSha256: "a".repeat(64), platformUserIdSha256: null, reason: "erasure request", createdById: ids.admin, createdAt: at }],
    ];

    expect(new Set(fixtures.map(([model]) => model))).toEqual(new Set(schema.models.map((m) => m.name)));
    for (const [modelName, data] of fixtures) {
      const model = schema.models.find((m) => m.name === modelName)!;
      expect(Object.keys(data).sort(), `${modelName} fixture covers every field`).toEqual(scalarFields(model).map((f) => f.name).sort());
      const delegateName = modelName[0]!.toLowerCase() + modelName.slice(1);
      const delegate = (t.db as unknown as Record<string, { create(a: unknown): Promise<Record<string, unknown>> }>)[delegateName]!;
      const created = await delegate.create({ data });
      expect(normalize(created), `${modelName} round-trip`).toEqual(normalize(data));
    }
  });
});

function normalize(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, Prisma.Decimal.isDecimal(v) ? (v as Prisma.Decimal).toString() : v instanceof Date ? v.toISOString() : v]),
  );
}
