import { listRecordsRoute } from "@/server/api/http/handoff-pull";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/handoff/v1/batches/{id}/records — one NDJSON page of lead records (scope records:read). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return listRecordsRoute(request, (await params).id);
}
