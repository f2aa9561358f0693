import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInThroughUi } from "./support/sign-in";
import { consoleDetailRoutes, consoleRoutes, e2eUsers } from "./support/users";

test.describe("anonymous visitors", () => {
  for (const route of [...consoleRoutes, ...Object.values(consoleDetailRoutes)]) {
    test(`${route} redirects to sign-in and back`, async ({ page, request }) => {
      // The HTTP answer itself: a redirect carrying the page as callback, and none of its content.
      const response = await request.get(route, { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      const location = new URL(response.headers()["location"]!, "http://x");
      expect(location.pathname).toBe("/sign-in");
      expect(location.searchParams.get("callbackUrl")).toBe(route);
      expect(await response.text()).not.toContain('id="main"');

      await page.goto(route);
      await expect(page).toHaveURL(`/sign-in?callbackUrl=${encodeURIComponent(route)}`);
      await expect(page.getByRole("heading", { level: 1, name: "Social XPress Engine" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Primary" })).toHaveCount(0);
    });
  }

  test("signing in from a deep link returns to that page", async ({ page }) => {
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings$/);
    await page.getByLabel("Email").fill(e2eUsers.ADMIN.email);
    await page.getByLabel("Password", { exact: true }).fill(e2eUsers.ADMIN.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL("/settings");
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  });

  test("a signed-in visitor opening /sign-in is sent on to the console", async ({ page }) => {
    await signInThroughUi(page, e2eUsers.GROWTH);
    await page.goto("/sign-in?callbackUrl=%2Fpools");
    await expect(page).toHaveURL("/pools");
  });

  test("the API refuses them with 401", async ({ request }) => {
    const response = await request.get("/api/trpc/users.list");
    expect(response.status()).toBe(401);
  });
});

test("every console page checks access with requirePage and is covered by the route list above", () => {
  const root = path.resolve("app/(console)");
  const pages = (readdirSync(root, { recursive: true }) as string[]).filter((file) => path.basename(file) === "page.tsx");
  const routes = pages.map((file) => `/${path.dirname(file)}`.replace(/\/\.$/, "/").replace(/\/\([^)]+\)/g, "") || "/");
  for (const file of pages) {
    expect(readFileSync(path.join(root, file), "utf8"), file).toMatch(/await requirePage\(/);
  }
  expect(routes.filter((route) => !route.includes("[")).sort()).toEqual([...consoleRoutes].sort());
  expect(routes.filter((route) => route.includes("[")).sort()).toEqual(Object.keys(consoleDetailRoutes).sort());
});
