import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { e2eDb } from "./support/db";
import { seedHandoffPool } from "./support/handoff-setup";
import { storageStatePath } from "./support/users";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const run = randomBytes(3).toString("hex");
let poolName = "";
let handles: string[] = [];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

// A long journey (freeze by the worker, downloads, two axe scans) on a shared machine.
test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  ({ poolName, handles } = await seedHandoffPool(run));
});

test.describe("ADMIN", () => {
  test.use({ storageState: storageStatePath("ADMIN") });

  test("creates a batch from a pool (preview and sample first), downloads the file and sees the delivery log", async ({ page }) => {
    await page.goto("/handoff");
    await expect(page.getByRole("heading", { level: 1, name: "Handoff" })).toBeVisible();
    await page.getByLabel("Pool", { exact: true }).selectOption({ label: `${poolName} (manual)` });
    await expect(page.getByTestId("batch-preview-count")).toHaveText("3 execution-ready cards");
    await expect(page.getByTestId("batch-sample")).toContainText('"schema_version": "1.0.0"');
    await expect(page.getByTestId("batch-sample")).toContainText(`ho${run}_`);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Create batch" }).click();
    const confirm = page.getByRole("dialog", { name: "Freeze 3 cards?" });
    await expect(confirm).toContainText(poolName);
    await confirm.getByRole("button", { name: "Freeze batch" }).click();
    await expect(page.getByText(/Batch hb_[a-z0-9]+ created/)).toBeVisible();

    // The worker validates and freezes it, then runs the automatic file delivery; the table follows.
    const row = page.getByTestId("batch-row").filter({ hasText: poolName });
    await expect(row).toHaveCount(1);
    await expect(row.getByText("frozen", { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(row.getByRole("cell").nth(4)).toHaveText("3");
    await expect(row.getByRole("cell").nth(2)).toHaveText("v1.0.0");
    await expect(row.getByTestId("batch-deliveries")).toContainText("succeeded");
    const publicId = (await row.locator("code").first().textContent())!.trim();

    const downloadPromise = page.waitForEvent("download");
    await row.getByRole("link", { name: "JSONL" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(`${publicId}.jsonl`);
    const lines = (await readFile((await download.path())!, "utf8")).trim().split("\n").map((l) => JSON.parse(l) as { handle: string; schema_version: string; batch_id: string });
    expect(lines.map((l) => l.handle).sort()).toEqual([...handles].sort());
    expect(lines.every((l) => l.schema_version === "1.0.0" && l.batch_id === publicId)).toBe(true);

    await page.reload();
    const reloaded = page.getByTestId("batch-row").filter({ hasText: poolName });
    await reloaded.getByRole("button", { name: "Show delivery log" }).click();
    const log = page.getByTestId("delivery-log");
    await expect(log.getByTestId("delivery-attempt").filter({ hasText: "console download" })).toContainText("succeeded");
    await expect(log.getByTestId("delivery-attempt").filter({ hasText: "handoff-out" })).toContainText("succeeded");
    await expectNoAxeViolations(page);

    const db = e2eDb();
    try {
      const batch = await db.handoffBatch.findUniqueOrThrow({ where: { publicId }, include: { deliveries: true } });
      expect(batch).toMatchObject({ status: "ready", recordCount: 3 });
      expect(batch.deliveries.map((d) => [d.transport, d.status]).sort()).toEqual([["file", "succeeded"], ["file", "succeeded"]]);
      expect(await db.auditLog.count({ where: { event: "handoff_emitted", targetId: publicId, outcome: "success" } })).toBe(1);
      expect(await db.auditLog.count({ where: { event: "handoff_delivered", targetId: publicId } })).toBe(2);
    } finally {
      await db.$disconnect();
    }
  });

  test("creates an API token in Settings (shown once) and revokes it", async ({ page }) => {
    const name = `Dialer ${run}`;
    await page.goto("/settings");
    await page.getByRole("button", { name: "Create token" }).click();
    const dialog = page.getByRole("dialog", { name: "Create API token" });
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByLabel("Platform").fill(`dialer-${run}`);
    await dialog.getByRole("button", { name: "Create token" }).click();
    const shown = page.getByRole("dialog", { name: "Copy the token now" }).getByTestId("new-api-token");
    await expect(shown).toHaveValue(/^sxe_pat_/);
    const token = await shown.inputValue();
    await page.getByRole("button", { name: "Done" }).click();

    const tokenRow = page.getByTestId("api-token-row").filter({ hasText: name });
    await expect(tokenRow).toContainText("active");
    await expect(tokenRow).not.toContainText(token);
    const ok = await page.request.get("/api/handoff/v1/batches", { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status()).toBe(200);

    await tokenRow.getByRole("button", { name: "Revoke" }).click();
    await page.getByRole("dialog", { name: `Revoke ${name}?` }).getByRole("button", { name: "Revoke token" }).click();
    await expect(tokenRow).toContainText("revoked");
    const refused = await page.request.get("/api/handoff/v1/batches", { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status()).toBe(401);
  });
});
