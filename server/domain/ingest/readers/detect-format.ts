import { parse } from "csv-parse/sync";
import { z } from "zod";
import { FileFormatError, sourceFormatIds, sourceFormats, type TSourceFormat } from "../formats";
import type { TPlatform } from "../profile";
import { detectDelimiter, normalizeHeaders, sepDirective } from "./csv-header";
import { detectEncoding } from "./detect-encoding";
import { childKeys, summarizeJsonHead } from "./detect-json-shape";
import { classifyJsonShape, csvPlatform } from "./detect-rules";
import { decodeHead, firstLine, type TTextEncoding } from "./text-source";

export type TDetectedFormat = { format: TSourceFormat; platform: TPlatform | null; encoding: TTextEncoding; reason: string };

/** How many bytes of the file detection wants (it copes with a head cut anywhere). */
export const DETECT_HEAD_BYTES = 64 * 1024;

const ZSourceFormat = z.enum(sourceFormatIds as [TSourceFormat, ...TSourceFormat[]]);
const TIKTOK_TXT = /(^|\n)[ \t]*Date:[^\n]*\r?\n[ \t]*User ?name:/i;

const unknown = (seen: string): FileFormatError => new FileFormatError(`Unknown file shape: ${seen}`);
const listKeys = (keys: Iterable<string>): string => {
  const all = [...keys];
  return all.length === 0 ? "no keys" : `keys ${all.slice(0, 12).join(", ")}${all.length > 12 ? ", …" : ""}`;
};

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 1024);
  let control = 0;
  for (const c of sample) if (c < " " && c !== "\n" && c !== "\r" && c !== "\t") control += 1;
  return control > sample.length * 0.1;
}

/**
 * Pick the source format from the first ~64 KB (`DETECT_HEAD_BYTES`) of a file and its name.
 * Order: empty → ZIP → `window.YTD.` (X archive) → TikTok TXT blocks → JSON/JSONL by keys
 * (detect-rules.ts) → CSV by its header line. Anything else throws
 * `FileFormatError("Unknown file shape: …what was seen…")`; an empty file throws
 * `FileFormatError("The file is empty")`.
 */
export function detectFormat(head: Uint8Array, fileName: string): TDetectedFormat {
  if (head.length === 0) throw new FileFormatError("The file is empty");
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    throw unknown("a ZIP archive; unzip it and upload the data file inside (e.g. data/follower.js, user_data.json, followers_1.json)");
  }
  const guess = detectEncoding(head);
  const { encoding } = guess;
  const text = decodeHead(head, encoding);
  const body = text.replace(/^\s+/, "");
  if (body === "") throw new FileFormatError("The file is empty");
  const note = guess.bom || encoding !== "utf8" ? `; ${guess.reason}` : "";

  if (body.startsWith("window.YTD.")) {
    const name = /^window\.YTD\.(\w+)/.exec(body)?.[1] ?? "";
    return { format: "x_archive", platform: "x", encoding, reason: `X archive file (window.YTD.${name})${note}` };
  }
  if (TIKTOK_TXT.test(text.slice(0, 4096))) {
    return { format: "tiktok_export", platform: "tiktok", encoding, reason: `TikTok export TXT (Date:/Username: blocks)${note}` };
  }
  if (body.startsWith("{") || body.startsWith("[")) {
    const shape = summarizeJsonHead(body);
    const verdict = classifyJsonShape(shape);
    if (verdict) return { ...verdict, encoding, reason: verdict.reason + note };
    const kind = shape.rootType === "array" ? "JSON array of objects with" : "JSON with";
    throw unknown(`${kind} ${listKeys(childKeys(shape, ""))} — not an X, TikTok, Threads, Meta or scraper layout`);
  }
  if (looksBinary(body)) throw unknown("binary data, not text (is it a spreadsheet or an archive? export it as CSV)");

  const line = firstLine(body);
  const sep = sepDirective(line);
  const headerLine = sep ? firstLine(body.slice(body.indexOf("\n") + 1)) : line;
  const { delimiter, count } = sep ? { delimiter: sep, count: 1 } : detectDelimiter(headerLine);
  if (count === 0 && !/\.(csv|tsv)$/i.test(fileName)) {
    throw unknown(`text whose first line has no comma, semicolon or tab (not JSON, not CSV): "${headerLine.slice(0, 40)}"`);
  }
  let headers: string[] = [];
  try {
    const rows = parse(headerLine, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][];
    headers = normalizeHeaders(rows[0] ?? []);
  } catch {
    headers = normalizeHeaders(headerLine.split(delimiter));
  }
  const { platform, hint } = csvPlatform(headers);
  const name = delimiter === "\t" ? "tab" : delimiter;
  return { format: "scraper_csv", platform, encoding, reason: `CSV with a header row (delimiter ${name}; ${hint})${note}` };
}

/**
 * Apply the user's format choice over detection. The id is validated (FileFormatError naming the
 * valid ids otherwise); the platform follows the chosen format, or stays the detected one for
 * the platform-neutral scraper formats; the encoding always stays the detected one.
 */
export function resolveFormat(detected: TDetectedFormat, override?: string | null): TDetectedFormat {
  if (override === undefined || override === null || override === "") return detected;
  const format = parseFormatId(override);
  if (format === detected.format) return detected;
  return {
    format,
    platform: sourceFormats[format].platform ?? detected.platform,
    encoding: detected.encoding,
    reason: `format chosen by the user (detected ${detected.format}: ${detected.reason})`,
  };
}

function parseFormatId(id: string): TSourceFormat {
  const parsed = ZSourceFormat.safeParse(id);
  if (!parsed.success) throw new FileFormatError(`Unknown format "${id}"; expected one of: ${sourceFormatIds.join(", ")}`);
  return parsed.data;
}

/**
 * Detection for a file whose shape the user already named: with an override, an unrecognised
 * shape is not an error (only the encoding is detected); without one this is `detectFormat`.
 */
export function detectFormatWithOverride(head: Uint8Array, fileName: string, override?: string | null): TDetectedFormat {
  if (override === undefined || override === null || override === "") return detectFormat(head, fileName);
  const format = parseFormatId(override);
  let detected: TDetectedFormat;
  try {
    detected = detectFormat(head, fileName);
  } catch (error) {
    if (!(error instanceof FileFormatError) || !error.message.startsWith("Unknown file shape")) throw error;
    const guess = detectEncoding(head);
    const reason = `format chosen by the user (shape not recognised; ${guess.reason})`;
    return { format, platform: sourceFormats[format].platform, encoding: guess.encoding, reason };
  }
  return resolveFormat(detected, format);
}
