/** How the records of a batch file end: JSONL at every "\n"; CSV (RFC 4180) at a "\n" outside quotes. */
export type TRecordFormat = "jsonl" | "csv";

const QUOTE = 34; // "
const NEWLINE = 10; // \n

/**
 * Splits streamed text into whole records, each returned with its own line terminator, so that
 * joining what it returns gives back the input unchanged. In CSV a newline inside a quoted cell
 * (a display name written on two lines) stays inside its record: `""` (an escaped quote) closes
 * and reopens the quotes, which leaves the state as it was. Feed chunks with `push`, then `end`.
 */
export class RecordSplitter {
  private pending = "";
  /** Where scanning of `pending` resumes, and whether that point is inside a quoted cell. */
  private scanned = 0;
  private inQuotes = false;

  constructor(private readonly format: TRecordFormat) {}

  push(chunk: string): string[] {
    this.pending += chunk;
    const text = this.pending;
    const records: string[] = [];
    const quoted = this.format === "csv";
    let start = 0;
    let inQuotes = this.inQuotes;
    for (let i = this.scanned; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (quoted && code === QUOTE) inQuotes = !inQuotes;
      else if (code === NEWLINE && !inQuotes) {
        records.push(text.slice(start, i + 1));
        start = i + 1;
      }
    }
    this.pending = text.slice(start);
    this.scanned = this.pending.length;
    this.inQuotes = inQuotes;
    return records;
  }

  /** The last record when the text does not end with a newline (none otherwise). */
  end(): string[] {
    const rest = this.pending;
    this.pending = "";
    this.scanned = 0;
    this.inQuotes = false;
    return rest ? [rest] : [];
  }
}
