"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { SortingState } from "@tanstack/react-table";
import { Columns3, Search, SearchX } from "lucide-react";
import { useEffect, useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableCursorPagination } from "@/components/data-table/data-table-cursor-pagination";
import { useDataTable } from "@/components/data-table/use-data-table";
import type { TUrlCursorState } from "@/components/data-table/use-url-cursor-state";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCompact, formatCount } from "@/components/ui/format";
import { Input } from "@/components/ui/input";
import { BulkActions } from "./bulk-actions";
import { cardColumns, hideableColumns, type TCardRow } from "./card-columns";
import { labelNames, nameOf, platformNames, reviewNames, type TTaxonomyNames } from "./card-labels";
import { cardSortFields, cardsQueryKey, facetKeys, hasFilters, type TCardSortField } from "./cards-search";
import { FacetMenu, MenuButton } from "./filter-menu";
import { PoolActions } from "./pool-actions";
import { useCardsSearch } from "./use-cards-search";

type TCardPage = { items: TCardRow[]; nextCursor: string | null; prevCursor: string | null };

const noRows: TCardRow[] = [];

/**
 * The lead cards table: facet filters with counts, text search, confidence range, sort by the
 * API's keys, keyset pages (Newer/Older), column menu and, for GROWTH/ADMIN, row selection with
 * bulk actions. All of it lives in the URL (useCardsSearch).
 */
export function LeadCardsTable({ initial, initialKey, names, canEdit }: { initial: TCardPage; initialKey: string; names: TTaxonomyNames; canEdit: boolean }) {
  const trpc = useTRPC();
  const search = useCardsSearch();
  const { filter, sort, cursor, pageIndex, pageSize, hidden } = search;
  const key = cardsQueryKey({ filter, sort, cursor, pageSize });

  const list = useQuery(
    trpc.cards.list.queryOptions(
      { filter, sort, cursor, limit: pageSize },
      { initialData: key === initialKey ? initial : undefined, placeholderData: keepPreviousData },
    ),
  );
  const facets = useQuery(trpc.cards.facets.queryOptions({ filter }, { placeholderData: keepPreviousData }));
  const count = useQuery(trpc.cards.count.queryOptions({ filter }, { placeholderData: keepPreviousData }));
  const rows = list.data?.items ?? noRows;

  // Selection: ids picked on pages, or "every card matching the filter". Reset when the filter changes.
  const filterKey = JSON.stringify(filter);
  const [selection, setSelection] = useState<{ filterKey: string; ids: string[]; allMatching: boolean }>({ filterKey, ids: [], allMatching: false });
  const current = selection.filterKey === filterKey ? selection : { filterKey, ids: [], allMatching: false };
  const selectedIds = current.ids;
  const pageIds = rows.map((row) => row.id);
  const onPage = pageIds.filter((id) => selectedIds.includes(id)).length;
  const pageState = current.allMatching || (pageIds.length > 0 && onPage === pageIds.length) ? "all" : onPage > 0 ? "some" : "none";
  const setIds = (ids: string[]) => setSelection({ filterKey, ids, allMatching: false });

  // Rebuilt each render: the selection cells read the current selection.
  const columns = cardColumns(names, {
        enabled: canEdit,
        isSelected: (id) => current.allMatching || selectedIds.includes(id),
        toggle: (id) => setIds(current.allMatching ? pageIds.filter((p) => p !== id) : selectedIds.includes(id) ? selectedIds.filter((s) => s !== id) : [...selectedIds, id]),
        pageState,
        togglePage: () => setIds(pageState === "all" ? selectedIds.filter((id) => !pageIds.includes(id)) : [...new Set([...selectedIds, ...pageIds])]),
      }).filter((column) => !("accessorKey" in column) || !hidden.includes(String(column.accessorKey)));

  const sorting: SortingState = [{ id: sort.field, desc: sort.direction === "desc" }];
  const table = useDataTable({
    data: rows,
    columns,
    getRowId: (row) => row.id,
    mode: "server",
    pageSize,
    sorting: {
      value: sorting,
      onChange: (next) => {
        const first = next[0];
        const field = first && (cardSortFields as readonly string[]).includes(first.id) ? (first.id as TCardSortField) : null;
        search.write({ sort: field && !(field === "createdAt" && first?.desc) ? `${field}.${first?.desc ? "desc" : "asc"}` : null });
      },
    },
  });

  // A page the server no longer knows (cursor of another sort) falls back to the first page.
  useEffect(() => {
    if (list.error?.data?.code === "BAD_REQUEST" && cursor) search.write({});
  }, [list.error, cursor, search]);

  const pager: TUrlCursorState = {
    cursor: null,
    pageIndex,
    pageSize,
    older: () => undefined,
    newer: () => (pageIndex <= 1 || !list.data?.prevCursor ? search.write({}) : search.write({ cursor: list.data.prevCursor, p: String(pageIndex) }, { keepPage: true })),
    newest: () => search.write({}),
    setPageSize: search.setPageSize,
  };

  const total = count.data?.count;
  const filtered = hasFilters(filter);
  const optionLabel = (dimension: string, value: string) =>
    dimension === "platform"
      ? (platformNames[value] ?? value)
      : dimension === "label"
        ? (labelNames[value] ?? value)
        : dimension === "reviewState"
          ? (reviewNames[value] ?? value)
          : nameOf(names[dimension as keyof TTaxonomyNames], value);

  return (
    <div>
      <div className="flex flex-wrap items-center gap-2 border-b border-line px-3 py-2" role="search" aria-label="Filter lead cards">
        <SearchBox value={filter.q ?? ""} onSearch={(q) => search.write({ q })} />
        {facetKeys.map(({ dimension, param, label }) => {
          const selected = (filter[dimension] as string[] | undefined) ?? [];
          const counts = facets.data?.[dimension] ?? [];
          const options = [...counts.map((c) => ({ value: c.value, label: optionLabel(dimension, c.value), count: c.count }))];
          for (const value of selected) if (!options.some((o) => o.value === value)) options.push({ value, label: optionLabel(dimension, value), count: 0 });
          return (
            <FacetMenu key={dimension} title={label} options={options} selected={selected} approximate={facets.data?.approximate} onChange={(next) => search.write({ [param]: next.join(",") })} />
          );
        })}
        <ConfidenceRange
          min={filter.classificationConfidenceMin}
          max={filter.classificationConfidenceMax}
          onChange={(min, max) => search.write({ cmin: min === undefined ? null : String(min), cmax: max === undefined ? null : String(max) })}
        />
        {filtered ? (
          <Button size="sm" variant="ghost" onClick={() => search.write({ q: null, platform: null, industry: null, persona: null, tribe: null, label: null, review: null, cmin: null, cmax: null })}>
            Clear filters
          </Button>
        ) : null}
        <div className="ml-auto flex items-center gap-2">
          <p className="text-xs text-muted" aria-live="polite" data-testid="cards-count">
            {total === undefined
              ? "Counting…"
              : count.data?.approximate
                ? `≈${formatCompact(total)} cards`
                : `${formatCount(total)} ${total === 1 ? "card" : "cards"}`}
          </p>
          <MenuButton label={<><Columns3 aria-hidden className="size-3.5" /> Columns</>} align="end">
            <fieldset>
              <legend className="px-2 py-1 text-xs font-semibold text-muted">Visible columns</legend>
              {hideableColumns.map((column) => (
                <label key={column.id} className="flex cursor-pointer items-center gap-2 rounded px-2 py-1 text-xs hover:bg-subtle">
                  <input
                    type="checkbox"
                    className="size-3.5 accent-accent"
                    checked={!hidden.includes(column.id)}
                    onChange={() => search.write({ hide: (hidden.includes(column.id) ? hidden.filter((h) => h !== column.id) : [...hidden, column.id]).join(",") }, { keepPage: true })}
                  />
                  {column.label}
                </label>
              ))}
            </fieldset>
          </MenuButton>
        </div>
      </div>
      {canEdit ? (
        <div className="flex flex-wrap items-center gap-2 border-b border-line px-3 py-2">
          <BulkActions
            filter={filter}
            selectedIds={selectedIds}
            allMatching={current.allMatching}
            total={total}
            totalApproximate={count.data?.approximate ?? false}
            pageState={pageState}
            onSelectAllMatching={() => setSelection({ filterKey, ids: [], allMatching: true })}
            onClear={() => setIds([])}
          />
          <div className="ml-auto">
            <PoolActions filter={filter} />
          </div>
        </div>
      ) : null}
      <DataTable
        table={table}
        caption="Lead cards"
        loading={list.isPending}
        error={list.error ? `Could not load lead cards: ${list.error.message}` : null}
        paginate={false}
        rowTestId="card-row"
        empty={
          filtered ? (
            <EmptyState headingLevel={3} icon={<SearchX className="size-5" />} title="No lead cards match these filters">
              <p>Loosen or clear the filters above to see more cards.</p>
            </EmptyState>
          ) : (
            <EmptyState headingLevel={3} icon={<Search className="size-5" />} title={filter.poolId ? "This pool has no lead cards" : "No lead cards yet"}>
              <p>Imported profiles become lead cards: each one is classified by industry, persona, tribe and label and shows up here.</p>
            </EmptyState>
          )
        }
      />
      {rows.length || pageIndex > 0 ? (
        <DataTableCursorPagination
          state={pager}
          rowsOnPage={rows.length}
          hasOlder={Boolean(list.data?.nextCursor)}
          onOlder={() => list.data?.nextCursor && search.write({ cursor: list.data.nextCursor, p: String(pageIndex + 2) }, { keepPage: true })}
          busy={list.isPlaceholderData}
        />
      ) : null}
    </div>
  );
}

function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setText(value);
  }
  return (
    <form
      className="flex items-center gap-1"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim());
      }}
    >
      <label htmlFor="cards-q" className="sr-only">
        Search handle, name or bio
      </label>
      <Input id="cards-q" type="search" className="h-7 w-52 text-xs" placeholder="Search handle, name, bio…" value={text} onChange={(event) => setText(event.target.value)} />
      <Button size="sm" type="submit">
        Search
      </Button>
    </form>
  );
}

function ConfidenceRange({ min, max, onChange }: { min?: number; max?: number; onChange: (min: number | undefined, max: number | undefined) => void }) {
  const parse = (value: string) => (value === "" ? undefined : Math.min(1, Math.max(0, Number(value))));
  const active = min !== undefined || max !== undefined;
  return (
    <MenuButton label={active ? `Confidence ${(min ?? 0).toFixed(2)}–${(max ?? 1).toFixed(2)}` : "Confidence"} active={active}>
      <form
        className="space-y-2 p-2 text-xs"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          onChange(parse(String(data.get("cmin") ?? "")), parse(String(data.get("cmax") ?? "")));
        }}
      >
        <p className="font-semibold text-muted">Classification confidence</p>
        <div className="flex items-center gap-2">
          <label className="flex items-center gap-1">
            From
            <Input name="cmin" type="number" min={0} max={1} step={0.05} defaultValue={min ?? ""} className="h-7 w-20 text-xs" />
          </label>
          <label className="flex items-center gap-1">
            to
            <Input name="cmax" type="number" min={0} max={1} step={0.05} defaultValue={max ?? ""} className="h-7 w-20 text-xs" />
          </label>
        </div>
        <div className="flex gap-2">
          <Button size="sm" type="submit" variant="primary">
            Apply
          </Button>
          {active ? (
            <Button size="sm" variant="ghost" onClick={() => onChange(undefined, undefined)}>
              Any
            </Button>
          ) : null}
        </div>
      </form>
    </MenuButton>
  );
}
