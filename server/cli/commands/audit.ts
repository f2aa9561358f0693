import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { ZAuditFilter } from "@/server/domain/audit/audit-filter";
import { exportAuditTrail } from "@/server/services/audit/export-audit-trail";
import { runAuditVerification } from "@/server/services/audit/run-audit-verification";
import { verifyExportFile } from "@/server/services/audit/verify-export-file";
import { CliError, exitCodes, runCommand } from "../run-command";

type TExportOptions = { from?: string; to?: string; event?: string; actor?: string; card?: string; format: string; out: string; json?: boolean };

function parseDate(value: string | undefined, flag: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new CliError(`--${flag} must be an ISO date or time (e.g. 2026-11-01 or 2026-11-01T12:00:00Z), got "${value}"`, exitCodes.failed);
  return date;
}

export function registerAuditCommand(program: Command): void {
  const audit = program.command("audit").description("audit trail");

  audit
    .command("verify")
    .description("recompute the audit hash chain (exit 0 intact, 3 broken). With --file: verify an exported JSONL offline, no database")
    .option("--file <export.jsonl>", "an exported JSONL to verify offline")
    .option("--manifest <manifest.json>", "its manifest (sha256, row count, end hashes are checked too)")
    .option("--json", "print the result as JSON")
    .action(
      runCommand(async (ctx, opts: { json?: boolean; file?: string; manifest?: string }) => {
        if (opts.manifest && !opts.file) throw new CliError("--manifest needs --file <export.jsonl>");
        if (opts.file) {
          const result = await verifyExportFile(opts.file, opts.manifest);
          if (opts.json) ctx.json(result);
          else if (result.ok) {
            ctx.out(`Export intact: ${result.rows} rows, seq ${result.firstSeq ?? "-"}..${result.lastSeq ?? "-"}, every hash recomputed${opts.manifest ? "; matches its manifest (sha256, count, end hashes)" : ""}`);
            ctx.out(`sha256 ${result.sha256}  last hash ${result.lastHash ?? "-"}`);
          } else {
            ctx.out(`Export BROKEN: ${result.problems.length} problem(s)`);
            for (const p of result.problems) ctx.out(`  ${p.line ? `line ${p.line}` : "file"}${p.seq ? ` (seq ${p.seq})` : ""}: ${p.reason}`);
          }
          return result.ok ? exitCodes.ok : exitCodes.auditBroken;
        }
        const result = await runAuditVerification(ctx.db(), ctx.actor);
        if (opts.json) ctx.json(result);
        else if (result.ok && result.headSeq) ctx.out(`Audit chain intact: ${result.checked} rows, head #${result.headSeq} ${result.headHash}`);
        else if (result.ok) ctx.out("Audit chain intact: 0 rows (the chain is empty)");
        else ctx.out(`Audit chain BROKEN at row #${result.firstBroken?.seq}: ${result.firstBroken?.reason} (${result.checked} rows before it are intact)`);
        if (result.digest && !opts.json) ctx.out(result.digest.ok ? `Latest digest matches: head #${result.digest.headSeq ?? "-"} (${result.digest.checked} digests checked)` : `Digest check FAILED: ${result.digest.problem}`);
        return result.ok ? exitCodes.ok : exitCodes.auditBroken;
      }),
    );

  audit
    .command("export")
    .description("export the audit trail (filtered) as CSV or JSONL with a manifest; the export is itself audited")
    .option("--from <time>", "from this time (ISO)")
    .option("--to <time>", "up to this time (ISO)")
    .option("--event <name>", "only this event (e.g. enrichment_completed)")
    .option("--actor <id|email>", "only this actor")
    .option("--card <id|public id|handle>", "only events about this lead card")
    .option("--format <csv|jsonl>", "file format", "jsonl")
    .option("--out <dir>", "directory to write into", ".")
    .option("--json", "print the manifest as JSON")
    .action(
      runCommand(async (ctx, opts: TExportOptions) => {
        if (opts.format !== "csv" && opts.format !== "jsonl") throw new CliError(`--format must be csv or jsonl, got "${opts.format}"`);
        const filter = ZAuditFilter.parse({ from: parseDate(opts.from, "from"), to: parseDate(opts.to, "to"), event: opts.event, actor: opts.actor, target: opts.card });
        await mkdir(opts.out, { recursive: true });
        const stamp = new Date().toISOString().replace(/[:.]/g, "-");
        const fileName = `audit-trail-${stamp}.${opts.format}`;
        const file = path.join(opts.out, fileName);
        const stream = createWriteStream(file, { encoding: "utf8" });
        const manifest = await exportAuditTrail(ctx.db(), filter, { format: opts.format, fileName, actor: ctx.actor }, async (chunk) => {
          if (!stream.write(chunk)) await once(stream, "drain");
        });
        stream.end();
        await once(stream, "finish");
        const manifestFile = path.join(opts.out, `audit-trail-${stamp}.manifest.json`);
        await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
        if (opts.json) ctx.json({ file, manifestFile, manifest });
        else {
          ctx.out(`Exported ${manifest.rowCount} rows (seq ${manifest.firstSeq ?? "-"}..${manifest.lastSeq ?? "-"}) to ${file}`);
          ctx.out(`Manifest ${manifestFile} (sha256 ${manifest.files[0]!.sha256}); recorded as audit event #${manifest.exportEventSeq}`);
        }
      }),
    );
}
