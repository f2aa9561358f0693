import path from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { readStorageEnv } from "@/server/config/env";
import { enrichmentStates, reviewStates } from "@/server/domain/cards/lead-card-query";
import { executionLabels } from "@/server/domain/taxonomy/taxonomy-schema";
import { createHandoffBatch } from "@/server/services/handoff/create-handoff-batch";
import { deliverableTransports, deliverHandoffBatch, type TDeliverableTransport, type TDeliveryReport } from "@/server/services/handoff/deliver-handoff-batch";
import { findAdminByEmail } from "@/server/services/handoff/find-admin-by-email";
import { findPoolByName } from "@/server/services/handoff/find-pool-by-name";
import { freezeHandoffBatch } from "@/server/services/handoff/freeze-handoff-batch";
import { getHandoffBatch, listHandoffBatches } from "@/server/services/handoff/list-handoff-batches";
import { runAutoDeliveries } from "@/server/services/handoff/run-auto-deliveries";
import { formatTable } from "../format-table";
import { CliError, exitCodes, runCommand } from "../run-command";

function listOf<T extends string>(allowed: readonly T[], name: string) {
  return (value: string, previous: T[] = []): T[] => {
    const items = value.split(",").map((v) => v.trim()).filter(Boolean);
    for (const item of items) if (!(allowed as readonly string[]).includes(item)) throw new InvalidArgumentError(`'${item}' is not a ${name}; use ${allowed.join(", ")}.`);
    return [...previous, ...(items as T[])];
  };
}

const dataDir = () => path.resolve(readStorageEnv().SXE_DATA_DIR);

const describeDeliveries = (reports: TDeliveryReport[]) =>
  reports.map((r) => `${r.transport} → ${r.target}: ${r.status} after ${r.attempts.length} attempt(s)${r.attempts.at(-1) ? ` (${r.attempts.at(-1)!.summary})` : ""}`);

type TCreateOptions = {
  pool?: string;
  label?: (typeof executionLabels)[number][];
  reviewState?: (typeof reviewStates)[number][];
  enrichmentState?: (typeof enrichmentStates)[number][];
  actor: string;
  json?: boolean;
};

export function registerHandoffCommand(program: Command): void {
  const handoff = program.command("handoff").description("freeze, deliver and list handoff batches (schema v1)");

  handoff
    .command("create")
    .description("freeze execution-ready cards (labelled, not erased or suppressed) into a validated batch, then run the automatic deliveries")
    .option("--pool <name>", "an active audience pool by name")
    .option("--label <labels>", `comma-separated: ${executionLabels.join(", ")}`, listOf(executionLabels, "label"))
    .option("--review-state <states>", `comma-separated: ${reviewStates.join(", ")}`, listOf(reviewStates, "review state"))
    .option("--enrichment-state <states>", `comma-separated: ${enrichmentStates.join(", ")}`, listOf(enrichmentStates, "enrichment state"))
    .requiredOption("--actor <email>", "the admin creating the batch")
    .option("--json", "print the batch as JSON")
    .action(
      runCommand(async (ctx, opts: TCreateOptions) => {
        const db = ctx.db();
        const admin = await findAdminByEmail(db, opts.actor);
        const pool = opts.pool ? await findPoolByName(db, opts.pool) : undefined;
        const selection = { poolId: pool?.id, label: opts.label ?? [], reviewState: opts.reviewState ?? [], enrichmentState: opts.enrichmentState ?? [] };
        const created = await createHandoffBatch(db, { selection, userId: admin.id });
        const frozen = await freezeHandoffBatch(db, ctx.databaseUrl(), created.id, { dataDir: dataDir() });
        const deliveries = frozen.status === "ready" ? await runAutoDeliveries(db, created.id, { actor: { type: "user", id: admin.id, label: admin.email }, dataDir: dataDir() }) : [];
        const batch = await getHandoffBatch(db, created.id);
        if (opts.json) ctx.json({ ...batch, deliveryResults: deliveries, ...(frozen.status === "failed" ? { invalidRecords: frozen.invalidRecords } : {}) });
        else if (frozen.status === "failed") {
          ctx.out(`Batch ${batch.publicId} FAILED validation: ${frozen.invalidRecords} invalid record(s); nothing was delivered.`);
          for (const issue of frozen.report.slice(0, 20)) ctx.out(`  record ${issue.position} (${issue.leadId}) ${issue.field}: ${issue.reason}`);
        } else {
          ctx.out(`Batch ${batch.publicId} frozen: ${batch.recordCount} records, schema ${batch.schemaVersion}, manifest sha256 ${batch.sha256}`);
          for (const file of batch.files) ctx.out(`  ${file.name}  ${file.bytes} bytes  sha256 ${file.sha256}`);
          for (const line of describeDeliveries(deliveries)) ctx.out(`  delivery ${line}`);
        }
        if (frozen.status === "failed" || deliveries.some((d) => d.status === "failed")) return exitCodes.failed;
      }),
    );

  handoff
    .command("deliver <batch>")
    .description("deliver a frozen batch (public id hb_… or id) by one transport; each attempt is logged")
    .addOption(new Option("--transport <transport>", "file, api_push or queue").choices(deliverableTransports).makeOptionMandatory())
    .option("--target <target>", "file: a directory; api_push: an endpoint name (default: every enabled endpoint)")
    .requiredOption("--actor <email>", "the admin delivering it")
    .option("--json", "print the results as JSON")
    .action(
      runCommand(async (ctx, opts: { transport: TDeliverableTransport; target?: string; actor: string; json?: boolean }, batch: string) => {
        const db = ctx.db();
        const admin = await findAdminByEmail(db, opts.actor);
        const reports = await deliverHandoffBatch(db, { batch, transport: opts.transport, target: opts.target, actor: { type: "user", id: admin.id, label: admin.email }, dataDir: dataDir() });
        if (opts.json) ctx.json(reports);
        else for (const line of describeDeliveries(reports)) ctx.out(line);
        if (reports.some((r) => r.status === "failed")) throw new CliError("delivery failed (see the attempts above); the worker can retry it from the console", exitCodes.failed);
      }),
    );

  handoff
    .command("list")
    .description("list handoff batches, newest first, with their deliveries")
    .option("--limit <n>", "how many (default 25, at most 100)", (v) => Number.parseInt(v, 10))
    .option("--json", "print as JSON")
    .action(
      runCommand(async (ctx, opts: { limit?: number; json?: boolean }) => {
        const { items } = await listHandoffBatches(ctx.db(), { limit: opts.limit ?? 25 });
        if (opts.json) return ctx.json(items);
        if (!items.length) return ctx.out("No handoff batches yet. Create one with `sxe handoff create --pool NAME --actor EMAIL`.");
        const rows = items.map((b) => {
          const last = new Map<string, string>();
          for (const d of [...b.deliveries].reverse()) last.set(`${d.transport}:${d.target}`, `${d.transport} ${d.status}`);
          return [b.publicId, b.status, b.schemaVersion, String(b.recordCount), b.selection.poolName ?? "(all pools)", b.createdBy, b.createdAt.toISOString(), [...last.values()].join(", ") || "none"];
        });
        ctx.out(formatTable(["BATCH", "STATUS", "SCHEMA", "RECORDS", "POOL", "CREATED BY", "CREATED", "DELIVERIES"], rows));
      }),
    );
}
