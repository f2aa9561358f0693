/**
 * Number and time formatting shared by every screen (screens.md: "1,204 · 12.4k · $31.50").
 * Fixed to en-US grouping so server and browser render the same digits.
 */
const LOCALE = "en-US";

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat(LOCALE, { notation: "compact", maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat(LOCALE, { style: "percent", maximumFractionDigits: 1 });

/** 1204 → "1,204". */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** 12_400 → "12.4k", 1_204 → "1.2k", 950 → "950". Lower-case suffix as in the spec. */
export function formatCompact(value: number): string {
  if (Math.abs(value) < 1000) return integer.format(value);
  return compact.format(value).replace(/K$/, "k");
}

/** Share of `part` in `whole`: 0.124 → "12.4%"; "—" when there is no whole to compare against. */
export function formatPercent(part: number, whole: number): string {
  if (!whole) return "—";
  return percent.format(part / whole);
}

/** 31.5 → "$31.50" (or another ISO currency). */
export function formatMoney(value: number, currency = "USD"): string {
  return new Intl.NumberFormat(LOCALE, { style: "currency", currency }).format(value);
}

/** 83_000 ms → "1m 23s"; 950 ms → "950 ms". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${seconds % 60}s`;
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

/** The UTC value shown on hover: "2025-03-04 17:05:09 UTC". */
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** A time in the given zone (the viewer's when undefined): "Mar 4, 2025, 18:05". */
export function formatLocal(date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat(LOCALE, { dateStyle: "medium", timeStyle: "short", hourCycle: "h23", timeZone }).format(date);
}

/** Short hash for display: first 12 hex characters. */
export function shortHash(hash: string, length = 12): string {
  return hash.length > length ? `${hash.slice(0, length)}…` : hash;
}

const byteUnits = ["bytes", "KB", "MB", "GB", "TB"] as const;

/** 1_234_567 → "1.2 MB", 812 → "812 bytes" (decimal units, like file managers show). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1000) return `${integer.format(Math.max(0, bytes))} bytes`;
  const exponent = Math.min(byteUnits.length - 1, Math.floor(Math.log10(bytes) / 3));
  const value = bytes / 1000 ** exponent;
  return `${new Intl.NumberFormat(LOCALE, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${byteUnits[exponent]}`;
}
