import { z } from "zod";
import { getMetrics } from "@/server/services/compliance/get-metrics";
import { metricsCsv, metricSeries } from "@/server/services/compliance/metrics-csv";
import { serviceDb } from "@/server/services/service-db";
import { authorize, errorResponse, jsonError } from "./respond";

const ZQuery = z.object({ series: z.enum(metricSeries), from: z.coerce.date(), to: z.coerce.date() }).refine((q) => q.to > q.from, { message: "to must be after from" });

/** GET /api/compliance/metrics?series=…&from=…&to=… — one metrics series as formula-safe CSV. */
export async function downloadMetricsCsv(request: Request): Promise<Response> {
  const auth = await authorize("audit");
  if ("response" in auth) return auth.response;
  const query = ZQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return jsonError(400, `Bad metrics request: ${query.error.issues.map((i) => `${i.path.join(".") || "range"} ${i.message}`).join("; ")}`);
  try {
    const metrics = await getMetrics(serviceDb(), query.data);
    const name = `${query.data.series}-${query.data.from.toISOString().slice(0, 10)}-${query.data.to.toISOString().slice(0, 10)}.csv`;
    return new Response(metricsCsv(metrics, query.data.series), { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"` } });
  } catch (error) {
    return errorResponse(error);
  }
}
