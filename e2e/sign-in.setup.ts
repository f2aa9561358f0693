import { expect, test as setup } from "@playwright/test";
import { navigationItems, signInThroughUi } from "./support/sign-in";
import { e2eUsers, expectedNavigation, roles, storageStatePath } from "./support/users";

// Each role signs in once through the real form; the other specs reuse the saved browser state.
for (const role of roles) {
  setup(`${role} signs in through the UI and sees exactly its navigation`, async ({ page }) => {
    const user = e2eUsers[role];
    await signInThroughUi(page, user);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(page.getByTestId("role-badge")).toHaveText(role === "ADMIN" ? "Admin" : role === "GROWTH" ? "Growth" : "Compliance");
    expect(await navigationItems(page)).toEqual(expectedNavigation[role]);
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
