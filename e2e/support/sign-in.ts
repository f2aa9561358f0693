import { expect, type Page } from "@playwright/test";
import type { TE2eUser } from "./users";

/** Fills and submits the real sign-in form. */
export async function submitSignIn(page: Page, email: string, password: string, path = "/sign-in"): Promise<void> {
  await page.goto(path);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs in through the UI and waits for the console to show this user. */
export async function signInThroughUi(page: Page, user: TE2eUser): Promise<void> {
  await submitSignIn(page, user.email, user.password);
  // The first sign-in on a freshly started server also warms it (auth, bcrypt, dashboard queries).
  await expect(page).toHaveURL("/", { timeout: 30_000 });
  await expect(page.getByTestId("current-user")).toContainText(user.name);
}

/** The sidebar's link names, in order. */
export async function navigationItems(page: Page): Promise<string[]> {
  const nav = page.getByRole("navigation", { name: "Primary" });
  await expect(nav).toBeVisible();
  return nav.getByRole("link").allInnerTexts();
}
