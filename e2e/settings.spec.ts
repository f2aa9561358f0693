import { expect, test } from "@playwright/test";
import { createUser } from "@/server/services/users/create-user";
import { e2eDb } from "./support/db";
import { e2eUsers, storageStatePath } from "./support/users";

test.use({ storageState: storageStatePath("ADMIN") });

test("admin creates a user in Settings and sees it in the table", async ({ page }) => {
  const email = `new.user.${Date.now().toString(36)}@e2e.sxe.test`;
  await page.goto("/settings");
  const rows = page.getByTestId("user-row");
  await expect(rows.filter({ hasText: e2eUsers.ADMIN.email })).toBeVisible();

  await page.getByRole("button", { name: "Create user" }).click();
  const dialog = page.getByRole("dialog", { name: "Create user" });
  await expect(dialog.getByLabel("Name (optional)")).toBeFocused();
  await dialog.getByLabel("Name (optional)").fill("Nina New");
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByLabel("Role").selectOption("COMPLIANCE");
  await dialog.getByLabel("Initial password").fill("a-long-initial-password");
  await dialog.getByRole("button", { name: "Create user" }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByText("User created")).toBeVisible();
  const row = rows.filter({ hasText: email });
  await expect(row).toBeVisible();
  await expect(row).toContainText("Nina New");
  await expect(row).toContainText("Compliance");
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Never");

  const db = e2eDb();
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe("COMPLIANCE");
    const audit = await db.auditLog.findFirst({ where: { event: "user_created", targetId: user.id } });
    expect(audit?.actorId).toBeTruthy();
  } finally {
    await db.$disconnect();
  }
});

test("a too-short password is refused with the server's reason and nothing is created", async ({ page }) => {
  await page.goto("/settings");
  await page.getByRole("button", { name: "Create user" }).click();
  const dialog = page.getByRole("dialog", { name: "Create user" });
  await dialog.getByLabel("Email").fill("short.password@e2e.sxe.test");
  // Bypass the browser's minLength check to prove the server enforces the policy too.
  await dialog.getByLabel("Initial password").evaluate((input) => input.removeAttribute("minlength"));
  await dialog.getByLabel("Initial password").fill("short");
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(dialog.getByRole("alert")).toContainText("at least 12 characters");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("user-row").filter({ hasText: "short.password@e2e.sxe.test" })).toHaveCount(0);
});

test("the users table's sort lives in the URL and survives a reload", async ({ page }) => {
  await page.goto("/settings");
  const rows = page.getByTestId("user-row");
  await expect(rows.first()).toBeVisible();
  await page.getByRole("button", { name: "User", exact: true }).click();
  await expect(page).toHaveURL(/users\.sort=user\.asc/);
  await expect(page.getByRole("columnheader", { name: "User", exact: true })).toHaveAttribute("aria-sort", "ascending");
  await page.reload();
  await expect(page.getByRole("columnheader", { name: "User", exact: true })).toHaveAttribute("aria-sort", "ascending");
  const names = await rows.locator("td:first-child div.font-medium").allInnerTexts();
  const sorted = [...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }));
  expect(names).toEqual(sorted);
});

test("admin changes a role and disables a user, each after a confirmation dialog", async ({ page }) => {
  const email = `role.change.${Date.now().toString(36)}@e2e.sxe.test`;
  const db = e2eDb();
  try {
    await createUser(db, { email, role: "GROWTH", password: "a-long-seeded-password", via: "seed" }, { type: "cli", id: "e2e" });

    await page.goto("/settings");
    const row = page.getByTestId("user-row").filter({ hasText: email });
    await expect(row).toContainText("Growth");

    await row.getByRole("button", { name: `Change role of ${email}` }).click();
    const roleDialog = page.getByRole("dialog", { name: "Change role" });
    await roleDialog.getByLabel("Role").selectOption("COMPLIANCE");
    await roleDialog.getByRole("button", { name: "Change role" }).click();
    await expect(roleDialog).toBeHidden();
    await expect(row).toContainText("Compliance");

    await row.getByRole("button", { name: `Disable ${email}` }).click();
    const confirm = page.getByRole("dialog", { name: "Disable user?" });
    await expect(confirm).toContainText(`${email} will not be able to sign in`);
    await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
    await confirm.getByRole("button", { name: "Disable user" }).click();
    await expect(confirm).toBeHidden();
    await expect(row).toContainText("Disabled");
    await expect(row.getByRole("button", { name: `Disable ${email}` })).toBeDisabled();

    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: "COMPLIANCE", active: false });
    const events = await db.auditLog.findMany({ where: { targetId: user.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.event)).toEqual(["user_created", "user_updated", "user_disabled"]);
  } finally {
    await db.$disconnect();
  }
});
