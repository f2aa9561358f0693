import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStatePath } from "./support/users";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

test("sign-in page passes axe", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await expectNoViolations(page);
});

test.describe("as ADMIN", () => {
  test.use({ storageState: storageStatePath("ADMIN") });

  test("dashboard passes axe", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("funnel")).toBeVisible();
    await expectNoViolations(page);
  });

  test("settings (users table loaded) and its create-user dialog pass axe", async ({ page }) => {
    test.slow(); // two full axe scans of the largest page (every settings form): 31.8 s in one loaded CI run
    await page.goto("/settings");
    await expect(page.getByTestId("user-row").first()).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByRole("dialog", { name: "Create user" })).toBeVisible();
    await expectNoViolations(page);
  });
});

test.describe("as GROWTH", () => {
  test.use({ storageState: storageStatePath("GROWTH") });

  // The imports page and a job detail are checked in imports.spec.ts, with real jobs.
  test("an empty state (pools filtered to nothing) and a no-access page pass axe", async ({ page }) => {
    await page.goto("/pools?q=no-such-card-anywhere-e2e");
    await expect(page.getByRole("heading", { name: "No lead cards match these filters" })).toBeVisible();
    await expectNoViolations(page);
    await page.goto("/settings");
    await expect(page.getByTestId("no-access")).toBeVisible();
    await expectNoViolations(page);
  });
});
