import { expect, test } from "@playwright/test";
import { navigationItems } from "./support/sign-in";
import { consoleRoutes, e2eUsers, expectedNavigation, roles, storageStatePath } from "./support/users";

const hrefs: Record<string, string> = {
  Dashboard: "/",
  Imports: "/imports",
  "Audience pools": "/pools",
  Review: "/review",
  Enrichment: "/enrichment",
  Audit: "/audit",
  Handoff: "/handoff",
  Settings: "/settings",
};

for (const role of roles) {
  test.describe(`${role} navigation`, () => {
    test.use({ storageState: storageStatePath(role) });

    test("shows exactly the role's sections on every page it may open, and the others say no access", async ({ page }) => {
      test.slow(); // eight server-rendered pages in one test (ADMIN's Settings page alone renders three forms)
      const allowed = expectedNavigation[role];
      for (const route of consoleRoutes) {
        await page.goto(route);
        const label = Object.keys(hrefs).find((name) => hrefs[name] === route)!;
        await expect(page.getByRole("heading", { level: 1, name: label })).toBeVisible();
        expect(await navigationItems(page)).toEqual(allowed);
        await expect(page.getByTestId("current-user")).toContainText(e2eUsers[role].email);
        if (allowed.includes(label)) {
          await expect(page.getByTestId("no-access")).toHaveCount(0);
          if (route !== "/") await expect(page.getByRole("link", { name: label })).toHaveAttribute("aria-current", "page");
        } else {
          await expect(page.getByTestId("no-access")).toContainText("You don't have access");
        }
      }
    });
  });
}
