import { z } from "zod";
import { enqueueEnrichmentBatchInTransaction } from "@/server/jobs/enrichment-batch-job";
import { ZEnrichmentPolicy } from "@/server/domain/settings/enrichment-policy";
import { approveEnrichmentRequest, ZApproveEnrichmentRequest } from "@/server/services/enrichment/approve-enrichment-request";
import { cancelEnrichmentBatch, ZCancelEnrichmentBatch } from "@/server/services/enrichment/cancel-enrichment-batch";
import type { TEnrichmentActor } from "@/server/services/enrichment/enrichment-actor";
import { getEnrichmentCosts, ZEnrichmentCosts, ZGetEnrichmentCosts } from "@/server/services/enrichment/get-enrichment-costs";
import { getEnrichmentPolicy } from "@/server/services/enrichment/get-enrichment-policy";
import { getEnrichmentRequest, ZEnrichmentRequestDetail, ZGetEnrichmentRequest } from "@/server/services/enrichment/get-enrichment-request";
import { listCardContacts, ZCardContacts, ZListCardContacts } from "@/server/services/enrichment/list-card-contacts";
import { listEnrichmentRequests, ZEnrichmentRequestPage, ZListEnrichmentRequests } from "@/server/services/enrichment/list-enrichment-requests";
import { previewEnrichment, ZEnrichmentPreview, ZPreviewEnrichment } from "@/server/services/enrichment/preview-enrichment";
import { recordLawfulBasis, ZRecordLawfulBasis } from "@/server/services/enrichment/record-lawful-basis";
import { rejectEnrichmentRequest, ZRejectEnrichmentRequest } from "@/server/services/enrichment/reject-enrichment-request";
import { requestEnrichment, ZRequestEnrichment, ZRequestEnrichmentResult } from "@/server/services/enrichment/request-enrichment";
import { updateEnrichmentPolicy } from "@/server/services/enrichment/update-enrichment-policy";
import { adminProcedure, approverProcedure, permissionProcedure, router, viewerProcedure, type TSessionUser } from "../trpc";

const requesterProcedure = permissionProcedure("requestEnrichment");
const actorOf = (user: TSessionUser): TEnrichmentActor => ({ userId: user.id, role: user.role, email: user.email, via: "console" });

const ZPolicyValue = z.object({ value: ZEnrichmentPolicy, version: z.number(), updatedAt: z.date().nullable(), isDefault: z.boolean() });
const ZDecision = z.object({ id: z.uuid(), status: z.string() });

export const enrichmentRouter = router({
  /** Eligibility per card (with reasons), batches of ≤ 250, estimate per provider and total vs remaining budget. Writes nothing. */
  preview: requesterProcedure.input(ZPreviewEnrichment).output(ZEnrichmentPreview).query(({ ctx, input }) => previewEnrichment(ctx.db, input)),
  request: requesterProcedure.input(ZRequestEnrichment).output(ZRequestEnrichmentResult).mutation(({ ctx, input }) => requestEnrichment(ctx.db, input, actorOf(ctx.user))),

  list: viewerProcedure.input(ZListEnrichmentRequests.default({ limit: 25 })).output(ZEnrichmentRequestPage).query(({ ctx, input }) => listEnrichmentRequests(ctx.db, input)),
  /** One request with progress, cost, provider breakdown and a page of items (poll it for live progress). */
  get: viewerProcedure.input(ZGetEnrichmentRequest).output(ZEnrichmentRequestDetail).query(({ ctx, input }) => getEnrichmentRequest(ctx.db, input)),

  /** ADMIN, never the requester (enforced in the service); the batch job is queued in the same transaction. */
  approve: approverProcedure
    .input(ZApproveEnrichmentRequest)
    .output(z.object({ id: z.uuid(), status: z.literal("approved"), cards: z.number(), skipped: z.number(), estimatedCredits: z.number(), estimatedCost: z.number() }))
    .mutation(({ ctx, input }) => approveEnrichmentRequest(ctx.db, input, actorOf(ctx.user), { enqueue: enqueueEnrichmentBatchInTransaction })),
  reject: approverProcedure.input(ZRejectEnrichmentRequest).output(ZDecision).mutation(({ ctx, input }) => rejectEnrichmentRequest(ctx.db, input, actorOf(ctx.user))),
  cancel: approverProcedure.input(ZCancelEnrichmentBatch).output(ZDecision.extend({ cancelled: z.number() })).mutation(({ ctx, input }) => cancelEnrichmentBatch(ctx.db, input, actorOf(ctx.user))),

  /** Credits, money, matched/unmatched per request, provider, actor or day. */
  costs: viewerProcedure.input(ZGetEnrichmentCosts.default({ groupBy: "day" })).output(ZEnrichmentCosts).query(({ ctx, input }) => getEnrichmentCosts(ctx.db, input)),
  /** Values masked by the service unless the caller's role may see them (COMPLIANCE, ADMIN). */
  cardContacts: viewerProcedure.input(ZListCardContacts).output(ZCardContacts).query(({ ctx, input }) => listCardContacts(ctx.db, input, { role: ctx.user.role })),
  recordLawfulBasis: requesterProcedure
    .input(ZRecordLawfulBasis)
    .output(z.object({ leadCardId: z.uuid(), basis: z.string().nullable(), recordedAt: z.date() }))
    .mutation(({ ctx, input }) => recordLawfulBasis(ctx.db, input, actorOf(ctx.user))),

  policy: adminProcedure.output(ZPolicyValue).query(({ ctx }) => getEnrichmentPolicy(ctx.db)),
  updatePolicy: adminProcedure
    .input(z.object({ value: ZEnrichmentPolicy, expectedVersion: z.number().int().min(0).optional() }))
    .output(z.object({ version: z.number(), value: ZEnrichmentPolicy }))
    .mutation(({ ctx, input }) => updateEnrichmentPolicy(ctx.db, input, actorOf(ctx.user))),
});
