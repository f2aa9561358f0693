/**
 * The keyset cursor every console list pages with (conventions: "one pagination contract end to
 * end"): the last row's (createdAt, id). In the URL it is `<ms base36>.<uuid>`: short, opaque,
 * safe in a query string without escaping. Works on the server (page prefetch) and in the browser.
 */
export type TKeysetCursor = { createdAt: Date; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeKeysetCursor(cursor: TKeysetCursor): string {
  return `${cursor.createdAt.getTime().toString(36)}.${cursor.id}`;
}

/** null for anything that is not a cursor this code wrote (bad URLs fall back to the first page). */
export function decodeKeysetCursor(value: string | null | undefined): TKeysetCursor | null {
  const match = value?.match(/^([0-9a-z]{1,12})\.(.+)$/);
  if (!match || !UUID.test(match[2]!)) return null;
  const ms = parseInt(match[1]!, 36);
  if (!Number.isSafeInteger(ms)) return null;
  return { createdAt: new Date(ms), id: match[2]!.toLowerCase() };
}

/** The pages walked so far, oldest step last: `c1_c2` means "page 3, reached through c1 then c2". */
export const TRAIL_SEPARATOR = "_";

export function parseCursorTrail(value: string | null | undefined): string[] {
  if (!value) return [];
  const steps = value.split(TRAIL_SEPARATOR);
  return steps.every((step) => decodeKeysetCursor(step)) ? steps : [];
}

export const CURSOR_PAGE_SIZES = [10, 25, 50, 100] as const;

export function parsePageSize(value: string | null | undefined, fallback: number): number {
  const size = Number(value);
  return (CURSOR_PAGE_SIZES as readonly number[]).includes(size) ? size : fallback;
}
