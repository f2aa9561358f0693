import { fileStream, zipFilesStream } from "@/server/adapters/handoff/zip-files";
import { ARCHIVE_NAME, openBatchDownload } from "@/server/services/handoff/open-batch-download";
import { serviceDb } from "@/server/services/service-db";
import { userActor } from "../trpc";
import { authorize, errorResponse } from "./respond";

/** GET /api/handoff/downloads/{batch}/{name} — one file of a frozen batch, or archive.zip (ADMIN). */
export async function downloadBatchFile(batch: string, name: string): Promise<Response> {
  const auth = await authorize("handoff");
  if ("response" in auth) return auth.response;
  try {
    const { publicId, files } = await openBatchDownload(serviceDb(), { batch, name, actor: userActor(auth.user) });
    if (name === ARCHIVE_NAME) {
      return new Response(zipFilesStream(files, publicId), { headers: { "content-type": "application/zip", "content-disposition": `attachment; filename="${publicId}.zip"`, "cache-control": "no-store" } });
    }
    const file = files[0]!;
    return new Response(fileStream(file.path), {
      headers: { "content-type": file.mediaType, "content-length": String(file.bytes), "content-disposition": `attachment; filename="${file.name}"`, "x-sxe-sha256": file.sha256, "cache-control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
