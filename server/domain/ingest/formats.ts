import type { TPlatform, TRecordError, TSourceRecord } from "./profile";

/**
 * Source formats the importer reads (see README "Supported sources"). Detection picks one;
 * users may override it. Readers turn bytes into records; mappers turn records into candidates.
 */
export const sourceFormats = {
  x_api_v2: { platform: "x", label: "X API v2 users (lookup/followers envelope, arrays or single user objects)" },
  x_archive: { platform: "x", label: "X account archive follower.js / following.js (ids only)" },
  tiktok_user_info: { platform: "tiktok", label: "TikTok Display API user info (data.user envelope or bare objects, JSON/JSONL)" },
  tiktok_research: { platform: "tiktok", label: "TikTok Research API user info and follower/following lists" },
  tiktok_export: { platform: "tiktok", label: "TikTok 'Download your data' followers/following (JSON both layouts, TXT)" },
  threads_profile: { platform: "threads", label: "Threads profile-lookup objects (JSON/JSONL)" },
  meta_export: { platform: "threads", label: "Meta 'Download your information' followers/following (Threads and Instagram layouts)" },
  scraper_csv: { platform: null, label: "Scraper CSV export (Apify and others) through the header-alias map" },
  scraper_json: { platform: null, label: "Scraper JSON/JSONL export (Apify and others) through the header-alias map" },
} as const satisfies Record<string, { platform: TPlatform | null; label: string }>;

export type TSourceFormat = keyof typeof sourceFormats;
export const sourceFormatIds = Object.keys(sourceFormats) as TSourceFormat[];

/** What a reader yields: a record, or a per-record problem (e.g. one malformed JSONL line). */
export type TReadItem = ({ kind: "record" } & TSourceRecord) | ({ kind: "error" } & TRecordError);

/** A file that cannot be read as a whole (truncated JSON, unknown shape, empty, header-only). */
export class FileFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FileFormatError";
  }
}

/** A non-fatal observation about the file, e.g. an entry of an X API `errors[]` array. */
export type TFileWarning = { code: string; message: string };
