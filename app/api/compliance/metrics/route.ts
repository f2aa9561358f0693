import { downloadMetricsCsv } from "@/server/api/http/metrics-csv";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return downloadMetricsCsv(request);
}
