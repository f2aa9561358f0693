import { z } from "zod";
import { cancelImportJob } from "@/server/services/ingest/cancel-import-job";
import { getImportJob } from "@/server/services/ingest/get-import-job";
import { ZImportJobDto } from "@/server/services/ingest/import-job-dto";
import { listImportJobs } from "@/server/services/ingest/list-import-jobs";
import { permissionProcedure, router, viewerProcedure } from "../trpc";

const ZCursor = z.object({ createdAt: z.date(), id: z.uuid() });
const ZErrorRow = z.object({ record: z.number(), line: z.number().nullable(), field: z.string().nullable(), code: z.string(), message: z.string() });

export const importsRouter = router({
  list: viewerProcedure
    .input(z.object({ limit: z.number().int().min(1).max(100).default(25), cursor: ZCursor.nullish() }))
    .output(z.object({ items: z.array(ZImportJobDto), nextCursor: ZCursor.nullable() }))
    .query(({ ctx, input }) => listImportJobs(ctx.db, input)),

  get: viewerProcedure
    .input(z.object({ id: z.uuid() }))
    .output(ZImportJobDto.extend({ firstErrors: z.array(ZErrorRow) }))
    .query(({ ctx, input }) => getImportJob(ctx.db, input.id)),

  cancel: permissionProcedure("importAudience")
    .input(z.object({ id: z.uuid() }))
    .output(z.object({ status: z.string() }))
    .mutation(({ ctx, input }) => cancelImportJob(ctx.db, input.id)),
});
