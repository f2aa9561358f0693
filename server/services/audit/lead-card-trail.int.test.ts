import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/server/testing/test-database";
import { exportLeadCardTrail } from "./export-lead-card-trail";
import { getLeadCardTrail } from "./get-lead-card-trail";
import { recordAudit } from "./record-audit";

const actor = { type: "system", id: "trail-test" } as const;

describe("a person's trail", () => {
  const t = useTestDatabase();

  it("gathers import, classification, label changes, enrichment, handoff and their audit events, and exports them", async () => {
    const admin = await t.db.user.create({ data: { email: "admin@example.com", role: "ADMIN" } });
    const growth = await t.db.user.create({ data: { email: "growth@example.com", role: "GROWTH" } });
    const job = await t.db.importJob.create({ data: { fileName: "trail.json", sha256: "a".repeat(64), byteSize: 1n, actorId: growth.id } });
    const raw = await t.db.rawSocialProfile.create({ data: { platform: "x", platformUserId: "5", handle: "trail_me", firstImportJobId: job.id, lastImportJobId: job.id } });
    const card = await t.db.leadCard.create({ data: { publicId: "lc_trail_me", rawProfileId: raw.id, platform: "x", handle: "trail_me", classifiedAt: new Date(), classifierVersion: "1.2.0" } });
    const other = await t.db.rawSocialProfile.create({ data: { platform: "x", platformUserId: "6", handle: "someone_else", firstImportJobId: job.id, lastImportJobId: job.id } });
    const otherCard = await t.db.leadCard.create({ data: { publicId: "lc_other", rawProfileId: other.id, platform: "x" } });
    const request = await t.db.enrichmentRequest.create({ data: { requesterId: growth.id, approverId: admin.id, status: "completed", reason: "r", policySnapshot: {}, decidedAt: new Date() } });
    await t.db.enrichmentItem.create({ data: { requestId: request.id, leadCardId: card.id, status: "matched", provider: "apollo", attempts: 1, credits: 1, cost: 0.05, finishedAt: new Date() } });
    const batch = await t.db.handoffBatch.create({ data: { publicId: "hb_trail", schemaVersion: "1.0.0", selection: {}, createdById: admin.id } });
    await t.db.handoffBatchRecord.create({ data: { batchId: batch.id, position: 0, leadCardId: card.id, record: {} } });
    await t.db.handoffDelivery.create({ data: { batchId: batch.id, transport: "file", target: "f", status: "succeeded" } });

    const write = (e: Parameters<typeof recordAudit>[1]) => t.db.$transaction((tx) => recordAudit(tx, e));
    await write({ event: "import_started", actor, target: { type: "import_job", id: job.id }, metadata: { fileName: "trail.json", sha256: "a".repeat(64), byteSize: 1 } });
    await write({ event: "label_changed", actor, target: { type: "lead_card", id: card.id }, metadata: { before: { label: null }, after: { label: "PARTNER" }, reviewState: "corrected" } });
    await write({ event: "label_changed", actor, target: { type: "lead_card", id: otherCard.id }, metadata: { before: { label: null }, after: { label: "USER" }, reviewState: "corrected" } });
    await write({ event: "enrichment_requested", actor, target: { type: "enrichment_request", id: request.id }, metadata: { cardCount: 1, reason: "r", estimatedCredits: 1, estimatedCost: 0.05 } });
    await write({ event: "enrichment_completed", actor, cost: { credits: 1, amount: 0.05 }, metadata: { provider: "apollo", matched: 1, leadCardId: card.id } });
    await write({ event: "enrichment_completed", actor, metadata: { provider: "apollo", matched: 1, leadCardId: otherCard.id } });
    await write({ event: "handoff_emitted", actor, target: { type: "handoff_batch", id: batch.id }, metadata: { schemaVersion: "1.0.0", recordCount: 1 } });

    const trail = await getLeadCardTrail(t.db, card.id);
    expect(trail.card).toEqual({ id: card.id, publicId: "lc_trail_me", platform: "x", erased: false });
    expect(trail.events.map((e) => e.seq)).toEqual(["7", "5", "4", "2", "1"]);
    expect(trail.steps.map((s) => s.kind)).toEqual(expect.arrayContaining(["import", "classification", "enrichment", "handoff"]));
    expect(trail.steps.find((s) => s.kind === "import")?.title).toBe("Imported from trail.json");
    expect(trail.steps.some((s) => s.title === "Delivered by file: succeeded")).toBe(true);

    const chunks: string[] = [];
    const manifest = await exportLeadCardTrail(t.db, "@trail_me", { format: "jsonl", fileName: "trail.jsonl", actor }, (c) => void chunks.push(c));
    expect(manifest).toMatchObject({ scope: "lead_card", rowCount: 5, firstSeq: "1", lastSeq: "7", contiguous: false, filter: { card: card.id } });
    expect(chunks.join("").trimEnd().split("\n")).toHaveLength(5);
    const recorded = await t.db.auditLog.findFirstOrThrow({ where: { event: "audit_exported" } });
    expect(recorded.metadata).toMatchObject({ scope: "lead_card", rowCount: 5, filter: { card: card.id } });
  });
});
