import type { TFileWarning } from "../formats";
import type { TTextEncoding } from "./text-source";

/** What every reader needs besides the bytes. */
export type TReadOptions = {
  /** From detectFormat: the decoder to use (a BOM, if any, is dropped). */
  encoding: TTextEncoding;
  /** Used for hints only: `.jsonl`/`.ndjson` forces JSON Lines; "following"/"follower" in the name sets `relation` when the content does not say. */
  fileName: string;
  /** CSV only: header → canonical key, applied after header names are trimmed and de-duplicated. */
  columnMapping?: Record<string, string>;
  /** Non-fatal observations (X `errors[]`, `meta.next_token`, unused column mappings). */
  onWarning?: (warning: TFileWarning) => void;
  /** Progress: called with the byte length of every chunk as it is consumed. */
  onBytes?: (n: number) => void;
};

/** Longest JSONL / TXT line kept in memory; longer lines become a per-record error. */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;
