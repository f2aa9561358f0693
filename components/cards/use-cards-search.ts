"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { DEFAULT_CARD_PAGE_SIZE, parseCardsSearch, type TCardsSearch } from "./cards-search";

export type TCardsSearchState = TCardsSearch & {
  /** Set or clear (null / "") URL params; any change but paging starts again from the first page. */
  write: (changes: Record<string, string | null>, options?: { keepPage?: boolean }) => void;
  setPageSize: (size: number) => void;
};

/** The lead cards table's state read from and written to the URL (see cards-search.ts). */
export function useCardsSearch(): TCardsSearchState {
  const pathname = usePathname();
  const params = useSearchParams();
  const query = params.toString();
  const search = useMemo(() => parseCardsSearch((name) => new URLSearchParams(query).get(name)), [query]);

  const write = useCallback(
    (changes: Record<string, string | null>, options?: { keepPage?: boolean }) => {
      const next = new URLSearchParams(query);
      if (!options?.keepPage) {
        next.delete("cursor");
        next.delete("p");
      }
      for (const [name, value] of Object.entries(changes)) {
        if (value === null || value === "") next.delete(name);
        else next.set(name, value);
      }
      const text = next.toString();
      if (text === query) return;
      // Native history update: Next.js syncs useSearchParams without a server round trip.
      window.history.replaceState(null, "", text ? `${pathname}?${text}` : pathname);
    },
    [query, pathname],
  );

  return {
    ...search,
    write,
    setPageSize: (size) => write({ size: size === DEFAULT_CARD_PAGE_SIZE ? null : String(size) }),
  };
}
