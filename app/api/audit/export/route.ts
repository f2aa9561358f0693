import { downloadAuditExport } from "@/server/api/http/audit-export";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return downloadAuditExport(request);
}
