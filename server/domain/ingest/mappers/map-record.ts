import type { TSourceFormat } from "../formats";
import { mapMetaExportItem } from "./meta-export-mapper";
import type { TMapOptions, TMapResult } from "./map-types";
import { mapScraperRecord } from "./scraper-mapper";
import { mapThreadsProfile } from "./threads-mapper";
import { mapTikTokExport, mapTikTokResearch, mapTikTokUserInfo } from "./tiktok-mapper";
import { mapXApiUser, mapXArchiveItem } from "./x-mapper";

/**
 * One reader record (`value` = the raw JSON item or CSV row) → a profile candidate, or a
 * record-level error when the item is not the shape its format promises. Candidates are still
 * dirty: `toCanonicalProfile` sanitises and validates them. Fixed-platform formats ignore
 * `platformOverride`; scraper formats use it only when the record does not say.
 */
export function mapRecord(format: TSourceFormat, value: unknown, opts: TMapOptions = {}): TMapResult {
  switch (format) {
    case "x_api_v2":
      return mapXApiUser(value);
    case "x_archive":
      return mapXArchiveItem(value);
    case "tiktok_user_info":
      return mapTikTokUserInfo(value);
    case "tiktok_research":
      return mapTikTokResearch(value);
    case "tiktok_export":
      return mapTikTokExport(value);
    case "threads_profile":
      return mapThreadsProfile(value);
    case "meta_export":
      return mapMetaExportItem(value);
    case "scraper_csv":
    case "scraper_json":
      return mapScraperRecord(value, opts);
    default: {
      const unreachable: never = format;
      throw new Error(`no mapper for source format ${String(unreachable)}`);
    }
  }
}
