import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { enrichedEmail, enrichmentCsv, importThroughPipeline, makeEligible } from "./support/enrichment-fixtures";
import { storageStatePath, type TE2eUser } from "./support/users";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// Handles unique per run; the journey filters the table to them (q = prefix).
const run = randomBytes(3).toString("hex");
const prefix = `en${run}`;
const eligibleHandles = Array.from({ length: 8 }, (_, i) => `${prefix}_p${i}`);
const unreviewedHandle = `${prefix}_raw`;
const reason = `e2e journey ${run}: gym coaches for the spring partner program`;
let cardIds: Record<string, string> = {};

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

async function pageAs(browser: Browser, role: TE2eUser["role"]): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(role), baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

// Seed through the real import path (upload as GROWTH, the e2e worker imports), then services:
// the growth user labels eight cards (which reviews them); the ninth stays unreviewed.
test.beforeAll(async ({ browser }) => {
  const growth = await browser.newContext({ storageState: storageStatePath("GROWTH"), baseURL: test.info().project.use.baseURL });
  try {
    await importThroughPipeline(growth.request, `enrichment-${run}.csv`, enrichmentCsv([...eligibleHandles, unreviewedHandle], run), `e2e enrichment ${run}`);
  } finally {
    await growth.close();
  }
  cardIds = await makeEligible(eligibleHandles);
});

test("growth requests enrichment with the estimate, an admin approves, the batch completes; contacts are masked for growth and full for compliance", async ({ browser }) => {
  test.setTimeout(180_000);

  // 1. GROWTH selects the cards in the table and opens the request screen.
  const growth = await pageAs(browser, "GROWTH");
  await growth.goto(`/pools?q=${prefix}`);
  await expect(growth.getByTestId("card-row")).toHaveCount(9);
  await growth.getByRole("checkbox", { name: "Select all cards on this page" }).check();
  await expect(growth.getByTestId("selection-count")).toHaveText("9 selected");
  await growth.getByRole("button", { name: "Request enrichment…" }).click();
  await expect(growth).toHaveURL(/\/enrichment\?cards=/);

  const panel = growth.getByTestId("request-panel");
  await expect(panel.getByTestId("eligible-count")).toHaveText("8");
  await expect(panel.getByTestId("request-summary")).toContainText("1 ineligible");
  await expect(panel.getByTestId("eligibility-row").filter({ hasText: `@${unreviewedHandle}` })).toContainText("has not been reviewed");
  // Worst case under the default policy: 9 Apollo credits per card at $0.025, $0.07 per skip-trace match.
  await expect(panel.getByTestId("estimate-credits")).toHaveText("72");
  await expect(panel.getByTestId("estimate-money")).toHaveText("$2.36");
  await expect(panel.getByTestId("estimate")).toContainText("Apollo.io");
  await expect(panel.getByTestId("budget")).toContainText("Today (UTC)");
  await expect(panel.getByTestId("sandbox-banner")).toContainText("synthetic data");
  await expectNoAxeViolations(growth);

  const submit = panel.getByRole("button", { name: "Request enrichment of 8 cards" });
  await expect(submit).toBeDisabled();
  await panel.getByLabel("Reason (required)").fill(reason);
  await submit.click();
  await expect(panel.getByTestId("request-created")).toContainText("Request created");
  await expect(growth.getByTestId("pending-request").filter({ hasText: reason })).toContainText("8 cards");

  // 2. ADMIN approves (not their own request) after reading cards and policy.
  const admin = await pageAs(browser, "ADMIN");
  await admin.goto("/enrichment");
  const pending = admin.getByTestId("pending-request").filter({ hasText: reason });
  await expect(pending).toContainText("Gus Growth");
  await expect(pending.getByTestId("own-request-note")).toHaveCount(0);
  await pending.getByRole("button", { name: "Show cards and policy" }).click();
  await expect(pending.getByTestId("policy-snapshot")).toContainText("Affiliate");
  await expect(pending.getByRole("link", { name: `@${eligibleHandles[0]}` })).toBeVisible();
  const requestId = (await pending.getAttribute("data-request-id"))!;
  await expectNoAxeViolations(admin);
  await pending.getByRole("button", { name: "Approve…" }).click();
  const dialog = admin.getByRole("dialog", { name: "Approve this enrichment request?" });
  await expect(dialog).toContainText("72 credits");
  await expectNoAxeViolations(admin);
  await dialog.getByRole("button", { name: "Approve and run" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(admin.getByTestId("pending-request").filter({ hasText: reason })).toHaveCount(0);

  // 3. The batch runs in the worker against the sandbox; its page polls until it completes.
  await admin.getByTestId("batch-row").and(admin.locator(`[data-request-id="${requestId}"]`)).getByRole("link").click();
  await expect(admin).toHaveURL(`/enrichment/${requestId}`);
  await expect(admin.getByRole("heading", { level: 1, name: "Enrichment batch" })).toBeVisible();
  await expect(admin.getByTestId("enrichment-status")).toHaveText("Completed", { timeout: 90_000 });
  await expect(admin.getByTestId("batch-progress")).toHaveAttribute("data-done", "8");
  await expect(admin.getByRole("progressbar", { name: "Batch progress" })).toHaveAttribute("aria-valuenow", "100");
  await expect(admin.getByTestId("item-row")).toHaveCount(8);
  await expect(admin.getByTestId("provider-breakdown")).toContainText("Apollo.io people match");
  await expect(admin.getByTestId("sandbox-banner")).toBeVisible();
  await expectNoAxeViolations(admin);

  // 4. Contacts on a card: masked for GROWTH (with the note), in full for COMPLIANCE.
  const email = await enrichedEmail(eligibleHandles.map((h) => cardIds[h]!));
  await growth.goto(`/cards/${email.leadCardId}`);
  const growthContacts = growth.getByTestId("card-contacts");
  await expect(growthContacts.getByTestId("contact-row").first()).toBeVisible();
  await expect(growth.getByTestId("masked-note")).toContainText("Values hidden for your role");
  await expect(growthContacts).not.toContainText(email.value);
  await expect(growthContacts.getByTestId("contact-value").filter({ hasText: "•••@•••" })).not.toHaveCount(0);
  await expectNoAxeViolations(growth);

  const compliance = await pageAs(browser, "COMPLIANCE");
  await compliance.goto(`/cards/${email.leadCardId}`);
  await expect(compliance.getByTestId("card-contacts").getByTestId("contact-value").filter({ hasText: email.value })).not.toHaveCount(0);
  await expect(compliance.getByTestId("masked-note")).toHaveCount(0);

  await Promise.all([growth.context().close(), admin.context().close(), compliance.context().close()]);
});

test.describe("ADMIN", () => {
  test.use({ storageState: storageStatePath("ADMIN") });

  test("the gate policy form in Settings shows providers with masked keys and the sandbox flag, and passes axe", async ({ page }) => {
    await page.goto("/settings");
    const form = page.getByTestId("policy-form");
    await expect(form.getByRole("heading", { name: "Enrichment gate policy" })).toBeVisible();
    await expect(form.getByTestId("policy-provider").first()).toContainText("SXE_APOLLO_API_KEY (never shown)");
    await expect(form.getByRole("checkbox", { name: "Sandbox (synthetic data)" }).first()).toBeChecked();
    await expect(form.getByRole("button", { name: "Save policy" })).toBeDisabled();
    await expectNoAxeViolations(page);
  });
});
