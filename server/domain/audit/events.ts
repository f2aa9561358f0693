import { z } from "zod";

/**
 * Every auditable event, as one zod discriminated union on `event`. Metadata holds ids, counts,
 * slugs and reasons only: never bios, contact values or secrets (the database refuses contact
 * data in audit metadata too). New stages add their events here.
 */

const ZId = z.string().min(1).max(200);
const ZReason = z.string().trim().min(1).max(2000);
const ZCount = z.number().int().nonnegative();

export const ZAuditActor = z.discriminatedUnion("type", [
  z.object({ type: z.literal("user"), id: z.uuid(), label: z.string().max(320).optional() }),
  z.object({ type: z.literal("system"), id: z.string().min(1).max(100), label: z.string().max(320).optional() }),
  z.object({ type: z.literal("cli"), id: z.string().min(1).max(100), label: z.string().max(320).optional() }),
  z.object({ type: z.literal("api_token"), id: z.uuid(), label: z.string().max(320).optional() }),
]);
export type TAuditActor = z.infer<typeof ZAuditActor>;

export const ZAuditOutcome = z.enum(["success", "failure", "denied"]);
export type TAuditOutcome = z.infer<typeof ZAuditOutcome>;

const ZTarget = z.object({ type: z.string().min(1).max(50), id: ZId });

export const ZAuditCost = z.object({
  credits: z.number().nonnegative().max(1e10).optional(),
  amount: z.number().nonnegative().max(1e8).optional(),
  currency: z.string().length(3).toUpperCase().default("USD"),
});

const base = {
  actor: ZAuditActor,
  outcome: ZAuditOutcome.default("success"),
  target: ZTarget.optional(),
  cost: ZAuditCost.optional(),
  requestId: z.string().max(100).optional(),
};

function event<const E extends string, M extends z.ZodRawShape>(name: E, metadata: M) {
  return z.object({ event: z.literal(name), ...base, metadata: z.object(metadata).strict() });
}

const ZRole = z.enum(["ADMIN", "GROWTH", "COMPLIANCE"]);
const ZLabel = z.enum(["USER", "PARTNER", "AFFILIATE", "FEEDBACK"]);
const ZTags = z.object({
  industry: z.string().max(80).optional(),
  persona: z.string().max(80).optional(),
  tribe: z.string().max(80).optional(),
  label: ZLabel.nullable().optional(),
});

export const ZAuditEvent = z.discriminatedUnion("event", [
  // Access
  event("sign_in_succeeded", { method: z.enum(["credentials", "oidc"]) }),
  event("sign_in_failed", {
    method: z.enum(["credentials", "oidc"]),
    reason: z.enum(["invalid_credentials", "inactive_user", "rate_limited", "unknown_sso_user"]),
    recentFailures: ZCount.optional(),
  }),
  event("user_created", { role: ZRole, via: z.enum(["cli", "console", "seed"]) }),
  event("user_updated", {
    changes: z.array(z.enum(["role", "name", "active", "password"])).min(1),
    roleBefore: ZRole.optional(),
    roleAfter: ZRole.optional(),
  }),
  event("user_disabled", { via: z.enum(["cli", "console"]) }),
  event("settings_changed", { key: z.string().max(100), versionBefore: ZCount, versionAfter: ZCount }),
  event("api_token_created", { platform: z.string().max(100), scopes: z.array(z.string().max(50)) }),
  event("api_token_revoked", { platform: z.string().max(100) }),

  // Ingest and normalize
  event("import_started", { fileName: z.string().max(500), sha256: z.string().length(64), byteSize: ZCount, platform: z.string().max(20).optional(), format: z.string().max(60).optional() }),
  event("import_completed", {
    read: ZCount, accepted: ZCount, rejected: ZCount, duplicates: ZCount, redacted: ZCount,
    created: ZCount.optional(), updated: ZCount.optional(), unchanged: ZCount.optional(), suppressed: ZCount.optional(),
    durationMs: ZCount,
  }),
  event("import_failed", { reason: ZReason, read: ZCount.optional() }),
  event("cards_classified", { count: ZCount, classifierVersion: z.string().max(50) }),

  // Tag / tribe and review
  event("label_changed", { before: ZTags, after: ZTags, reviewState: z.enum(["confirmed", "corrected"]) }),
  event("pool_changed", { action: z.enum(["created", "renamed", "archived", "cards_added", "cards_removed"]), count: ZCount.optional() }),

  // Enrichment
  event("enrichment_requested", { cardCount: ZCount, reason: ZReason, estimatedCredits: z.number().nonnegative(), estimatedCost: z.number().nonnegative(), batchIndex: ZCount.optional(), batchCount: ZCount.optional() }),
  event("enrichment_approved", { reason: ZReason.optional(), policyVersion: ZCount.optional(), cardCount: ZCount.optional(), skipped: ZCount.optional() }),
  event("enrichment_rejected", { reason: ZReason }),
  event("enrichment_started", { itemCount: ZCount }),
  event("enrichment_completed", {
    provider: z.string().max(50).optional(), matched: ZCount.optional(), unmatched: ZCount.optional(), leadCardId: z.uuid().optional(),
    outcome: z.enum(["matched", "unmatched", "skipped"]).optional(), reason: ZReason.optional(), skipped: ZCount.optional(), failed: ZCount.optional(), cancelled: ZCount.optional(),
  }),
  event("enrichment_failed", { provider: z.string().max(50).optional(), reason: ZReason, leadCardId: z.uuid().optional() }),
  event("enrichment_cancelled", { reason: ZReason.optional(), remaining: ZCount }),
  event("lawful_basis_recorded", { basis: ZReason.nullable(), platform: z.string().max(20) }),

  // Handoff
  event("handoff_emitted", { schemaVersion: z.string().max(20), recordCount: ZCount, sha256: z.string().length(64).optional() }),
  // An erased person's record rewritten in a frozen batch's files (ids, position and digests only).
  event("handoff_files_scrubbed", {
    batchId: ZId, leadId: ZId, position: ZCount, files: z.array(z.string().max(200)).max(10),
    sha256Before: z.string().length(64).nullable(), sha256After: z.string().length(64),
  }),
  event("handoff_delivered", { transport: z.enum(["file", "api_push", "api_pull", "queue"]), target: z.string().max(500), attempt: ZCount, status: z.enum(["succeeded", "failed"]), responseCode: z.number().int().optional() }),

  // Audit and compliance
  event("audit_exported", {
    format: z.enum(["csv", "jsonl"]), rowCount: ZCount, firstSeq: ZCount.optional(), lastSeq: ZCount.optional(), filter: z.record(z.string(), z.string()),
    scope: z.enum(["trail", "lead_card"]).optional(), sha256: z.string().length(64).optional(),
  }),
  event("audit_verified", { checked: ZCount, headSeq: ZCount, ok: z.boolean(), brokenSeq: ZCount.optional() }),
  event("erasure_requested", { platform: z.string().max(20).optional(), reason: ZReason }),
  event("erasure_completed", { deleted: z.record(z.string(), ZCount) }),
  event("retention_purged", { table: z.string().max(60), count: ZCount, olderThanDays: ZCount }),
]);

export type TAuditEventInput = z.input<typeof ZAuditEvent>;
export type TAuditEvent = z.infer<typeof ZAuditEvent>;
export type TAuditEventName = TAuditEvent["event"];
export const auditEventNames = ZAuditEvent.options.map((o) => o.shape.event.value) as TAuditEventName[];
