import { createReadStream, createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { generateAudience } from "@/server/domain/demo/generate-audience";
import { renderJsonl, renderScraperCsv, renderXEnvelope } from "@/server/domain/demo/render-audience-file";
import { submitImport } from "@/server/services/ingest/submit-import";
import type { TSeedStep } from "./seed-types";

export const DEMO_FILE_PREFIX = "demo-";

/** The demo audience: ≥ 10k fictional profiles over three platforms, in their native formats. */
export function demoAudienceFiles(seed = 42) {
  return [
    { name: "demo-x-followers.json", render: () => renderXEnvelope(generateAudience("x", 4000, seed)) },
    { name: "demo-tiktok-users.jsonl", render: () => renderJsonl(generateAudience("tiktok", 3500, seed)) },
    { name: "demo-threads-profiles.jsonl", render: () => renderJsonl(generateAudience("threads", 3000, seed)) },
    { name: "demo-scraper-export.csv", render: () => renderScraperCsv([...generateAudience("tiktok", 300, seed + 1, 10_000), ...generateAudience("x", 300, seed + 1, 10_000)]) },
  ];
}

/**
 * Seeds the demo audience once, through the same pipeline as any upload: the files are written
 * to `<dataDir>/demo`, submitted as import jobs and processed by the worker.
 */
export function demoAudienceStep(opts: { dataDir: string; enqueue: (importJobId: string) => Promise<unknown> }): TSeedStep {
  return {
    name: "demo-audience",
    async run(db, ctx) {
      const existing = await db.importJob.count({ where: { fileName: { startsWith: DEMO_FILE_PREFIX } } });
      if (existing > 0) return { step: "demo-audience", summary: `demo audience already imported (${existing} jobs)` };
      const dir = path.resolve(opts.dataDir, "demo");
      await mkdir(dir, { recursive: true });
      const jobIds: string[] = [];
      for (const file of demoAudienceFiles()) {
        const filePath = path.join(dir, file.name);
        await pipeline(Readable.from(file.render()), createWriteStream(filePath));
        const job = await submitImport(
          db,
          { source: createReadStream(filePath), fileName: file.name, options: { poolName: "Demo audience" } },
          { actor: ctx.actor, dataDir: opts.dataDir, maxBytes: Number.MAX_SAFE_INTEGER, enqueue: opts.enqueue },
        );
        jobIds.push(job.id);
        ctx.log(`queued ${file.name} for import (job ${job.id})`);
      }
      return { step: "demo-audience", summary: `queued ${jobIds.length} demo files for the worker` };
    },
  };
}
