/**
 * Rewriting one erased person's record inside a frozen batch file, record by record (pure). The
 * record keeps its place (line count, order and every other byte stay the same) and its lead id,
 * so consumers can match it with the `com.sxe.lead.erased.v1` event:
 * - JSONL: the line becomes `{"erased":true,"lead_id":"lc_…"}` padded with spaces to the line's
 *   byte length (still one JSON value), so every line keeps the byte offset the pull API reads it at;
 * - CSV: the row becomes the lead id followed by empty cells (the header is kept).
 */

/** `erased_now`: this record was the person's and is replaced; `already_erased`: it was replaced before. */
export type TScrubOutcome = "erased_now" | "already_erased" | "other";
export type TScrubbedRecord = { text: string; outcome: TScrubOutcome };
/** Rewrites one raw record (with its line terminator) of a file read from the start. */
export type TRecordScrubber = (raw: string) => TScrubbedRecord;

/** Lead public ids are `lc_` + hex: never quoted in CSV, never escaped in JSON. */
const LEAD_ID = /^lc_[0-9A-Za-z]{1,64}$/;

function assertLeadId(leadId: string): void {
  if (!LEAD_ID.test(leadId)) throw new Error(`not a lead public id: ${JSON.stringify(leadId.slice(0, 80))}`);
}

const terminatorOf = (raw: string) => (raw.endsWith("\r\n") ? "\r\n" : raw.endsWith("\n") ? "\n" : "");

export const erasedJsonlLine = (leadId: string) => JSON.stringify({ erased: true, lead_id: leadId });

export const erasedCsvRecord = (leadId: string, columnCount: number, terminator = "\r\n") => `${leadId}${",".repeat(Math.max(columnCount - 1, 0))}${terminator}`;

const isRecordOf = (value: unknown, leadId: string) => typeof value === "object" && value !== null && (value as { lead_id?: unknown }).lead_id === leadId;

/** One JSONL line: the person's record (its parsed `lead_id` is theirs) becomes the erased line. */
export function scrubJsonlRecord(raw: string, leadId: string): TScrubbedRecord {
  const unchanged = { text: raw, outcome: "other" as const };
  if (!raw.includes(`"${leadId}"`)) return unchanged; // cheap filter: most lines are someone else's
  const terminator = terminatorOf(raw);
  const line = raw.slice(0, raw.length - terminator.length);
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return unchanged;
  }
  if (!isRecordOf(parsed, leadId)) return unchanged;
  const erased = erasedJsonlLine(leadId);
  if (line.trimEnd() === erased) return { text: raw, outcome: "already_erased" };
  return { text: `${erased.padEnd(Buffer.byteLength(line))}${terminator}`, outcome: "erased_now" };
}

/** How many cells a CSV record has (commas outside quotes + 1). */
export function csvColumnCount(raw: string): number {
  let inQuotes = false;
  let commas = 0;
  for (const char of raw) {
    if (char === '"') inQuotes = !inQuotes;
    else if (char === "," && !inQuotes) commas++;
  }
  return commas + 1;
}

/** One CSV record of a file whose rows start with the lead id: the person's row keeps only its id. */
export function scrubCsvRecord(raw: string, leadId: string, columnCount: number): TScrubbedRecord {
  const terminator = terminatorOf(raw);
  const isTheirs = raw.startsWith(`${leadId},`) || raw === `${leadId}${terminator}`;
  if (!isTheirs) return { text: raw, outcome: "other" };
  const erased = erasedCsvRecord(leadId, columnCount, terminator);
  return raw === erased ? { text: raw, outcome: "already_erased" } : { text: erased, outcome: "erased_now" };
}

export function jsonlRecordScrubber(leadId: string): TRecordScrubber {
  assertLeadId(leadId);
  return (raw) => scrubJsonlRecord(raw, leadId);
}

/** The first record is the header: it is kept and gives the column count of the erased row. */
export function csvRecordScrubber(leadId: string): TRecordScrubber {
  assertLeadId(leadId);
  let columnCount: number | undefined;
  return (raw) => {
    if (columnCount === undefined) {
      columnCount = csvColumnCount(raw.replace(/\r?\n$/, ""));
      return { text: raw, outcome: "other" };
    }
    return scrubCsvRecord(raw, leadId, columnCount);
  };
}
