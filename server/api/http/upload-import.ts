import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import { z } from "zod";
import { readStorageEnv } from "@/server/config/env";
import { ZImportOptions } from "@/server/services/ingest/create-import-job";
import { serviceDb } from "@/server/services/service-db";
import { submitImport } from "@/server/services/ingest/submit-import";
import { getWebQueue } from "../queue";
import { userActor } from "../trpc";
import { authorize, errorResponse, jsonError } from "./respond";

const ZUploadQuery = z.object({
  fileName: z.string().trim().min(1).max(300),
  platform: ZImportOptions.shape.platform,
  format: ZImportOptions.shape.format,
  pool: ZImportOptions.shape.poolName,
  columnMapping: z.string().optional().transform((s, ctx) => {
    if (!s) return undefined;
    try {
      return ZImportOptions.shape.columnMapping.parse(JSON.parse(s));
    } catch {
      ctx.addIssue({ code: "custom", message: "columnMapping must be a JSON object of header → field" });
      return z.NEVER;
    }
  }),
});

/**
 * POST /api/imports?fileName=…[&platform=&format=&pool=&columnMapping=] with the raw file as the
 * body: streamed to disk (never buffered), queued for the worker. Returns the job id.
 */
export async function uploadImport(request: Request): Promise<Response> {
  const auth = await authorize("importAudience");
  if ("response" in auth) return auth.response;
  const query = ZUploadQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    const issue = query.error.issues[0]!;
    return jsonError(400, `${issue.path.join(".") || "query"}: ${issue.message}`);
  }
  const { SXE_DATA_DIR, SXE_MAX_UPLOAD_BYTES } = readStorageEnv();
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > SXE_MAX_UPLOAD_BYTES) return jsonError(413, `${query.data.fileName} is larger than the upload limit of ${SXE_MAX_UPLOAD_BYTES.toLocaleString("en")} bytes`);
  if (!request.body) return jsonError(400, "The request has no file body");
  try {
    const queue = await getWebQueue();
    const { fileName, platform, format, pool, columnMapping } = query.data;
    const job = await submitImport(
      serviceDb(),
      { source: Readable.fromWeb(request.body as NodeWebReadableStream<Uint8Array>), fileName, options: { platform, format, poolName: pool, columnMapping } },
      { actor: userActor(auth.user), dataDir: SXE_DATA_DIR, maxBytes: SXE_MAX_UPLOAD_BYTES, enqueue: (importJobId) => queue.enqueue("import.process", { importJobId }) },
    );
    return Response.json(job, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
