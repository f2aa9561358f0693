import { csvRow } from "@/server/domain/csv/csv-row";
import { getImportJob } from "@/server/services/ingest/get-import-job";
import { listImportErrors } from "@/server/services/ingest/list-import-errors";
import { serviceDb } from "@/server/services/service-db";
import { authorize, errorResponse } from "./respond";

/** GET /api/imports/{id}/errors.csv — every rejected record of a job, streamed page by page. */
export async function downloadImportErrors(jobId: string): Promise<Response> {
  const auth = await authorize("viewAudience");
  if ("response" in auth) return auth.response;
  const db = serviceDb();
  let job;
  try {
    job = await getImportJob(db, jobId, { errorLimit: 0 });
  } catch (error) {
    return errorResponse(error);
  }
  const encoder = new TextEncoder();
  let afterId: bigint | undefined;
  let headerSent = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvRow(["record", "line", "field", "code", "message"])));
        return;
      }
      const page = await listImportErrors(db, jobId, { limit: 2000, afterId });
      if (page.length === 0) return controller.close();
      afterId = page.at(-1)!.id;
      controller.enqueue(encoder.encode(page.map((e) => csvRow([e.record, e.line, e.field, e.code, e.message])).join("")));
    },
  });
  const name = `${job.fileName.replace(/[^\w.-]+/g, "_")}-errors.csv`;
  return new Response(body, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"` } });
}
