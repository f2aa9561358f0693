import { beforeAll, describe, expect, it } from "vitest";
import { leadCardSortFields, type TLeadCardFilter, type TLeadCardSort } from "@/server/domain/cards/lead-card-query";
import { useTestDatabase } from "@/server/testing/test-database";
import { insertTestCards, type TTestCard } from "./__fixtures__/insert-test-cards";
import { countLeadCards } from "./count-lead-cards";
import { findLeadCards } from "./find-lead-cards";
import { getLeadCardFacets, type TFacetDimension } from "./get-lead-card-facets";
import type { TLeadCardRow } from "./lead-card-row";

const platforms = ["x", "tiktok", "threads"] as const;
const handles = ["alpha", "bravo", "charlie", null, "delta"] as const;
const dates = [new Date("2026-10-01T00:00:00Z"), new Date("2026-10-02T00:00:00Z"), new Date("2026-10-03T00:00:00Z")];
const tribes = ["ai_builders", "developers", "fitness_gym"];
const labels = ["USER", "PARTNER", "AFFILIATE", null] as const;

// 45 cards with many equal sort keys (3 dates, 4 follower counts incl. null, 3 confidences, repeated handles).
const specs: TTestCard[] = Array.from({ length: 45 }, (_, i) => ({
  platform: platforms[i % 3],
  handle: handles[Math.floor(i / 3) % 5] === null ? null : `${handles[Math.floor(i / 3) % 5]}${Math.floor(i / 15) || ""}`,
  displayName: i % 4 === 0 ? `Maya Builder ${i}` : `Person ${i}`,
  bio: i % 5 === 0 ? "Bakery SaaS founder, 100% organic_sourdough" : "runner and coffee",
  followerCount: [null, 10, 500, 10][i % 4],
  industry: i % 2 ? "software_saas" : "food_beverage",
  persona: i % 3 ? "founder" : "creator",
  tribe: tribes[i % 3],
  secondaryTribes: i % 7 === 0 ? ["indie_hackers"] : [],
  label: labels[i % 4],
  baseConfidence: [0.2, 0.5, 0.8][i % 3],
  classificationConfidence: [0.3, 0.6, 0.9][Math.floor(i / 3) % 3],
  reviewState: i % 6 === 0 ? "confirmed" : "unreviewed",
  createdAt: dates[i % 3],
}));

describe("findLeadCards", () => {
  const t = useTestDatabase();
  let ids: string[] = [];
  let erasedId = "";

  beforeAll(async () => {
    ids = await insertTestCards(t.db, specs);
    erasedId = (await insertTestCards(t.db, [{ handle: "erased", bio: "Bakery SaaS", tribe: "ai_builders", erased: true }]))[0]!;
  });

  async function walk(filter: TLeadCardFilter, sort: TLeadCardSort, limit: number) {
    const pages: TLeadCardRow[][] = [];
    let cursor: string | null = null;
    let last: Awaited<ReturnType<typeof findLeadCards>> | null = null;
    do {
      last = await findLeadCards(t.db, { filter, sort, cursor, limit });
      pages.push(last.items);
      cursor = last.nextCursor;
    } while (cursor && pages.length < 100);
    return { pages, last: last! };
  }

  const keyOf = (row: TLeadCardRow, field: TLeadCardSort["field"]): number | string => {
    switch (field) {
      case "createdAt": return row.createdAt.getTime();
      case "followerCount": return row.followerCount ?? -1;
      case "baseConfidence": return row.baseConfidence;
      case "classificationConfidence": return row.classificationConfidence;
      case "handle": return (row.handle ?? "").toLowerCase();
    }
  };

  for (const field of leadCardSortFields) {
    for (const direction of ["asc", "desc"] as const) {
      it(`pages by ${field} ${direction} without skipping or repeating rows, forward and backward`, async () => {
        const sort = { field, direction };
        const { pages, last } = await walk({}, sort, 7);
        const forward = pages.flat();
        expect(forward.map((r) => r.id).sort()).toEqual([...ids].sort());
        expect(pages.slice(0, -1).every((p) => p.length === 7)).toBe(true);
        // Sorted by key, ties broken by id in the same direction.
        const sign = direction === "asc" ? 1 : -1;
        for (let i = 1; i < forward.length; i++) {
          const a = keyOf(forward[i - 1]!, field);
          const b = keyOf(forward[i]!, field);
          const cmp = a < b ? -1 : a > b ? 1 : forward[i - 1]!.id < forward[i]!.id ? -1 : 1;
          expect(cmp * sign, `${field} ${direction} at ${i}`).toBe(-1);
        }
        // The first page has no previous page; the last has no next.
        expect((await findLeadCards(t.db, { sort, limit: 7 })).prevCursor).toBeNull();
        expect(last.nextCursor).toBeNull();
        // Walk back from the last page with prevCursor: the same pages, in reverse.
        const back: TLeadCardRow[][] = [last.items];
        let cursor = last.prevCursor;
        while (cursor) {
          const page = await findLeadCards(t.db, { sort, cursor, limit: 7 });
          back.unshift(page.items);
          cursor = page.prevCursor;
        }
        expect(back.flat().map((r) => r.id)).toEqual(forward.map((r) => r.id));
        // Equal keys are stable: the same query gives the same order again.
        expect((await walk({}, sort, 7)).pages.flat().map((r) => r.id)).toEqual(forward.map((r) => r.id));
      });
    }
  }

  it("refuses a cursor from another sort and garbage cursors", async () => {
    const first = await findLeadCards(t.db, { sort: { field: "handle", direction: "asc" }, limit: 5 });
    await expect(findLeadCards(t.db, { sort: { field: "createdAt", direction: "desc" }, cursor: first.nextCursor, limit: 5 })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(findLeadCards(t.db, { cursor: "not-a-cursor", limit: 5 })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  const matching = (pred: (s: TTestCard) => boolean) => ids.filter((_, i) => pred(specs[i]!)).sort();
  const all = async (filter: TLeadCardFilter) => (await walk(filter, { field: "createdAt", direction: "desc" }, 50)).pages.flat().map((r) => r.id).sort();

  const cases: [string, TLeadCardFilter, (s: TTestCard) => boolean][] = [
    ["platform", { platform: ["tiktok", "threads"] }, (s) => s.platform !== "x"],
    ["industry", { industry: ["software_saas"] }, (s) => s.industry === "software_saas"],
    ["persona", { persona: ["creator"] }, (s) => s.persona === "creator"],
    ["tribe (primary or secondary)", { tribe: ["indie_hackers", "fitness_gym"] }, (s) => s.tribe === "fitness_gym" || !!s.secondaryTribes?.includes("indie_hackers")],
    ["label", { label: ["USER", "AFFILIATE"] }, (s) => s.label === "USER" || s.label === "AFFILIATE"],
    ["label unlabelled", { label: ["unlabelled", "PARTNER"] }, (s) => s.label === null || s.label === "PARTNER"],
    ["reviewState", { reviewState: ["confirmed"] }, (s) => s.reviewState === "confirmed"],
    ["baseConfidence range", { baseConfidenceMin: 0.4, baseConfidenceMax: 0.8 }, (s) => s.baseConfidence! >= 0.4 && s.baseConfidence! <= 0.8],
    ["classificationConfidence range", { classificationConfidenceMin: 0.5 }, (s) => s.classificationConfidence! >= 0.5],
    ["classificationConfidence max", { classificationConfidenceMax: 0.3 }, (s) => s.classificationConfidence! <= 0.3],
    ["text search in bio (case-insensitive)", { q: "bakery saas" }, (s) => !!s.bio?.includes("Bakery SaaS")],
    ["text search in display name", { q: "MAYA builder" }, (s) => !!s.displayName?.startsWith("Maya Builder")],
    ["text search in handle", { q: "charlie2" }, (s) => s.handle === "charlie2"],
    ["text search: every word, in any order", { q: "saas  BAKERY" }, (s) => !!s.bio?.includes("Bakery SaaS")],
    ["text search: words across name and bio", { q: "sourdough maya" }, (s) => !!s.displayName?.startsWith("Maya Builder") && !!s.bio?.includes("sourdough")],
    ["text search treats % and _ literally", { q: "100% organic_" }, (s) => !!s.bio?.includes("100% organic_")],
    ["combined", { platform: ["x"], label: ["USER"], q: "runner" }, (s) => s.platform === "x" && s.label === "USER" && !!s.bio?.includes("runner")],
  ];
  for (const [name, filter, pred] of cases) {
    it(`filters by ${name}, and counts the same`, async () => {
      const expected = matching(pred);
      expect(expected.length).toBeGreaterThan(0);
      expect(await all(filter)).toEqual(expected);
      expect(await countLeadCards(t.db, filter)).toBe(expected.length);
    });
  }

  it("never returns erased cards", async () => {
    expect(await all({ q: "bakery" })).not.toContain(erasedId);
    expect(await countLeadCards(t.db, {})).toBe(ids.length);
  });

  it("returns row DTOs with plain numbers", async () => {
    const { items } = await findLeadCards(t.db, { filter: { q: "charlie2" }, limit: 5 });
    expect(items[0]).toMatchObject({ handle: "charlie2", platform: expect.any(String), baseConfidence: expect.any(Number), createdAt: expect.any(Date) });
    expect(typeof items[0]!.publicId).toBe("string");
  });

  it("counts facets per value, each dimension ignoring its own filter", async () => {
    const facets = await getLeadCardFacets(t.db, { platform: ["x"], label: ["USER"] });
    const xCards = specs.filter((s) => s.platform === "x");
    const xUser = xCards.filter((s) => s.label === "USER");
    const platformUser = specs.filter((s) => s.label === "USER");
    expect(Object.fromEntries(facets.platform.map((f) => [f.value, f.count]))).toEqual(
      Object.fromEntries(platforms.map((p) => [p, platformUser.filter((s) => s.platform === p).length]).filter(([, n]) => n)),
    );
    const labelCounts = Object.fromEntries(facets.label.map((f) => [f.value, f.count]));
    expect(labelCounts.USER).toBe(xUser.length);
    expect(labelCounts.unlabelled).toBe(xCards.filter((s) => s.label === null).length);
    expect(facets.approximate).toBe(false);
    const total = (name: TFacetDimension) => facets[name].reduce((n, f) => n + f.count, 0);
    expect(total("industry")).toBe(xUser.length);
    expect(total("reviewState")).toBe(xUser.length);
    expect(total("tribe")).toBe(xUser.length + xUser.filter((s) => s.secondaryTribes?.length).length);
  });

  it("counts facets without filters in one shared scan, matching the data", async () => {
    const facets = await getLeadCardFacets(t.db, {});
    const tally = (pick: (s: TTestCard) => string) => {
      const m = new Map<string, number>();
      for (const s of specs) m.set(pick(s), (m.get(pick(s)) ?? 0) + 1);
      return Object.fromEntries(m);
    };
    const asObject = (xs: { value: string; count: number }[]) => Object.fromEntries(xs.map((x) => [x.value, x.count]));
    expect(asObject(facets.platform)).toEqual(tally((s) => s.platform!));
    expect(asObject(facets.industry)).toEqual(tally((s) => s.industry!));
    expect(asObject(facets.persona)).toEqual(tally((s) => s.persona!));
    expect(asObject(facets.label)).toEqual(tally((s) => s.label ?? "unlabelled"));
    expect(asObject(facets.reviewState)).toEqual(tally((s) => s.reviewState!));
    expect(facets.tribe.find((f) => f.value === "indie_hackers")?.count).toBe(specs.filter((s) => s.secondaryTribes?.includes("indie_hackers")).length);
    expect(facets.platform.map((f) => f.count)).toEqual([...facets.platform.map((f) => f.count)].sort((a, b) => b - a));
  });
});
