import { open } from "node:fs/promises";
import { DomainError } from "@/server/domain/errors";

/** A handoff_batch_records row as the pull API reads it: a stored record, or where its JSONL line is. */
export type TRecordLineRow = { position: number; record: string | null; line_offset: bigint | number | null; line_bytes: number | null };

const NEWLINE = 0x0a;

/**
 * The NDJSON lines of a page of record rows, in row order. A stored record (an erased person's
 * tombstone, or a row frozen before line offsets existed) is used as it is; the others are read
 * from the batch's JSONL file in one read of the byte range they span, each checked to end where
 * the file has a newline (a file that does not match its index is an error, never half a record).
 */
export async function readRecordLines(jsonlPath: string, rows: TRecordLineRow[]): Promise<string[]> {
  const fromFile = rows.filter((row) => row.record === null);
  if (fromFile.length === 0) return rows.map((row) => row.record!);
  const span = (row: TRecordLineRow) => {
    if (row.line_offset === null || row.line_bytes === null) throw new Error(`handoff record ${row.position} has neither a record nor a line`);
    return { start: Number(row.line_offset), end: Number(row.line_offset) + row.line_bytes };
  };
  const first = span(fromFile[0]!).start;
  const buffer = Buffer.alloc(span(fromFile.at(-1)!).end + 1 - first);
  const file = await open(jsonlPath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") throw new DomainError("INVALID_STATE", "The batch's JSONL file is no longer on the server (pruned?): its records cannot be served");
    throw error;
  });
  try {
    const { bytesRead } = await file.read(buffer, 0, buffer.length, first);
    if (bytesRead < buffer.length) throw new Error(`${jsonlPath} is shorter than its record index (${first + bytesRead} < ${first + buffer.length} bytes)`);
  } finally {
    await file.close();
  }
  return rows.map((row) => {
    if (row.record !== null) return row.record;
    const { start, end } = span(row);
    if (buffer[end - first] !== NEWLINE || (start > first && buffer[start - first - 1] !== NEWLINE)) {
      throw new Error(`${jsonlPath} does not match its record index at record ${row.position} (bytes ${start}–${end})`);
    }
    return buffer.toString("utf8", start - first, end - first);
  });
}
