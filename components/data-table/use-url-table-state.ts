"use client";

import type { PaginationState, SortingState } from "@tanstack/react-table";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";

const PAGE_SIZES = [10, 25, 50, 100];

/**
 * Table sort and page kept in the URL (screens.md: "Table state … lives in the URL"), so a view
 * can be shared and reloaded. `?sort=role.asc&page=2&size=50`; a `prefix`
 * keeps two tables on one page apart. Bad values fall back to the defaults.
 */
export function useUrlTableState({ prefix = "", defaultSort = [], defaultPageSize = 25 }: { prefix?: string; defaultSort?: SortingState; defaultPageSize?: number } = {}) {
  const pathname = usePathname();
  const params = useSearchParams();
  const key = (name: string) => (prefix ? `${prefix}.${name}` : name);

  const sortParam = params.get(key("sort"));
  const pageParam = params.get(key("page"));
  const sizeParam = params.get(key("size"));

  const sorting = useMemo<SortingState>(() => {
    const match = sortParam?.match(/^([\w-]+)\.(asc|desc)$/);
    return match ? [{ id: match[1]!, desc: match[2] === "desc" }] : defaultSort;
  }, [sortParam, defaultSort]);

  const pagination = useMemo<PaginationState>(() => {
    const page = Number(pageParam);
    const size = Number(sizeParam);
    return { pageIndex: Number.isInteger(page) && page >= 1 ? page - 1 : 0, pageSize: PAGE_SIZES.includes(size) ? size : defaultPageSize };
  }, [pageParam, sizeParam, defaultPageSize]);

  const write = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(params.toString());
      for (const [name, value] of Object.entries(changes)) {
        if (value === null) next.delete(key(name));
        else next.set(key(name), value);
      }
      const query = next.toString();
      if (query === params.toString()) return;
      // Native history update: Next.js syncs useSearchParams without a server round trip.
      window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key() only depends on prefix
    [params, pathname, prefix],
  );

  return {
    sorting: {
      value: sorting,
      onChange: (next: SortingState) => {
        const first = next[0];
        // A new order starts again from the first page.
        write({ sort: first ? `${first.id}.${first.desc ? "desc" : "asc"}` : null, page: null });
      },
    },
    pagination: {
      value: pagination,
      onChange: (next: PaginationState) =>
        write({ page: next.pageIndex > 0 ? String(next.pageIndex + 1) : null, size: next.pageSize === defaultPageSize ? null : String(next.pageSize) }),
    },
  };
}
