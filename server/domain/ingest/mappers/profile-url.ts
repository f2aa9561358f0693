import type { TPlatform } from "../profile";

export type TProfileUrlInfo = { platform: TPlatform; handle: string | null; platformUserId: string | null };

const X_HOSTS = new Set(["x.com", "twitter.com"]);
const TIKTOK_SHORT_HOSTS = new Set(["vm.tiktok.com", "vt.tiktok.com"]);
const THREADS_HOSTS = new Set(["threads.net", "threads.com"]);
/** First path segments on x.com that are pages, not users. */
const X_RESERVED = new Set(["home", "search", "explore", "settings", "hashtag", "share", "messages", "notifications", "compose", "login", "signup", "tos", "privacy", "i", "intent"]);

function toUrl(s: string): URL | null {
  const t = s.trim();
  if (t === "" || /\s/.test(t)) return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `https://${t}`);
  } catch {
    return null;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function xProfile(url: URL, segments: string[]): TProfileUrlInfo {
  const [first = "", second = "", third = ""] = segments;
  const info: TProfileUrlInfo = { platform: "x", handle: null, platformUserId: null };
  if (first === "intent") {
    info.platformUserId = url.searchParams.get("user_id");
    info.handle = url.searchParams.get("screen_name");
  } else if (first === "i" && second === "user") {
    info.platformUserId = third || null;
  } else if (first !== "" && !X_RESERVED.has(first.toLowerCase())) {
    info.handle = first;
  }
  return info;
}

/**
 * Recognises a profile (or post) URL on a supported platform and what it says about the user:
 * `x.com/maya` / `twitter.com/intent/user?user_id=1`, `tiktok.com/@maya[/video/1]`, `vm.tiktok.com/…`
 * (platform only), `threads.net/@maya` / `threads.com/@maya`. Anything else (t.co, instagram.com,
 * personal sites) → null. Handles are returned raw; validation checks them.
 */
export function parseProfileUrl(value: unknown): TProfileUrlInfo | null {
  if (typeof value !== "string") return null;
  const url = toUrl(value);
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) return null;
  const host = url.hostname.toLowerCase().replace(/^(?:www|m|mobile)\./, "");
  const segments = url.pathname.split("/").filter((s) => s !== "").map(safeDecode);
  const first = segments[0] ?? "";
  if (X_HOSTS.has(host)) return xProfile(url, segments);
  if (host === "tiktok.com") return { platform: "tiktok", handle: first.startsWith("@") ? first.slice(1) : null, platformUserId: null };
  if (TIKTOK_SHORT_HOSTS.has(host)) return { platform: "tiktok", handle: null, platformUserId: null };
  if (THREADS_HOSTS.has(host)) return { platform: "threads", handle: first.startsWith("@") ? first.slice(1) : null, platformUserId: null };
  return null;
}

export function isTcoLink(value: unknown): boolean {
  return typeof value === "string" && /^(?:https?:\/\/)?t\.co\//i.test(value.trim());
}
