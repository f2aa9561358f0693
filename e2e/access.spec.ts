import { expect, test } from "@playwright/test";
import { storageStatePath } from "./support/users";

test.describe("GROWTH without the permission", () => {
  test.use({ storageState: storageStatePath("GROWTH") });

  for (const [route, section] of [["/settings", "Settings"], ["/audit", "Audit"], ["/handoff", "Handoff"]] as const) {
    test(`${route} renders the no-access state and is absent from navigation`, async ({ page }) => {
      await page.goto(route);
      await expect(page.getByRole("heading", { level: 1, name: section })).toBeVisible();
      await expect(page.getByTestId("no-access")).toContainText("You don't have access");
      await expect(page.getByTestId("no-access")).toContainText(`${section} is not available to the Growth role`);
      await expect(page.getByRole("navigation", { name: "Primary" }).getByRole("link", { name: section })).toHaveCount(0);
      await expect(page.getByRole("table")).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Verify chain" })).toHaveCount(0);
    });
  }

  test("the API refuses admin and compliance procedures with 403", async ({ page }) => {
    for (const path of ["/api/trpc/users.list", "/api/trpc/settings.list", "/api/trpc/audit.head"]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(403);
    }
    const mutation = await page.request.post("/api/trpc/audit.verify", { data: {} });
    expect(mutation.status()).toBe(403);
  });
});

test.describe("COMPLIANCE", () => {
  test.use({ storageState: storageStatePath("COMPLIANCE") });

  test("may read users? no: settings is admin-only, in the UI and the API", async ({ page }) => {
    await page.goto("/settings");
    await expect(page.getByTestId("no-access")).toBeVisible();
    expect((await page.request.get("/api/trpc/users.list")).status()).toBe(403);
  });
});
