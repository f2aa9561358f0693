import { expect, test } from "@playwright/test";
import { consoleRoutes } from "./support/users";

test.describe("anonymous visitors", () => {
  for (const route of consoleRoutes) {
    test(`${route} redirects to sign-in`, async ({ page }) => {
      const response = await page.goto(route);
      await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
      expect(new URL(page.url()).searchParams.get("callbackUrl")).toMatch(/^\//);
      expect(response?.ok()).toBe(true);
      await expect(page.getByRole("heading", { level: 1, name: "Social XPress Engine" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Primary" })).toHaveCount(0);
    });
  }

  test("the API refuses them with 401", async ({ request }) => {
    const response = await request.get("/api/trpc/users.list");
    expect(response.status()).toBe(401);
  });
});
