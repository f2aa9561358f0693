import { getBatchRoute } from "@/server/api/http/handoff-pull";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/handoff/v1/batches/{id} — the batch manifest (scope batches:read). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return getBatchRoute(request, (await params).id);
}
