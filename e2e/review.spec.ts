import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { e2eDb } from "./support/db";
import { storageStatePath } from "./support/users";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// Handles and pool unique per run; the queue is filtered to this spec's pool, so cards other
// specs import in parallel never enter it.
const run = randomBytes(3).toString("hex");
const prefix = `rv${run}`;
const poolName = `e2e review ${run}`;
const bios = [
  "Yoga teacher and pilates instructor",
  "Strength coach and personal trainer. Gym owner",
  "Bakery owner. Sourdough bread every morning",
  "Indie hacker building SaaS tools for founders",
  "Marathon runner and running coach",
  "Skincare routines and beauty reviews",
  "Home cook sharing easy family recipes",
  "Mom of three, books and coffee",
  "Gamer and streamer, speedruns on weekends",
  "Personal finance, index funds and FIRE",
];
const csv =
  ["handle,name,followers,bio", ...Array.from({ length: 30 }, (_, i) => `${prefix}_${String(i).padStart(2, "0")},Reviewee ${i},${1000 + i * 37},"${bios[i % bios.length]} ${i}"`)].join("\n") + "\n";

let poolId = "";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

async function trpcQuery<T>(request: APIRequestContext, path: string, input?: unknown): Promise<T | string> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await request.get(`/api/trpc/${path}${query}`);
  if (!response.ok()) return `http ${response.status()}`;
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

const card = (page: Page) => page.getByTestId("review-card");
const currentCardId = async (page: Page) => (await card(page).getAttribute("data-card-id")) ?? "";

/** Presses a key on the page (no element targeted) and waits until another card is shown. */
async function pressAndMoveOn(page: Page, key: string) {
  const before = await currentCardId(page);
  await page.keyboard.press(key);
  await expect(card(page)).not.toHaveAttribute("data-card-id", before);
}

// 30 profiles through the real upload path into their own pool, imported by the e2e worker.
test.beforeAll(async ({ browser }) => {
  const growth = await browser.newContext({ storageState: storageStatePath("GROWTH"), baseURL: test.info().project.use.baseURL });
  try {
    const response = await growth.request.post(`/api/imports?fileName=${encodeURIComponent(`review-${run}.csv`)}&platform=tiktok&pool=${encodeURIComponent(poolName)}`, {
      data: Buffer.from(csv),
      headers: { "content-type": "application/octet-stream" },
    });
    expect(response.status()).toBe(201);
    const jobId = ((await response.json()) as { id: string }).id;
    await expect.poll(async () => ((await trpcQuery<{ status: string }>(growth.request, "imports.get", { id: jobId })) as { status: string }).status, { timeout: 30_000 }).toBe("completed");
    const pools = (await trpcQuery<{ id: string; name: string }[]>(growth.request, "pools.names")) as { id: string; name: string }[];
    poolId = pools.find((p) => p.name === poolName)?.id ?? "";
    expect(poolId).not.toBe("");
  } finally {
    await growth.close();
  }
});

test.describe("GROWTH", () => {
  test.use({ storageState: storageStatePath("GROWTH") });

  test("filters a pool, bulk-labels 20 cards, reviews 10 with the keyboard only and sees the audit history on a card", async ({ page }) => {
    test.setTimeout(120_000);
    const db = e2eDb();
    try {
      const poolCards = () => db.leadCard.findMany({ where: { pools: { some: { poolId } } }, select: { id: true, label: true, industry: true, reviewState: true, correctedFields: true } });
      const labelChanges = (ids: string[]) => db.auditLog.count({ where: { event: "label_changed", targetType: "lead_card", targetId: { in: ids } } });
      const ids = (await poolCards()).map((c) => c.id);
      expect(ids).toHaveLength(30);
      expect(await labelChanges(ids)).toBe(0);

      // Filter the pool on the Audience pools screen, 10 rows a page; select two pages and label them.
      await page.goto("/pools");
      await page.getByTestId("pool-row").getByRole("link", { name: poolName }).click();
      await expect(page).toHaveURL(new RegExp(`pool=${poolId}`));
      await expect(page.getByRole("heading", { name: `Lead cards in ${poolName}` })).toBeVisible();
      await expect(page.getByTestId("cards-count")).toHaveText("30 cards");
      await page.getByLabel("Rows per page").selectOption("10");
      await expect(page.getByTestId("card-row")).toHaveCount(10);
      await page.getByRole("checkbox", { name: "Select all cards on this page" }).check();
      await expect(page.getByTestId("selection-count")).toHaveText("10 selected");
      await page.getByRole("button", { name: "Older" }).click();
      await expect(page).toHaveURL(/cursor=/);
      await expect(page.getByRole("checkbox", { name: "Select all cards on this page" })).not.toBeChecked();
      await page.getByRole("checkbox", { name: "Select all cards on this page" }).check();
      await expect(page.getByTestId("selection-count")).toHaveText("20 selected");
      await page.getByLabel("Label for the selected cards").selectOption("FEEDBACK");
      await page.getByRole("button", { name: "Apply label" }).click();
      await expect(page.getByText("Label set to Feedback on 20 cards")).toBeVisible();
      const bulk = (await poolCards()).filter((c) => c.reviewState !== "unreviewed");
      expect(bulk).toHaveLength(20);
      expect(bulk.every((c) => c.label === "FEEDBACK" && c.reviewState === "corrected")).toBe(true);
      expect(await labelChanges(ids)).toBe(20);

      // The review queue of that pool: the 10 cards still unreviewed come first.
      await page.goto(`/review?pool=${poolId}`);
      await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
      await expect(page.getByLabel("Pool")).toHaveValue(poolId);
      await expect(page.getByTestId("queue-waiting")).toContainText("10 unreviewed waiting");
      await expect(page.getByTestId("queue-position")).toContainText("Card 1 of 30 loaded");
      await expect(page.getByTestId("shortcuts-legend")).toContainText("accept every selected card");
      await expect(card(page).getByTestId("review-card-state")).toContainText("Unreviewed");
      await expectNoAxeViolations(page);

      // Keyboard only from here: no clicks until the history.
      const reviewed: string[] = [];
      const decide = async (key: string) => {
        reviewed.push(await currentCardId(page));
        await pressAndMoveOn(page, key);
      };
      await decide("1");
      await decide("2");
      await decide("3");
      await decide("4");
      await decide("a");
      await expect(page.getByTestId("queue-position")).toContainText("Card 6 of 30");
      // k goes back to the card just accepted, j returns.
      await pressAndMoveOn(page, "k");
      await expect(card(page)).toHaveAttribute("data-card-id", reviewed[4]!);
      await expect(card(page).getByTestId("review-card-state")).toContainText("Confirmed");
      await pressAndMoveOn(page, "j");

      // e opens the tag form; keys typed into it belong to the field (a does not accept); Esc cancels.
      const edited = await currentCardId(page);
      await page.keyboard.press("e");
      const form = page.getByTestId("review-edit-form");
      await expect(form).toBeVisible();
      await expect(form.getByLabel("Industry")).toBeFocused();
      await expectNoAxeViolations(page);
      await page.keyboard.press("a");
      await page.keyboard.press("Escape");
      await expect(form).toHaveCount(0);
      await expect(card(page)).toHaveAttribute("data-card-id", edited);
      await expect(card(page).getByTestId("review-card-state")).toContainText("Unreviewed");
      // Again: ArrowDown picks the next industry, Enter saves and moves on.
      const industryBefore = (await db.leadCard.findUniqueOrThrow({ where: { id: edited }, select: { industry: true } })).industry;
      await page.keyboard.press("e");
      await expect(form.getByLabel("Industry")).toBeFocused();
      await page.keyboard.press("ArrowDown");
      await expect(form.getByLabel("Industry")).not.toHaveValue(industryBefore);
      reviewed.push(edited);
      await page.keyboard.press("Enter");
      await expect(card(page)).not.toHaveAttribute("data-card-id", edited);

      await decide("a");
      // x selects two cards, Shift+A accepts both.
      const first = await currentCardId(page);
      await page.keyboard.press("x");
      await expect(card(page).getByTestId("review-card-state")).toContainText("selected");
      await pressAndMoveOn(page, "j");
      const second = await currentCardId(page);
      await page.keyboard.press("x");
      await expect(page.getByTestId("selection-count")).toHaveText("2 selected");
      await page.keyboard.press("Shift+A");
      await expect(page.getByText("Accepted 2 cards")).toBeVisible();
      await expect(page.getByTestId("selection-count")).toHaveText("0 selected");
      reviewed.push(first, second);
      await pressAndMoveOn(page, "j");
      await decide("2");

      expect(new Set(reviewed).size).toBe(10);
      await expect(page.getByTestId("session-decided")).toHaveText("10 reviewed this session");
      await expect(page.getByTestId("queue-waiting")).toContainText("0 unreviewed waiting");

      // Ten label_changed rows, one per reviewed card, and nothing left unreviewed in the pool.
      await expect.poll(() => labelChanges(ids)).toBe(30);
      expect(await labelChanges(reviewed)).toBe(10);
      const after = new Map((await poolCards()).map((c) => [c.id, c]));
      expect([...after.values()].filter((c) => c.reviewState === "unreviewed")).toEqual([]);
      expect(reviewed.slice(0, 4).map((id) => after.get(id)?.label)).toEqual(["USER", "PARTNER", "AFFILIATE", "FEEDBACK"]);
      expect(after.get(edited)?.industry).not.toBe(industryBefore);
      expect(after.get(edited)?.correctedFields).toContain("industry");
      expect([first, second].map((id) => after.get(id)?.reviewState)).toEqual(["confirmed", "confirmed"]);

      // o opens the card page: its history shows the change with the actor.
      await pressAndMoveOn(page, "k");
      await pressAndMoveOn(page, "k");
      await expect(card(page)).toHaveAttribute("data-card-id", second);
      await page.keyboard.press("o");
      await expect(page).toHaveURL(`/cards/${second}`);
      const history = page.getByTestId("history-entry").filter({ hasText: "label_changed" });
      await expect(history.first()).toContainText("review confirmed");
      await expect(history.first()).toContainText("gus.growth@e2e.sxe.test");

      // The queue of this pool is now empty.
      await page.goto(`/review?pool=${poolId}`);
      await expect(page.getByRole("heading", { name: "The queue is empty — everything reviewed" })).toBeVisible();
      await expectNoAxeViolations(page);
    } finally {
      await db.$disconnect();
    }
  });
});

test.describe("COMPLIANCE", () => {
  test.use({ storageState: storageStatePath("COMPLIANCE") });

  test("cannot open the review queue or change labels", async ({ page }) => {
    await page.goto(`/review?pool=${poolId}`);
    await expect(page.getByTestId("no-access")).toBeVisible();
    await expect(page.getByTestId("review-card")).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Primary" }).getByRole("link", { name: "Review" })).toHaveCount(0);
    // Keys do nothing here: there is no queue to act on.
    await page.keyboard.press("1");
    await expect(page.getByTestId("no-access")).toBeVisible();

    expect(await trpcQuery(page.request, "review.queue", { limit: 5, poolId })).toBe("http 403");
    const cards = (await trpcQuery<{ items: { id: string }[] }>(page.request, "cards.list", { filter: { poolId }, limit: 1 })) as { items: { id: string }[] };
    const response = await page.request.post("/api/trpc/cards.setTags", { data: { json: { ids: [cards.items[0]!.id], changes: { label: "USER" } } } });
    expect(response.status()).toBe(403);
  });
});
