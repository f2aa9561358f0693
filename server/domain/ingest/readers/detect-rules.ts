import type { TSourceFormat } from "../formats";
import type { TPlatform } from "../profile";
import { childKeys, type TJsonShape } from "./detect-json-shape";

/** Which format a JSON head is, from its keys (spec/sources.md); null when nothing matches. */
export type TShapeVerdict = { format: TSourceFormat; platform: TPlatform | null; reason: string };

const TIKTOK_EXPORT_SECTIONS = ["Activity", "Profile And Settings", "Your Activity", "Ads and data", "App Settings", "Comment", "Direct Messages", "Profile", "Video"];
const TIKTOK_USER = ["open_id", "union_id", "bio_description", "display_name", "avatar_url_100", "avatar_large_url", "video_count", "profile_deep_link"];
const THREADS_API = ["threads_biography", "threads_profile_picture_url", "biography", "profile_picture_url"];
const THREADS_SCRAPER = ["fullName", "full_name", "followerCount", "profilePicUrl", "profile_pic_url", "bioLinks", "isPrivate", "pk"];
const X_LEGACY = ["screen_name", "followers_count", "friends_count", "statuses_count", "id_str", "favourites_count", "profile_image_url_https"];
const X_CAMEL = ["userName", "followersCount", "followingCount", "isBlueVerified", "statusesCount", "favouritesCount", "profilePicture"];
const HANDLE_KEYS = ["username", "handle", "user_name", "UserName", "uniqueId"];

const union = (...sets: Set<string>[]): Set<string> => new Set(sets.flatMap((s) => [...s]));
const anyOf = (keys: Set<string>, list: readonly string[]): string | undefined => list.find((k) => keys.has(k));

export function classifyJsonShape(shape: TJsonShape): TShapeVerdict | null {
  const { paths } = shape;
  const root = childKeys(shape, "");
  const data = union(childKeys(shape, "data"), childKeys(shape, "data[]"));
  const user = union(childKeys(shape, "data.user"), childKeys(shape, "data[].user"));
  const items = union(childKeys(shape, "items[]"), childKeys(shape, "results[]"));
  const records = union(root, data, user, items);
  const has = (path: string): boolean => paths.has(path);

  const exportList = [...paths].find((p) => /(^|\.)(FansList|Follower List|Following List)$/.test(p));
  const sections = TIKTOK_EXPORT_SECTIONS.filter((s) => root.has(s));
  if (exportList || has("Profile And Settings.Follower") || has("Profile And Settings.Following") || sections.length >= 2) {
    return { format: "tiktok_export", platform: "tiktok", reason: `TikTok data export (${exportList ?? sections.join(", ")})` };
  }
  const metaKey = [...root].find((k) => k.startsWith("text_post_app_") || k.startsWith("relationships_"));
  if (metaKey || records.has("string_list_data")) {
    return { format: "meta_export", platform: "threads", reason: `Meta data export (${metaKey ?? "items with string_list_data"})` };
  }
  if (records.has("authorMeta")) return { format: "scraper_json", platform: "tiktok", reason: "Apify TikTok scraper items (authorMeta)" };

  const threadsKey = anyOf(records, THREADS_API);
  const tiktokKey = anyOf(records, TIKTOK_USER);
  if (!threadsKey && !tiktokKey && (data.has("public_metrics") || (data.has("username") && data.has("id")))) {
    return { format: "x_api_v2", platform: "x", reason: "X API v2 response: data with user objects (username, id/public_metrics)" };
  }
  if (!root.has("data") && root.has("errors") && (has("errors[].resource_id") || has("errors[].title"))) {
    return { format: "x_api_v2", platform: "x", reason: "X API v2 response with errors[] only" };
  }
  if (has("data.user_followers") || has("data.user_following") || data.has("bio_url") || root.has("bio_url") || (anyOf(data, TIKTOK_USER) && !data.has("user"))) {
    return { format: "tiktok_research", platform: "tiktok", reason: "TikTok Research API user info / follower list" };
  }
  if ((root.has("data") && has("error.log_id")) || anyOf(user, TIKTOK_USER) || anyOf(root, TIKTOK_USER)) {
    return { format: "tiktok_user_info", platform: "tiktok", reason: `TikTok Display API user info (${tiktokKey ?? "data/error envelope"})` };
  }
  const xLegacy = anyOf(records, X_LEGACY);
  if (xLegacy) return { format: "scraper_json", platform: "x", reason: `X scraper export, legacy field names (${xLegacy})` };
  const xCamel = anyOf(records, X_CAMEL);
  if (xCamel) return { format: "scraper_json", platform: "x", reason: `X scraper export, camelCase field names (${xCamel})` };
  const threadsScraper = anyOf(records, THREADS_SCRAPER);
  if (threadsScraper) return { format: "scraper_json", platform: "threads", reason: `Threads scraper export (${threadsScraper})` };
  if (threadsKey && (records.has("username") || threadsKey.startsWith("threads_")) || (records.has("follower_count") && records.has("username"))) {
    return { format: "threads_profile", platform: "threads", reason: `Threads profile objects (${threadsKey ?? "follower_count"})` };
  }
  if (root.has("error") && (has("error.fbtrace_id") || has("error.error_subcode"))) {
    return { format: "threads_profile", platform: "threads", reason: "Threads (Graph API) error response" };
  }
  if (records.has("public_metrics") || (records.has("username") && records.has("id") && records.has("description"))) {
    return { format: "x_api_v2", platform: "x", reason: "X API v2 user objects (public_metrics / username+id+description)" };
  }
  const handleKey = anyOf(records, HANDLE_KEYS);
  if (handleKey) return { format: "scraper_json", platform: null, reason: `JSON records with a handle field (${handleKey}); platform from the header-alias map` };
  return null;
}

/** Platform of a scraper CSV from its header names (null when mixed or unknown). */
export function csvPlatform(headers: readonly string[]): { platform: TPlatform | null; hint: string } {
  const set = new Set(headers);
  if (set.has("platform")) return { platform: null, hint: "a platform column (mixed platforms)" };
  const tiktok = headers.find((h) => /^authorMeta[./]/.test(h)) ?? anyOf(set, TIKTOK_USER);
  if (tiktok) return { platform: "tiktok", hint: tiktok };
  const x = anyOf(set, [...X_LEGACY, ...X_CAMEL]) ?? headers.find((h) => /^public_metrics[./]/.test(h));
  if (x) return { platform: "x", hint: x };
  const threads = anyOf(set, [...THREADS_SCRAPER, ...THREADS_API]);
  if (threads) return { platform: "threads", hint: threads };
  return { platform: null, hint: "headers mapped through the alias table" };
}
