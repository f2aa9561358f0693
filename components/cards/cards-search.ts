/**
 * The lead cards table's state as URL search params (screens.md: "Table state … lives in the
 * URL"), parsed the same way on the server (first page render) and in the browser. Bad values
 * fall back to defaults instead of failing. Pure: no React, no server imports.
 *
 *   ?pool=<uuid>&q=yoga&label=AFFILIATE,USER&tribe=fitness_gym&review=unreviewed
 *   &cmin=0.5&cmax=1&sort=followerCount.desc&cursor=<opaque>&p=2&size=50&hide=industry,persona
 */
export const cardPlatforms = ["x", "tiktok", "threads"] as const;
export const cardLabels = ["USER", "PARTNER", "AFFILIATE", "FEEDBACK"] as const;
export const cardLabelFilterValues = [...cardLabels, "unlabelled"] as const;
export const cardReviewStates = ["unreviewed", "confirmed", "corrected"] as const;
export const cardSortFields = ["createdAt", "followerCount", "baseConfidence", "classificationConfidence", "handle"] as const;
export const CARD_PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_CARD_PAGE_SIZE = 25;

export type TCardLabel = (typeof cardLabels)[number];
export type TCardSortField = (typeof cardSortFields)[number];
export type TCardSort = { field: TCardSortField; direction: "asc" | "desc" };
export const defaultCardSort: TCardSort = { field: "createdAt", direction: "desc" };

/** What cards.list / cards.facets / cards.count accept as `filter` (the UI's subset of it). */
export type TCardFilter = {
  poolId?: string;
  q?: string;
  platform?: (typeof cardPlatforms)[number][];
  industry?: string[];
  persona?: string[];
  tribe?: string[];
  label?: (typeof cardLabelFilterValues)[number][];
  reviewState?: (typeof cardReviewStates)[number][];
  classificationConfidenceMin?: number;
  classificationConfidenceMax?: number;
};

/** Facet dimensions shown as filter menus, with their URL key. */
export const facetKeys = [
  { dimension: "platform", param: "platform", label: "Platform" },
  { dimension: "industry", param: "industry", label: "Industry" },
  { dimension: "persona", param: "persona", label: "Persona" },
  { dimension: "tribe", param: "tribe", label: "Tribe" },
  { dimension: "label", param: "label", label: "Label" },
  { dimension: "reviewState", param: "review", label: "Review state" },
] as const;
export type TFacetDimension = (typeof facetKeys)[number]["dimension"];

export type TCardsSearch = {
  filter: TCardFilter;
  sort: TCardSort;
  cursor: string | null;
  /** 0-based index of the page shown (for "Rows 26–50"); meaningful only with a cursor. */
  pageIndex: number;
  pageSize: number;
  hidden: string[];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z][a-z0-9_]*$/;

type TGet = (name: string) => string | null;

const listOf = (value: string | null, ok: (v: string) => boolean) => {
  const items = (value ?? "").split(",").filter((v) => v && ok(v)).slice(0, 100);
  return items.length ? [...new Set(items)] : undefined;
};
const confidence = (value: string | null) => {
  if (value === null || value === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : undefined;
};
const isOneOf = <T extends string>(values: readonly T[]) => (v: string): v is T => (values as readonly string[]).includes(v);

export function parseCardsSearch(get: TGet): TCardsSearch {
  const pool = get("pool");
  const q = get("q")?.trim().slice(0, 200);
  const filter: TCardFilter = {
    poolId: pool && UUID.test(pool) ? pool.toLowerCase() : undefined,
    q: q || undefined,
    platform: listOf(get("platform"), isOneOf(cardPlatforms)) as TCardFilter["platform"],
    industry: listOf(get("industry"), (v) => SLUG.test(v)),
    persona: listOf(get("persona"), (v) => SLUG.test(v)),
    tribe: listOf(get("tribe"), (v) => SLUG.test(v)),
    label: listOf(get("label"), isOneOf(cardLabelFilterValues)) as TCardFilter["label"],
    reviewState: listOf(get("review"), isOneOf(cardReviewStates)) as TCardFilter["reviewState"],
    classificationConfidenceMin: confidence(get("cmin")),
    classificationConfidenceMax: confidence(get("cmax")),
  };
  for (const key of Object.keys(filter) as (keyof TCardFilter)[]) if (filter[key] === undefined) delete filter[key];

  const sortMatch = get("sort")?.match(/^(\w+)\.(asc|desc)$/);
  const sort: TCardSort =
    sortMatch && isOneOf(cardSortFields)(sortMatch[1]!) ? { field: sortMatch[1] as TCardSortField, direction: sortMatch[2] as "asc" | "desc" } : defaultCardSort;
  const cursor = get("cursor");
  const validCursor = cursor && /^[A-Za-z0-9_-]{1,1000}$/.test(cursor) ? cursor : null;
  const page = Number(get("p"));
  const size = Number(get("size"));
  return {
    filter,
    sort,
    cursor: validCursor,
    pageIndex: validCursor && Number.isInteger(page) && page >= 2 ? page - 1 : validCursor ? 1 : 0,
    pageSize: (CARD_PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_CARD_PAGE_SIZE,
    hidden: listOf(get("hide"), (v) => /^\w+$/.test(v)) ?? [],
  };
}

/** The filter a rule pool may store: everything but pool membership. */
export function ruleFilterOf(filter: TCardFilter): Omit<TCardFilter, "poolId"> {
  const { poolId: _pool, ...rule } = filter;
  void _pool;
  return rule;
}

export function hasFilters(filter: TCardFilter): boolean {
  return Object.keys(ruleFilterOf(filter)).length > 0;
}

/** "fitness_gym" → "Fitness gym" when no taxonomy name is known. */
export function humanizeSlug(slug: string): string {
  const text = slug.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Stable key of a cards.list query: the server's first page is used as initial data only for the same key. */
export function cardsQueryKey(parts: { filter: TCardFilter; sort: TCardSort; cursor: string | null; pageSize: number }): string {
  return JSON.stringify([parts.filter, parts.sort, parts.cursor, parts.pageSize]);
}
