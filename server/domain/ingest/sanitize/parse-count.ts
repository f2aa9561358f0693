import { isAbsent, parsed, quote, rejected, type TParsed } from "./result";

const SUFFIX_SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

const DIGITS = /^\d+$/;
/** "1,204" "1.204" "1 204" "1,204,567": one consistent thousands separator, groups of three. */
const GROUPED = /^\d{1,3}(?:([,. \u00a0\u202f'])\d{3})(?:\1\d{3})*$/;
/** "1,204.5" (en) */
const EN_DECIMAL = /^\d{1,3}(?:,\d{3})*\.\d+$/;
/** "1.204,5" (de/pt) */
const EU_DECIMAL = /^\d{1,3}(?:\.\d{3})*,\d+$/;
/** "1200.0" "12,5" */
const PLAIN_DECIMAL = /^\d+[.,]\d+$/;
/** "1.2M" "48.3k" "12K" "1,5B" "2 k" */
const SUFFIXED = /^(\d+(?:[.,]\d+)?)\s*([kmb])$/i;

function invalid(v: unknown, why: string): TParsed<never> {
  return rejected("invalid_count", `${quote(v)} is not a valid count: ${why}`);
}

function finish(v: unknown, n: number): TParsed<number> {
  const rounded = Math.round(n);
  if (!Number.isSafeInteger(rounded)) return invalid(v, "too large");
  return parsed(rounded);
}

function parseCountString(raw: string): number | null {
  const s = raw.trim();
  if (DIGITS.test(s)) return Number(s);
  if (GROUPED.test(s)) return Number(s.replace(/\D/g, ""));
  if (EN_DECIMAL.test(s)) return Number(s.replace(/,/g, ""));
  if (EU_DECIMAL.test(s)) return Number(s.replace(/\./g, "").replace(",", "."));
  if (PLAIN_DECIMAL.test(s)) return Number(s.replace(",", "."));
  const m = SUFFIXED.exec(s);
  if (m?.[1] && m[2]) return Number(m[1].replace(",", ".")) * (SUFFIX_SCALE[m[2].toLowerCase()] ?? 1);
  return null;
}

/**
 * Follower/following/post/like counts as sources write them: numbers, "1,204" / "1.204" (a single
 * separator followed by exactly three digits is a thousands separator, as pt/de exports write it),
 * "1.2M", "48.3k", "12K", "1.5B", "1200.0", " 3 ". Fractions left after scaling are rounded.
 * Absent → null; negative, non-numeric, NaN or beyond 2^53 → `invalid_count`.
 */
export function parseCount(v: unknown): TParsed<number | null> {
  if (isAbsent(v)) return parsed(null);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return invalid(v, "not a finite number");
    if (v < 0) return invalid(v, "counts cannot be negative");
    return finish(v, v);
  }
  if (typeof v === "bigint") return v < 0n ? invalid(String(v), "counts cannot be negative") : finish(String(v), Number(v));
  if (typeof v !== "string") return invalid(v, "expected a number");
  if (/^\s*-/.test(v)) return invalid(v, "counts cannot be negative");
  const n = parseCountString(v);
  if (n === null || !Number.isFinite(n)) return invalid(v, "expected a number like 1204, 1,204 or 1.2M");
  return finish(v, n);
}
