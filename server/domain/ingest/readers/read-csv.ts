import { Readable, pipeline } from "node:stream";
import { parse } from "csv-parse";
import { FileFormatError, type TReadItem } from "../formats";
import { detectDelimiter, headerLineEnd, normalizeHeaders, sepDirective, uniqueNames, type TCsvDelimiter } from "./csv-header";
import { setOwn } from "./json-walker";
import type { TReadOptions } from "./read-options";
import { decodeText, lookahead } from "./text-source";

/**
 * Scraper CSV through csv-parse's streaming parser. Text is decoded first (UTF-8 or UTF-16 LE/BE,
 * with or without BOM), so csv-parse only ever sees strings. The delimiter (`,` `;` tab) is the
 * one the header line uses most outside quotes; an Excel `sep=;` first line is honoured.
 * Quoted fields may hold delimiters, `""` and line breaks; CRLF and LF both work; stray quotes
 * inside unquoted fields are kept as text (`relax_quotes`).
 *
 * Rows become `{ [header]: cell }` with every cell a string as written (no trimming, no casting);
 * headers are trimmed, blanks named `column_N`, repeats `name_2`…, then `columnMapping` renames
 * them (a clash after renaming is de-duplicated the same way). `line` is the row's first line
 * (the header is line 1). Rows whose cells are all empty are skipped (blank lines, `,,,`).
 *
 * Ragged rows (decision): fewer cells than headers → per-record error `ragged_row`; more cells
 * → accepted when every extra cell is empty (trailing delimiters some exporters add), otherwise
 * `ragged_row`. Either way reading continues. The message names the line and both counts.
 *
 * Whole-file errors (FileFormatError): no header ("The file is empty"), a header without data
 * rows, a quote that never closes, a record over MAX_RECORD_CHARS (bounded memory).
 */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

type TCsvStart = { delimiter: TCsvDelimiter; skipFirstLine: boolean };

function sniffStart(head: string, ended: boolean): TCsvStart | undefined {
  const end = headerLineEnd(head);
  if (end < 0 && !ended) return undefined;
  const first = (end < 0 ? head : head.slice(0, end)).replace(/\r?\n$/, "");
  const sep = sepDirective(first);
  return sep ? { delimiter: sep, skipFirstLine: true } : { delimiter: detectDelimiter(first).delimiter, skipFirstLine: false };
}

/** Line breaks inside a raw record: `\r\n`, lone `\n`, lone `\r` (csv-parse may hand back `…\r`). */
function lineBreaks(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw.charCodeAt(i);
    if (c === 10) n += 1;
    else if (c === 13 && raw.charCodeAt(i + 1) !== 10) n += 1;
  }
  return n;
}

const isRawRow = (row: unknown): row is { record: string[]; raw: string } =>
  typeof row === "object" && row !== null && "record" in row && Array.isArray(row.record) && "raw" in row && typeof row.raw === "string";

function csvFailure(error: unknown, line: number): FileFormatError {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code === "CSV_QUOTE_NOT_CLOSED") return new FileFormatError(`The CSV has a quote that is never closed (the record starting on line ${line})`);
  if (code === "CSV_MAX_RECORD_SIZE") {
    return new FileFormatError(`The CSV record starting on line ${line} is longer than ${MAX_RECORD_CHARS / (1024 * 1024)} MB (probably an unclosed quote)`);
  }
  if (error instanceof FileFormatError) return error;
  return new FileFormatError(`The CSV cannot be read at line ${line}: ${error instanceof Error ? error.message : String(error)}`);
}

export async function* readCsv(source: AsyncIterable<Uint8Array>, opts: TReadOptions): AsyncGenerator<TReadItem> {
  const text = decodeText(source, opts.encoding, opts.onBytes);
  const fallback: TCsvStart = { delimiter: ",", skipFirstLine: false };
  const { verdict, head, stream } = await lookahead(text, sniffStart, fallback, MAX_RECORD_CHARS);
  if (head.trim() === "") {
    await stream.return(undefined);
    throw new FileFormatError("The file is empty");
  }
  const parser = parse({
    delimiter: verdict.delimiter,
    from_line: verdict.skipFirstLine ? 2 : 1,
    raw: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARS,
  });
  pipeline(Readable.from(stream), parser, () => undefined);

  let keys: string[] | null = null;
  let width = 0;
  let line = verdict.skipFirstLine ? 2 : 1;
  let index = 0;
  try {
    for await (const row of parser as AsyncIterable<unknown>) {
      if (!isRawRow(row)) continue;
      const start = line;
      line += lineBreaks(row.raw);
      const cells = row.record;
      if (cells.every((cell) => cell.trim() === "")) continue;
      if (!keys) {
        const headers = normalizeHeaders(cells);
        const mapping = opts.columnMapping ?? {};
        keys = uniqueNames(headers.map((h) => mapping[h] ?? h));
        width = headers.length;
        const unused = Object.keys(mapping).filter((h) => !headers.includes(h));
        if (unused.length > 0) opts.onWarning?.({ code: "column_mapping_unused", message: `Column mapping names headers not in the file: ${unused.join(", ")}` });
        continue;
      }
      index += 1;
      const extraFilled = cells.slice(width).some((cell) => cell.trim() !== "");
      if (cells.length < width || extraFilled) {
        const message = `line ${start} has ${cells.length} columns, expected ${width}`;
        yield { kind: "error", index, line: start, field: null, code: "ragged_row", message };
        continue;
      }
      const value: Record<string, unknown> = {};
      keys.forEach((key, i) => setOwn(value, key, cells[i] ?? ""));
      yield { kind: "record", index, line: start, value };
    }
  } catch (error) {
    throw csvFailure(error, line);
  }
  if (!keys) throw new FileFormatError("The file is empty");
  if (index === 0) throw new FileFormatError("The CSV has a header row but no data rows");
}
