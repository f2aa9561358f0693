import { Command, Option } from "commander";
import { DomainError } from "@/server/domain/errors";
import type { TEnrichmentRequestDetail } from "@/server/services/enrichment/get-enrichment-request";
import { formatTable } from "../format-table";
import { runCommand } from "../run-command";

/** Loaded when an enrich command runs, so other commands start without pg-boss and the services. */
const load = async () => {
  const [queue, job, approve, cancel, actor, get, reject, request] = await Promise.all([
    import("@/server/jobs/enqueue"),
    import("@/server/jobs/enrichment-batch-job"),
    import("@/server/services/enrichment/approve-enrichment-request"),
    import("@/server/services/enrichment/cancel-enrichment-batch"),
    import("@/server/services/enrichment/find-enrichment-actor"),
    import("@/server/services/enrichment/get-enrichment-request"),
    import("@/server/services/enrichment/reject-enrichment-request"),
    import("@/server/services/enrichment/request-enrichment"),
  ]);
  return { ...queue, ...job, ...approve, ...cancel, ...actor, ...get, ...reject, ...request };
};

type TRequestOptions = { cards?: string; pool?: string; reason: string; actor: string; split: boolean; json?: boolean };
type TDecisionOptions = { actor: string; reason?: string; json?: boolean };

const money = (amount: number, currency: string) => `${amount.toFixed(2)} ${currency}`;

function printStatus(out: (line?: string) => void, r: TEnrichmentRequestDetail): void {
  const p = r.progress;
  out(`Request ${r.id} — ${r.status}${r.batchCount > 1 ? ` (batch ${r.batchIndex} of ${r.batchCount})` : ""}${r.sandbox ? " — sandbox providers, synthetic data" : ""}`);
  out(`  requested by ${r.requester.email} at ${r.createdAt.toISOString()}: ${r.reason}`);
  if (r.approver) out(`  decided by ${r.approver.email} at ${r.decidedAt?.toISOString() ?? "?"}${r.decisionReason ? `: ${r.decisionReason}` : ""}`);
  out(`  items: ${p.total} total · ${p.pending} pending · ${p.running} running · ${p.matched} matched · ${p.unmatched} unmatched · ${p.skipped} skipped · ${p.failed} failed · ${p.cancelled} cancelled`);
  out(`  estimate: ${r.estimatedCredits} credits, ${money(r.estimatedCost, r.currency)} · actual: ${r.actualCredits} credits, ${money(r.actualCost, r.currency)}`);
  if (r.providers.length) {
    out();
    out(formatTable(["provider call", "calls", "matched", "unmatched", "skipped", "failed", "credits", "cost"],
      r.providers.map((x) => [x.provider, String(x.calls), String(x.matched), String(x.unmatched), String(x.skipped), String(x.failed), String(x.credits), money(x.cost, r.currency)])));
  }
}

export function registerEnrichCommand(program: Command): void {
  const enrich = program.command("enrich").description("enrichment requests behind the two-person approval gate (same rules as the console)");

  enrich
    .command("request")
    .description("request enrichment of the eligible cards of a selection (more than 250 become several requests)")
    .option("--cards <ids>", "comma-separated lead card ids")
    .option("--pool <name>", "every card of the open pool with this name")
    .requiredOption("--reason <text>", "why these cards should be enriched (audited)")
    .requiredOption("--actor <email>", "the user making the request (GROWTH or ADMIN)")
    .addOption(new Option("--no-split", "refuse instead of splitting more than 250 eligible cards into several requests"))
    .option("--json", "print the result as JSON")
    .action(
      runCommand(async (ctx, opts: TRequestOptions) => {
        const { findEnrichmentActor, requestEnrichment } = await load();
        if (Boolean(opts.cards) === Boolean(opts.pool)) throw new DomainError("VALIDATION", "give exactly one of --cards IDS or --pool NAME");
        const selection = opts.cards ? { cardIds: opts.cards.split(",").map((s) => s.trim()).filter(Boolean) } : { poolName: opts.pool! };
        const actor = await findEnrichmentActor(ctx.db(), opts.actor);
        const result = await requestEnrichment(ctx.db(), { selection, reason: opts.reason, split: opts.split }, actor);
        if (opts.json) return ctx.json(result);
        ctx.out(`Requested enrichment of ${result.eligible} card(s) in ${result.requests.length} request(s); ${result.ineligible} ineligible${result.ineligible ? ` (${Object.entries(result.reasonCounts).map(([k, n]) => `${k}: ${n}`).join(", ")})` : ""}.`);
        for (const r of result.requests) ctx.out(`  ${r.id}  ${r.cards} cards  estimate ${r.estimatedCredits} credits, ${r.estimatedCost.toFixed(2)}  — waiting for another admin's approval`);
      }),
    );

  enrich
    .command("approve")
    .description("approve a pending request (ADMIN, never your own); the batch is queued for the worker")
    .argument("<request>", "request id")
    .requiredOption("--actor <email>", "the approving admin")
    .option("--reason <text>", "why (audited)")
    .option("--json", "print the result as JSON")
    .action(
      runCommand(async (ctx, opts: TDecisionOptions, requestId: string) => {
        const { findEnrichmentActor, createQueueClient, approveEnrichmentRequest, enqueueEnrichmentBatchInTransaction } = await load();
        const actor = await findEnrichmentActor(ctx.db(), opts.actor);
        // Makes sure the job queues exist (the approval writes its job row in its own transaction).
        const queue = await createQueueClient(ctx.databaseUrl());
        await queue.stop();
        const result = await approveEnrichmentRequest(ctx.db(), { requestId, reason: opts.reason }, actor, { enqueue: enqueueEnrichmentBatchInTransaction });
        if (opts.json) return ctx.json(result);
        ctx.out(`Approved ${requestId}: ${result.cards} card(s)${result.skipped ? `, ${result.skipped} skipped (no longer eligible)` : ""}; queued for the worker. Follow it with: sxe enrich status ${requestId}`);
      }),
    );

  enrich
    .command("reject")
    .description("reject a pending request with a reason (ADMIN, never your own)")
    .argument("<request>", "request id")
    .requiredOption("--actor <email>", "the rejecting admin")
    .requiredOption("--reason <text>", "why (audited)")
    .option("--json", "print the result as JSON")
    .action(
      runCommand(async (ctx, opts: TDecisionOptions, requestId: string) => {
        const { findEnrichmentActor, rejectEnrichmentRequest } = await load();
        const actor = await findEnrichmentActor(ctx.db(), opts.actor);
        const result = await rejectEnrichmentRequest(ctx.db(), { requestId, reason: opts.reason ?? "" }, actor);
        if (opts.json) return ctx.json(result);
        ctx.out(`Rejected ${requestId}.`);
      }),
    );

  enrich
    .command("cancel")
    .description("cancel a pending, approved or running batch (ADMIN): remaining items stop")
    .argument("<request>", "request id")
    .requiredOption("--actor <email>", "the admin")
    .option("--reason <text>", "why (audited)")
    .option("--json", "print the result as JSON")
    .action(
      runCommand(async (ctx, opts: TDecisionOptions, requestId: string) => {
        const { findEnrichmentActor, cancelEnrichmentBatch } = await load();
        const actor = await findEnrichmentActor(ctx.db(), opts.actor);
        const result = await cancelEnrichmentBatch(ctx.db(), { requestId, reason: opts.reason }, actor);
        if (opts.json) return ctx.json(result);
        ctx.out(`Cancelled ${requestId}: ${result.cancelled} item(s) stopped.`);
      }),
    );

  enrich
    .command("status")
    .description("progress, outcomes, credits and cost of a request")
    .argument("<request>", "request id")
    .option("--json", "print the request (with its first 250 items) as JSON")
    .action(
      runCommand(async (ctx, opts: { json?: boolean }, requestId: string) => {
        const { getEnrichmentRequest } = await load();
        const detail = await getEnrichmentRequest(ctx.db(), { id: requestId, items: { limit: 250 } });
        if (opts.json) return ctx.json(detail);
        printStatus(ctx.out, detail);
      }),
    );
}
