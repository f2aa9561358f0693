import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import cliProgress from "cli-progress";
import { Command, Option } from "commander";
import pino from "pino";
import { readStorageEnv } from "@/server/config/env";
import { createLogger } from "@/server/logging/logger";
import { sourceFormatIds } from "@/server/domain/ingest/formats";
import { platforms, type TPlatform } from "@/server/domain/ingest/profile";
import { CliError, runCommand } from "../run-command";

type TImportOptions = { platform?: TPlatform; format?: string; pool?: string; json?: boolean; withWorker?: boolean };

export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description("import audience files through the worker (format and platform auto-detected)")
    .argument("<files...>", "files to import (JSON, JSONL, CSV, TXT, X archive .js)")
    .addOption(new Option("--platform <platform>", "platform when the file does not say").choices([...platforms]))
    .addOption(new Option("--format <format>", "override the detected format").choices(sourceFormatIds))
    .option("--pool <name>", "audience pool to put the profiles in")
    .option("--json", "one JSON object per file on stdout (job id, status, counts, per-record errors)")
    .option("--with-worker", "run a worker inside this command instead of relying on `npm run worker`")
    .action(
      runCommand(async (ctx, opts: TImportOptions, files: string[]) => {
        // Loaded here, not at start-up, so other commands start fast.
        const [{ getWorkerHeartbeat }, { listImportErrors }, { submitImport }, { waitForImportJob }, { createQueueClient }, { startWorker }] = await Promise.all([
          import("@/server/services/health/get-worker-heartbeat"),
          import("@/server/services/ingest/list-import-errors"),
          import("@/server/services/ingest/submit-import"),
          import("@/server/services/ingest/wait-for-import-job"),
          import("@/server/jobs/enqueue"),
          import("@/server/jobs/start-worker"),
        ]);
        const db = ctx.db();
        const storage = readStorageEnv();
        for (const file of files) {
          const info = await stat(file).catch(() => null);
          if (!info?.isFile()) throw new CliError(`${file}: no such file`);
        }
        // Logs go to stderr so stdout stays one JSON object per file with --json.
        const logger = createLogger("sxe-import", { level: process.env.LOG_LEVEL ?? "warn", destination: pino.destination(2) });
        const worker = opts.withWorker ? await startWorker({ databaseUrl: ctx.databaseUrl(), schedule: false, shutdownTimeoutMs: 5_000, logger }) : null;
        const queue = await createQueueClient(ctx.databaseUrl(), { logger });
        let failedFiles = 0;
        try {
          if (!worker && !(await getWorkerHeartbeat(db))?.alive) {
            throw new CliError("No worker is running: start one with `npm run worker`, or pass --with-worker.");
          }
          for (const file of files) {
            const submitted = await submitImport(
              db,
              { source: createReadStream(file), fileName: path.basename(file), options: { platform: opts.platform, format: opts.format, poolName: opts.pool } },
              { actor: ctx.actor, dataDir: storage.SXE_DATA_DIR, maxBytes: Number.MAX_SAFE_INTEGER, enqueue: (importJobId) => queue.enqueue("import.process", { importJobId }) },
            );
            const bar = !opts.json && process.stderr.isTTY ? new cliProgress.SingleBar({ format: `${submitted.fileName} [{bar}] {percentage}% · {records} records`, stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
            bar?.start(Math.max(submitted.byteSize, 1), 0, { records: 0 });
            const summary = await waitForImportJob(db, submitted.id, { onProgress: (p) => bar?.update(p.bytesProcessed, { records: p.readCount }) });
            bar?.stop();
            if (summary.status !== "completed") failedFiles++;
            if (opts.json) {
              const errors = await listImportErrors(db, submitted.id, { limit: 100_000 });
              process.stdout.write(`${JSON.stringify({ ...summary, errors: errors.map(({ id: _id, ...e }) => e) })}\n`);
              continue;
            }
            if (summary.status !== "completed") {
              ctx.out(`✖ ${summary.fileName}: ${summary.status} — ${summary.errorMessage ?? "no reason recorded"}`);
              continue;
            }
            ctx.out(`✔ ${summary.fileName} (${summary.format}, ${summary.platform ?? "mixed"}): ${summary.read} read, ${summary.accepted} accepted ` +
              `(${summary.created} new, ${summary.updated} updated, ${summary.unchanged} unchanged), ${summary.rejected} rejected, ` +
              `${summary.duplicates} duplicates, ${summary.redacted} redacted, ${summary.suppressed} suppressed · job ${summary.jobId}`);
            const firstErrors = summary.rejected ? await listImportErrors(db, submitted.id, { limit: 5 }) : [];
            for (const e of firstErrors) ctx.out(`  record ${e.record}${e.line ? ` (line ${e.line})` : ""}${e.field ? ` ${e.field}` : ""}: ${e.message}`);
            if (summary.rejected > firstErrors.length) ctx.out(`  … and more: --json lists every rejected record; the console offers a CSV report`);
          }
        } finally {
          await queue.stop();
          await worker?.stop();
        }
        if (failedFiles) throw new CliError(`${failedFiles} of ${files.length} file(s) failed`, 1);
      }),
    );
}
