import { parse } from "csv-parse/sync";
import { FileFormatError } from "../formats";
import { detectDelimiter, headerLineEnd, normalizeHeaders, sepDirective } from "./csv-header";
import { decodeHead, type TTextEncoding } from "./text-source";

export type TCsvPreview = { headers: string[]; rows: string[][]; delimiter: string };

/**
 * First rows of a CSV for the console's column-mapping screen, from the file's head (which may be
 * cut anywhere). Headers are cleaned exactly as `readCsv` cleans them, so a mapping chosen here
 * applies unchanged. Only complete lines are used; rows keep their raw cell strings.
 */
export function previewCsv(head: Uint8Array, encoding: TTextEncoding, maxRows = 10): TCsvPreview {
  let text = decodeHead(head, encoding);
  const firstEnd = headerLineEnd(text);
  const first = (firstEnd < 0 ? text : text.slice(0, firstEnd)).replace(/\r?\n$/, "");
  const sep = sepDirective(first);
  const delimiter = sep ?? detectDelimiter(first).delimiter;
  if (sep) text = text.slice(firstEnd < 0 ? text.length : firstEnd);
  // drop a cut-off last line (the head may end mid-row)
  const lastBreak = text.lastIndexOf("\n");
  if (lastBreak >= 0 && lastBreak < text.length - 1) text = text.slice(0, lastBreak + 1);

  let records: string[][] = [];
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      records = parse(text, { delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: true, to: maxRows + 1 }) as string[][];
      break;
    } catch {
      // a quoted field cut by the head: retry without the last line
      const cut = text.lastIndexOf("\n", text.length - 2);
      if (cut < 0) break;
      text = text.slice(0, cut + 1);
    }
  }
  const [header, ...rows] = records.filter((r) => r.some((cell) => cell.trim() !== ""));
  if (!header) throw new FileFormatError("The file is empty");
  return { headers: normalizeHeaders(header), rows: rows.slice(0, maxRows), delimiter };
}
