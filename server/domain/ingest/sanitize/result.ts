/** What a field parser returns: a clean value (null = absent) or a coded, user-facing reason. */
export type TParsed<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

export const parsed = <T>(value: T): TParsed<T> => ({ ok: true, value });
export const rejected = (code: string, message: string): TParsed<never> => ({ ok: false, code, message });

/** undefined, null and blank strings (an empty CSV cell) mean "the source did not say". */
export function isAbsent(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

/** Quote a user value inside an error message without letting a hostile value flood the report. */
export function quote(v: unknown, max = 40): string {
  const s = typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
  const cps = Array.from(s);
  return JSON.stringify(cps.length > max ? `${cps.slice(0, max).join("")}…` : s);
}
