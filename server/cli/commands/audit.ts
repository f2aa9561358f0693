import type { Command } from "commander";
import { runAuditVerification } from "@/server/services/audit/run-audit-verification";
import { exitCodes, runCommand } from "../run-command";

export function registerAuditCommand(program: Command): void {
  const audit = program.command("audit").description("audit trail");

  audit
    .command("verify")
    .description("recompute the audit hash chain; exit 0 when intact, 3 when broken (the check itself is audited)")
    .option("--json", "print the result as JSON")
    .action(
      runCommand(async (ctx, opts: { json?: boolean }) => {
        const result = await runAuditVerification(ctx.db(), ctx.actor);
        if (opts.json) ctx.json(result);
        else if (result.ok && result.headSeq) ctx.out(`Audit chain intact: ${result.checked} rows, head #${result.headSeq} ${result.headHash}`);
        else if (result.ok) ctx.out("Audit chain intact: 0 rows (the chain is empty)");
        else ctx.out(`Audit chain BROKEN at row #${result.firstBroken?.seq}: ${result.firstBroken?.reason} (${result.checked} rows before it are intact)`);
        return result.ok ? exitCodes.ok : exitCodes.auditBroken;
      }),
    );
}
