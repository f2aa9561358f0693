/** Public surface of the readers: detection, the dispatcher, one reader per family, the CSV preview. */
export { detectFormat, detectFormatWithOverride, resolveFormat, DETECT_HEAD_BYTES, type TDetectedFormat } from "./detect-format";
export { detectEncoding, type TEncodingGuess } from "./detect-encoding";
export { readRecords, readTikTokExport } from "./read-records";
export { readJson, type TJsonReadOptions } from "./read-json";
export { readJsonLines, type TJsonLinesReadOptions } from "./read-jsonl";
export { readXArchive } from "./read-x-archive";
export { readTikTokTxt } from "./read-tiktok-txt";
export { readCsv, MAX_RECORD_CHARS } from "./read-csv";
export { previewCsv, type TCsvPreview } from "./preview-csv";
export { MAX_LINE_CHARS, type TReadOptions } from "./read-options";
export type { TJsonFormat } from "./json-routes";
export type { TRelation } from "./json-walker";
export type { TTextEncoding } from "./text-source";
