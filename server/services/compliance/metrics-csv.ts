import { csvRow } from "@/server/domain/csv/csv-row";
import type { TMetrics } from "./get-metrics";

export const metricSeries = ["spend-by-provider-day", "match-by-day", "volume-by-day", "enrichment-batches-by-outcome", "handoffs-by-transport", "spend-by-actor"] as const;
export type TMetricSeries = (typeof metricSeries)[number];

/** One metrics series as a formula-safe CSV. */
export function metricsCsv(metrics: TMetrics, series: TMetricSeries): string {
  const table: [string[], unknown[][]] = (() => {
    switch (series) {
      case "spend-by-provider-day":
        return [["day", "provider", "credits", "amount", "currency"], metrics.spendByProviderDay.map((r) => [r.day, r.provider, r.credits, r.amount, r.currency])];
      case "match-by-day":
        return [["day", "status", "items"], metrics.matchByDay.map((r) => [r.day, r.key, r.value])];
      case "volume-by-day":
        return [["day", "imports", "cards"], metrics.volumeByDay.map((r) => [r.day, r.imports, r.cards])];
      case "enrichment-batches-by-outcome":
        return [["outcome", "batches"], metrics.enrichmentBatchesByOutcome.map((r) => [r.outcome, r.count])];
      case "handoffs-by-transport":
        return [["transport", "status", "deliveries"], metrics.handoffsByTransport.map((r) => [r.transport, r.status, r.count])];
      case "spend-by-actor":
        return [["actor", "credits", "amount", "currency", "events"], metrics.spendByActor.map((r) => [r.actor, r.credits, r.amount, r.currency, r.events])];
    }
  })();
  return [csvRow(table[0]), ...table[1].map(csvRow)].join("");
}
