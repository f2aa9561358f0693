import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/server/testing/test-database";
import { getImportJob } from "./get-import-job";
import { createImportProgress, ImportCancelledError } from "./import-progress";

describe("createImportProgress", () => {
  const t = useTestDatabase();
  const newJob = (fileName: string) => t.db.importJob.create({ data: { fileName, sha256: "a".repeat(64), byteSize: 1000n, status: "running", startedAt: new Date() } });

  it("publishes progress in its own row, leaving the job row (which every imported row references) alone", async () => {
    const job = await newJob("progress.jsonl");
    const progress = createImportProgress(t.db, job.id);
    await progress.tick({ bytesProcessed: 400, readCount: 7 }, true);
    await progress.tick({ bytesProcessed: 600, readCount: 11 }, true);
    expect(await t.db.importJobProgress.findUniqueOrThrow({ where: { jobId: job.id } })).toMatchObject({ bytesProcessed: 600n, readCount: 11 });
    expect(await t.db.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ bytesProcessed: 0n, readCount: 0 });
    // The console shows a running job's live progress, and a finished job's final counts.
    expect(await getImportJob(t.db, job.id)).toMatchObject({ status: "running", bytesProcessed: 600, read: 11 });
    await t.db.importJob.update({ where: { id: job.id }, data: { status: "completed", bytesProcessed: 1000n, readCount: 12 } });
    expect(await getImportJob(t.db, job.id)).toMatchObject({ status: "completed", bytesProcessed: 1000, read: 12 });
  });

  it("notices a cancel request", async () => {
    const job = await newJob("cancel.jsonl");
    await t.db.importJob.update({ where: { id: job.id }, data: { cancelRequestedAt: new Date() } });
    await expect(createImportProgress(t.db, job.id).tick({ bytesProcessed: 1, readCount: 1 }, true)).rejects.toBeInstanceOf(ImportCancelledError);
  });
});
