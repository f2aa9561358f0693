import { createHash } from "node:crypto";
import type { AuditLog } from "@/server/db/generated/prisma/client";
import { csvRow } from "@/server/domain/csv/csv-row";
import { exportColumns, exportCsvValues, exportJsonLine, toExportRow } from "@/server/domain/audit/export-row";
import { toChainRow } from "./audit-event-dto";

export type TExportFormat = "csv" | "jsonl";
/** Where export bytes go (a file, an HTTP body); resolves when the sink can take more (back-pressure). */
export type TExportSink = (chunk: string) => Promise<void> | void;

export type TExportStats = { rowCount: number; firstSeq: string | null; lastSeq: string | null; firstPrevHash: string | null; lastHash: string | null; sha256: string; bytes: number };

/**
 * Writes pages of audit rows (seq ascending) as CSV or JSONL to a sink, hashing the bytes as they
 * pass: one page in memory at a time, however long the trail. CSV cells are formula-safe.
 */
export async function streamAuditExport(pages: AsyncIterable<AuditLog[]>, format: TExportFormat, sink: TExportSink): Promise<TExportStats> {
  const hash = createHash("sha256");
  let bytes = 0;
  const emit = async (text: string) => {
    const buffer = Buffer.from(text, "utf8");
    hash.update(buffer);
    bytes += buffer.length;
    await sink(text);
  };
  const stats = { rowCount: 0, firstSeq: null as string | null, lastSeq: null as string | null, firstPrevHash: null as string | null, lastHash: null as string | null };
  if (format === "csv") await emit(csvRow([...exportColumns]));
  for await (const page of pages) {
    if (page.length === 0) continue;
    const rows = page.map((r) => toExportRow(toChainRow(r)));
    await emit(rows.map((r) => (format === "csv" ? csvRow(exportCsvValues(r)) : exportJsonLine(r))).join(""));
    if (stats.firstSeq === null) {
      stats.firstSeq = rows[0]!.seq;
      stats.firstPrevHash = rows[0]!.prev_hash;
    }
    stats.rowCount += rows.length;
    stats.lastSeq = rows.at(-1)!.seq;
    stats.lastHash = rows.at(-1)!.hash;
  }
  return { ...stats, sha256: hash.digest("hex"), bytes };
}
