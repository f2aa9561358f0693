import type { TReadItem, TSourceFormat } from "../formats";
import { readCsv } from "./read-csv";
import { readJson, readJsonText } from "./read-json";
import type { TReadOptions } from "./read-options";
import { readTikTokTxtText } from "./read-tiktok-txt";
import { readXArchive } from "./read-x-archive";
import { decodeText, lookahead } from "./text-source";

/**
 * One entry point for the import service: bytes of one file + the format from detectFormat /
 * resolveFormat → records and per-record errors, streamed. Whole-file problems are thrown as
 * FileFormatError (possibly after some records were yielded, e.g. truncated JSON).
 *
 * Container syntax is decided here, not by the format id: x_archive → JS assignment,
 * scraper_csv → CSV, tiktok_export → JSON document or TXT blocks (by the first character),
 * every other format → one JSON document or JSON Lines (json-lines-sniff.ts).
 */
export async function* readRecords(format: TSourceFormat, source: AsyncIterable<Uint8Array>, opts: TReadOptions): AsyncGenerator<TReadItem> {
  switch (format) {
    case "scraper_csv":
      yield* readCsv(source, opts);
      return;
    case "x_archive":
      yield* readXArchive(source, opts);
      return;
    case "tiktok_export":
      yield* readTikTokExport(source, opts);
      return;
    default:
      yield* readJson(source, { ...opts, format });
  }
}

/** TikTok "Download your data": the JSON export (both layouts) or the TXT blocks. */
export async function* readTikTokExport(source: AsyncIterable<Uint8Array>, opts: TReadOptions): AsyncGenerator<TReadItem> {
  const text = decodeText(source, opts.encoding, opts.onBytes);
  const firstChar = (head: string, ended: boolean): string | undefined => {
    const trimmed = head.trimStart();
    return trimmed.length > 0 ? (trimmed[0] ?? "") : ended ? "" : undefined;
  };
  const { verdict, stream } = await lookahead(text, firstChar, "");
  if (verdict === "{" || verdict === "[") yield* readJsonText(stream, { ...opts, format: "tiktok_export" });
  else yield* readTikTokTxtText(stream, opts);
}
