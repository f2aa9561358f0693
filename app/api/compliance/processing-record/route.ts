import { downloadProcessingRecord } from "@/server/api/http/processing-record";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return downloadProcessingRecord(request);
}
