import { getProcessingRecord } from "@/server/services/compliance/get-processing-record";
import { serviceDb } from "@/server/services/service-db";
import { authorize, errorResponse } from "./respond";

/** GET /api/compliance/processing-record?format=md|html — the Art. 30 record, generated now. */
export async function downloadProcessingRecord(request: Request): Promise<Response> {
  const auth = await authorize("audit");
  if ("response" in auth) return auth.response;
  const format = new URL(request.url).searchParams.get("format") === "md" ? "md" : "html";
  try {
    const { markdown, html } = await getProcessingRecord(serviceDb());
    const day = new Date().toISOString().slice(0, 10);
    return format === "md"
      ? new Response(markdown, { headers: { "content-type": "text/markdown; charset=utf-8", "content-disposition": `attachment; filename="record-of-processing-${day}.md"` } })
      : new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "content-disposition": `inline; filename="record-of-processing-${day}.html"` } });
  } catch (error) {
    return errorResponse(error);
  }
}
