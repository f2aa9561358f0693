import { z } from "zod";
import { cancelImportJob } from "@/server/services/ingest/cancel-import-job";
import { getImportJob } from "@/server/services/ingest/get-import-job";
import { ZImportJobDto } from "@/server/services/ingest/import-job-dto";
import { listImportJobs } from "@/server/services/ingest/list-import-jobs";
import { previewImportFile } from "@/server/services/ingest/preview-import-file";
import { canonicalFields } from "@/server/domain/ingest/mappers";
import { sourceFormatIds, sourceFormats } from "@/server/domain/ingest/formats";
import { platforms } from "@/server/domain/ingest/profile";
import { permissionProcedure, router, viewerProcedure } from "../trpc";

const listFormats = () => sourceFormatIds.map((id) => ({ id, label: sourceFormats[id].label }));
const ZCursor = z.object({ createdAt: z.date(), id: z.uuid() });
const ZErrorRow = z.object({ record: z.number(), line: z.number().nullable(), field: z.string().nullable(), code: z.string(), message: z.string() });

const ZField = z.enum(canonicalFields);
const ZPreview = z.discriminatedUnion("ok", [
  z.object({
    ok: z.literal(true), format: z.string(), formatLabel: z.string(), platform: z.enum(platforms).nullable(), reason: z.string(),
    csv: z.object({ headers: z.array(z.string()), rows: z.array(z.array(z.string())), delimiter: z.string(), mapping: z.record(z.string(), ZField.nullable()), missingRequired: z.array(ZField) }).nullable(),
  }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

export const importsRouter = router({
  /** Detects a file's format from its first bytes (sent base64) before upload; CSVs get a column-mapping preview. */
  preview: permissionProcedure("importAudience")
    .input(z.object({ fileName: z.string().min(1).max(300), headBase64: z.string().max(120_000), format: z.enum(sourceFormatIds).optional(), platform: z.enum(platforms).optional() }))
    .output(ZPreview)
    .mutation(({ input }) => previewImportFile(Buffer.from(input.headBase64, "base64"), input.fileName, input)),

  options: viewerProcedure
    .output(z.object({ formats: z.array(z.object({ id: z.string(), label: z.string() })), platforms: z.array(z.string()), fields: z.array(z.string()) }))
    .query(() => ({ formats: listFormats(), platforms: [...platforms], fields: [...canonicalFields] })),

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
