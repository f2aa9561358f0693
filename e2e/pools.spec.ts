import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { storageStatePath } from "./support/users";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// Handles unique per run, so every assertion filters to this spec's own cards (q = prefix).
const run = randomBytes(3).toString("hex");
const prefix = `pl${run}`;
const fileName = `pools-${run}.csv`;
const handles = [`${prefix}_ana`, `${prefix}_ben`, `${prefix}_cleo`, `${prefix}_dan`];
const csv =
  [
    "handle,name,followers,bio",
    `${handles[0]},Ana Ramos,12400,Yoga teacher and pilates instructor in Porto. Mail ana.${run}@example.com for collabs`,
    `${handles[1]},Ben Ode,15400,Strength coach and personal trainer. Gym owner`,
    `${handles[2]},Cleo Tan,830,Bakery owner. Sourdough bread and pastries every morning`,
    `${handles[3]},Dan Fit,2300,Personal trainer. Crossfit and weightlifting coach`,
  ].join("\n") + "\n";

let jobId = "";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

async function importStatus(request: APIRequestContext, id: string): Promise<string> {
  const response = await request.get(`/api/trpc/imports.get?input=${encodeURIComponent(JSON.stringify({ json: { id } }))}`);
  if (!response.ok()) return `http ${response.status()}`;
  const body = (await response.json()) as { result: { data: { json: { status: string } } } };
  return body.result.data.json.status;
}

const rows = (page: Page) => page.getByTestId("card-row");

// Seed through the real import path: the upload endpoint as GROWTH, then the e2e worker imports it.
test.beforeAll(async ({ browser }) => {
  const growth = await browser.newContext({ storageState: storageStatePath("GROWTH"), baseURL: test.info().project.use.baseURL });
  try {
    const response = await growth.request.post(`/api/imports?fileName=${encodeURIComponent(fileName)}&platform=tiktok&pool=${encodeURIComponent(`e2e pools ${run}`)}`, {
      data: Buffer.from(csv),
      headers: { "content-type": "application/octet-stream" },
    });
    expect(response.status()).toBe(201);
    jobId = ((await response.json()) as { id: string }).id;
    await expect.poll(() => importStatus(growth.request, jobId), { timeout: 30_000 }).toBe("completed");
  } finally {
    await growth.close();
  }
});

test.describe("GROWTH", () => {
  test.use({ storageState: storageStatePath("GROWTH") });

  test("filters by label and tribe (kept in the URL across a reload), bulk-labels, opens a card with its history and lineage", async ({ page }) => {
    await page.goto(`/pools?q=${prefix}`);
    await expect(page.getByRole("heading", { level: 1, name: "Audience pools" })).toBeVisible();
    await expect(page.getByTestId("pool-row").filter({ hasText: `e2e pools ${run}` })).toContainText("source");
    await expect(rows(page)).toHaveCount(4);
    await expect(page.getByTestId("cards-count")).toHaveText("4 cards");
    await expect(rows(page).filter({ hasText: `@${handles[0]}` })).toContainText("12.4k");

    // Bulk: select the page, set the label, see it on every row.
    await page.getByRole("checkbox", { name: "Select all cards on this page" }).check();
    await expect(page.getByTestId("selection-count")).toHaveText("4 selected");
    await page.getByLabel("Label for the selected cards").selectOption("AFFILIATE");
    await page.getByRole("button", { name: "Apply label" }).click();
    await expect(page.getByText("Label set to Affiliate on 4 cards")).toBeVisible();
    for (const handle of handles) await expect(rows(page).filter({ hasText: `@${handle}` })).toContainText("Affiliate");

    // Filter by label, then by the tribe of one of these cards; both land in the URL.
    await page.getByTestId("facet-Label").locator("summary").click();
    await page.getByTestId("facet-Label").getByRole("checkbox", { name: /^Affiliate/ }).click();
    await expect(page).toHaveURL(/label=AFFILIATE/);
    await page.keyboard.press("Escape");
    await expect(rows(page)).toHaveCount(4);

    // The facet count next to a tribe is how many of these cards it keeps (all four are Affiliate now).
    await page.getByTestId("facet-Tribe").locator("summary").click();
    const tribeOption = page.getByTestId("facet-Tribe").locator("label").first();
    await expect(tribeOption).toBeVisible();
    const filtered = Number(await tribeOption.locator("span").last().textContent());
    expect(filtered).toBeGreaterThan(0);
    await tribeOption.getByRole("checkbox").click();
    await expect(page).toHaveURL(/tribe=[a-z_]+/);
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("cards-count")).toHaveText(`${filtered} ${filtered === 1 ? "card" : "cards"}`);
    await expect(rows(page)).toHaveCount(filtered);
    const url = page.url();

    await page.reload();
    expect(page.url()).toBe(url);
    await expect(page.getByTestId("facet-Label").locator("summary")).toHaveText("Label · 1");
    await expect(page.getByTestId("facet-Tribe").locator("summary")).toHaveText("Tribe · 1");
    await expect(rows(page)).toHaveCount(filtered);
    for (const row of await rows(page).all()) await expect(row).toContainText("Affiliate");

    // The card: history shows the label change, lineage links the import job.
    await page.goto(`/pools?q=${handles[0]}`);
    await rows(page).getByRole("link", { name: `@${handles[0]}` }).click();
    await expect(page).toHaveURL(/\/cards\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: `@${handles[0]}` })).toBeVisible();
    await expect(page.getByTestId("history-entry").filter({ hasText: "label_changed" }).first()).toContainText("review corrected");
    await expect(page.getByTestId("card-lineage").getByRole("link", { name: fileName }).first()).toHaveAttribute("href", `/imports/${jobId}`);
    await expect(page.getByTestId("redaction-marker")).toHaveText("[contact removed]");
    await expect(page.getByTestId("card-bio")).not.toContainText("@example.com");

    // A correction from the detail page: toast, and the history refreshes.
    const before = await page.getByTestId("history-entry").count();
    await page.getByLabel("Label", { exact: true }).selectOption("PARTNER");
    await page.getByRole("button", { name: "Save correction" }).click();
    await expect(page.getByText("Card corrected")).toBeVisible();
    await expect(page.getByTestId("history-entry")).toHaveCount(before + 1);
    await expect(page.getByTestId("history-entry").first()).toContainText("label: Affiliate → Partner");
  });

  test("adds selected cards to a new manual pool, opens it, renames and archives it", async ({ page }) => {
    const poolName = `manual ${run}`;
    await page.goto(`/pools?q=${prefix}`);
    await expect(rows(page)).toHaveCount(4);
    await page.getByRole("checkbox", { name: `Select @${handles[0]}` }).check();
    await page.getByRole("checkbox", { name: `Select @${handles[1]}` }).check();
    await expect(page.getByTestId("selection-count")).toHaveText("2 selected");
    await page.getByRole("button", { name: "Add to pool…" }).click();
    const dialog = page.getByRole("dialog", { name: "Add to a manual pool" });
    await dialog.getByLabel("Pool", { exact: true }).selectOption({ label: "New manual pool…" });
    await dialog.getByLabel("New pool name").fill(poolName);
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Add to pool" }).click();
    await expect(page.getByText(`Added 2 cards to ${poolName}`)).toBeVisible();

    const poolRow = page.getByTestId("pool-row").filter({ hasText: poolName });
    await expect(poolRow).toContainText("manual");
    await expect(poolRow.getByRole("cell").nth(2)).toHaveText("2");
    await poolRow.getByRole("link", { name: poolName }).click();
    await expect(page).toHaveURL(/pool=[0-9a-f-]{36}/);
    await expect(page.getByRole("heading", { name: `Lead cards in ${poolName}` })).toBeVisible();
    await expect(rows(page)).toHaveCount(2);

    await page.getByRole("button", { name: "Rename pool" }).click();
    await page.getByRole("dialog", { name: "Rename pool" }).getByLabel("Pool name").fill(`${poolName} renamed`);
    await page.getByRole("dialog", { name: "Rename pool" }).getByRole("button", { name: "Rename" }).click();
    await expect(page.getByText(`Pool renamed to ${poolName} renamed`)).toBeVisible();
    await expect(page.getByRole("heading", { name: `Lead cards in ${poolName} renamed` })).toBeVisible();

    await page.getByRole("button", { name: "Archive pool" }).click();
    const confirm = page.getByRole("dialog", { name: `Archive ${poolName} renamed?` });
    await expect(confirm).toContainText("2 lead cards are not changed or deleted");
    await confirm.getByRole("button", { name: "Archive pool" }).click();
    await expect(page.getByText(`Pool archived: ${poolName} renamed`)).toBeVisible();
    await expect(page).not.toHaveURL(/pool=/);
    await expect(page.getByTestId("pool-row").filter({ hasText: poolName })).toHaveCount(0);
  });

  test("the pools screen and a card detail pass axe", async ({ page }) => {
    await page.goto(`/pools?q=${prefix}`);
    await expect(rows(page)).toHaveCount(4);
    await expectNoAxeViolations(page);
    await rows(page).getByRole("link", { name: `@${handles[2]}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `@${handles[2]}` })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("COMPLIANCE", () => {
  test.use({ storageState: storageStatePath("COMPLIANCE") });

  test("reads the table and a card but sees no bulk actions, pool creation or correction controls", async ({ page }) => {
    await page.goto(`/pools?q=${prefix}`);
    await expect(rows(page)).toHaveCount(4);
    await expect(page.getByRole("checkbox", { name: "Select all cards on this page" })).toHaveCount(0);
    await expect(page.getByTestId("bulk-actions")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Create manual pool" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Create rule pool from current filters" })).toHaveCount(0);

    await rows(page).getByRole("link", { name: `@${handles[1]}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `@${handles[1]}` })).toBeVisible();
    await expect(page.getByTestId("card-lineage")).toContainText(fileName);
    await expect(page.getByRole("button", { name: "Save correction" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Correct tags" })).toHaveCount(0);
  });
});
