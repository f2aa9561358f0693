import { listBatchesRoute } from "@/server/api/http/handoff-pull";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/handoff/v1/batches — frozen batches, newest first (Bearer token, scope batches:read). */
export function GET(request: Request) {
  return listBatchesRoute(request);
}
