import { expect, test, type Page } from "@playwright/test";
import { e2eDb } from "./support/db";
import { submitSignIn } from "./support/sign-in";
import { e2eUsers } from "./support/users";

const GENERIC = "Email or password is incorrect, or the account is locked. Try again later.";
// Next.js keeps an empty role="alert" route announcer on every page; pick ours by its text.
const signInError = (page: Page) => page.getByRole("alert").filter({ hasText: "Email or password" });

test("a wrong password shows one generic message and is audited as sign_in_failed", async ({ page }) => {
  const { email } = e2eUsers.COMPLIANCE;
  await submitSignIn(page, email, "not-the-right-password");
  await expect(signInError(page)).toHaveText(GENERIC);
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByLabel("Password", { exact: true })).toBeVisible();

  const db = e2eDb();
  try {
    const rows = await db.auditLog.findMany({ where: { event: "sign_in_failed", targetId: email } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: "denied", targetType: "user_email" });
    expect((rows[0]!.metadata as { reason?: string }).reason).toBe("invalid_credentials");
  } finally {
    await db.$disconnect();
  }
});

test("an unknown email gets the very same message", async ({ page }) => {
  await submitSignIn(page, "nobody@e2e.sxe.test", "whatever-password-1");
  await expect(signInError(page)).toHaveText(GENERIC);
});
