"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { decodeKeysetCursor, encodeKeysetCursor, parseCursorTrail, parsePageSize, TRAIL_SEPARATOR, type TKeysetCursor } from "./keyset-cursor";

export type TUrlCursorState = {
  /** Cursor of the page shown (null: the newest page). */
  cursor: TKeysetCursor | null;
  pageIndex: number;
  pageSize: number;
  /** Go one page older, given the current page's `nextCursor`. */
  older: (nextCursor: TKeysetCursor) => void;
  newer: () => void;
  newest: () => void;
  setPageSize: (size: number) => void;
};

/**
 * Keyset pagination kept in the URL, like useUrlTableState keeps sort and page: `?older=c1_c2`
 * is the trail of cursors walked from the newest page (so "Newer" can step back after a reload)
 * and `?size=50` the page size. A `prefix` keeps two lists on one page apart.
 */
export function useUrlCursorState({ prefix = "", defaultPageSize = 25 }: { prefix?: string; defaultPageSize?: number } = {}): TUrlCursorState {
  const pathname = usePathname();
  const params = useSearchParams();
  const key = useCallback((name: string) => (prefix ? `${prefix}.${name}` : name), [prefix]);
  const trailParam = params.get(key("older"));
  const sizeParam = params.get(key("size"));
  const trail = useMemo(() => parseCursorTrail(trailParam), [trailParam]);
  const pageSize = parsePageSize(sizeParam, defaultPageSize);

  const write = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(params.toString());
      for (const [name, value] of Object.entries(changes)) {
        if (value === null || value === "") next.delete(key(name));
        else next.set(key(name), value);
      }
      const query = next.toString();
      if (query === params.toString()) return;
      // Native history update: Next.js syncs useSearchParams without a server round trip.
      window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [params, pathname, key],
  );

  const last = trail.at(-1);
  return {
    cursor: last ? decodeKeysetCursor(last) : null,
    pageIndex: trail.length,
    pageSize,
    older: (nextCursor) => write({ older: [...trail, encodeKeysetCursor(nextCursor)].join(TRAIL_SEPARATOR) }),
    newer: () => write({ older: trail.slice(0, -1).join(TRAIL_SEPARATOR) }),
    newest: () => write({ older: null }),
    // A new page size starts again from the newest page.
    setPageSize: (size) => write({ size: size === defaultPageSize ? null : String(size), older: null }),
  };
}
