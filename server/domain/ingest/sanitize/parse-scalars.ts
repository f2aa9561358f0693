import { URL_MAX_LENGTH } from "../profile";
import { isAbsent } from "./result";

const TRUE = new Set(["true", "1", "yes", "y", "t"]);
const FALSE = new Set(["false", "0", "no", "n", "f"]);

/** true/false, 1/0, "true"/"false", "1"/"0", "yes"/"no" (any case) → boolean; anything else → null. */
export function parseBoolean(v: unknown): boolean | null {
  if (typeof v === "boolean") return v;
  if (v === 1 || v === 0) return v === 1;
  if (typeof v !== "string") return null;
  const s = v.trim().toLowerCase();
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return null;
}

const BARE_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?::\d{1,5})?(?:[/?#]\S*)?$/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * An http(s) URL or null. Bare domains (`mayabakes.example`, `www.shop.com/x`, as display URLs
 * and many scrapers write them) get `https://` — decided because dropping them would lose most
 * scraper websites. Other schemes (`javascript:`, `mailto:`, `tel:`, `data:`), URLs with
 * credentials, whitespace, no dotted host, or longer than URL_MAX_LENGTH → null. The text is kept
 * as written (not re-serialised), apart from the added scheme.
 */
export function parseWebsite(v: unknown): string | null {
  return parseHttpUrl(v, { allowBareDomain: true });
}

/** Avatars and other machine-written links: same as parseWebsite but a scheme is required. */
export function parseHttpUrl(v: unknown, opts: { allowBareDomain: boolean }): string | null {
  if (typeof v !== "string") return null;
  let s = v.trim();
  if (s === "" || s.length > URL_MAX_LENGTH || /\s/.test(s)) return null;
  if (!HAS_SCHEME.test(s)) {
    if (!opts.allowBareDomain || !BARE_DOMAIN.test(s)) return null;
    s = `https://${s}`;
  }
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username !== "" || url.password !== "") return null;
  if (!url.hostname.includes(".") || s.length > URL_MAX_LENGTH) return null;
  return s;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** "Tue Apr 21 06:49:15 +0000 2009" (X v1.1 created_at) */
const TWITTER_LEGACY = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/;
/** ISO-8601 date or date-time; also "YYYY-MM-DD HH:MM:SS" (TikTok export, read as UTC). */
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const UNIX = /^\d{9,13}(?:\.\d+)?$/;

/** Plausible account-creation range; anything outside is a unit or format mistake. */
const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_TIME = Date.UTC(2100, 0, 1);

function checked(ms: number): Date | null {
  return Number.isFinite(ms) && ms >= MIN_TIME && ms < MAX_TIME ? new Date(ms) : null;
}

function fromUnix(n: number): Date | null {
  return checked(n < 1e11 ? n * 1000 : n);
}

type TDateParts = { y: string; mo: string; d: string; h: string; mi: string; sec: string; frac: string; zone: string };

function fromParts(p: TDateParts): Date | null {
  const year = Number(p.y);
  const month = Number(p.mo);
  const day = Number(p.d);
  const probe = new Date(Date.UTC(year, month - 1, day));
  // Date.parse would roll "2024-02-31" over to March; a day that does not exist is not a date.
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const zone = p.zone.toUpperCase() === "Z" ? "Z" : p.zone.includes(":") ? p.zone : `${p.zone.slice(0, 3)}:${p.zone.slice(3)}`;
  const ms = p.frac === "" ? "" : `.${p.frac.slice(0, 3).padEnd(3, "0")}`;
  return checked(Date.parse(`${p.y}-${p.mo}-${p.d}T${p.h}:${p.mi}:${p.sec}${ms}${zone}`));
}

function fromIso(m: RegExpExecArray): Date | null {
  const [, y = "", mo = "", d = "", h = "00", mi = "00", sec = "00", frac = "", zone = "Z"] = m;
  return fromParts({ y, mo, d, h, mi, sec, frac, zone });
}

function fromTwitterLegacy(m: RegExpExecArray): Date | null {
  const [, mon = "", d = "", h = "", mi = "", sec = "", sign = "", oh = "", om = "", y = ""] = m;
  const month = MONTHS.indexOf(mon.toLowerCase());
  if (month < 0) return null;
  const mo = String(month + 1).padStart(2, "0");
  return fromParts({ y, mo, d: d.padStart(2, "0"), h, mi, sec, frac: "", zone: `${sign}${oh}:${om}` });
}

/**
 * Account creation dates in the four shapes sources use: ISO-8601, X legacy
 * ("Tue Apr 21 06:49:15 +0000 2009"), "YYYY-MM-DD HH:MM:SS" (UTC), unix seconds or milliseconds
 * (number or digit string; below 1e11 means seconds). Unparseable or outside 2000–2099 → null.
 */
export function parseDate(v: unknown): Date | null {
  if (isAbsent(v)) return null;
  if (v instanceof Date) return checked(v.getTime());
  if (typeof v === "number") return fromUnix(v);
  if (typeof v !== "string") return null;
  const s = v.trim();
  if (UNIX.test(s)) return fromUnix(Number(s));
  const iso = ISO_LIKE.exec(s);
  if (iso) return fromIso(iso);
  const legacy = TWITTER_LEGACY.exec(s);
  return legacy ? fromTwitterLegacy(legacy) : null;
}
