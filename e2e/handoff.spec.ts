import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { handoffSetting } from "@/server/domain/settings/handoff";
import { getSetting } from "@/server/services/settings/get-setting";
import { updateSetting } from "@/server/services/settings/update-setting";
import { e2eDb } from "./support/db";
import { seedHandoffPool } from "./support/handoff-setup";
import { withHandoffSettingLock } from "./support/handoff-setting-lock";
import { storageStatePath } from "./support/users";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const run = randomBytes(3).toString("hex");
let poolName = "";
let handles: string[] = [];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

// A long journey (freeze by the worker, downloads, two axe scans) on a shared machine.
test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  ({ poolName, handles } = await seedHandoffPool(run));
});

test.describe("ADMIN", () => {
  test.use({ storageState: storageStatePath("ADMIN") });

  test("creates a batch from a pool (preview and sample first), downloads the file and sees the delivery log", async ({ page }) => {
    await page.goto("/handoff");
    await expect(page.getByRole("heading", { level: 1, name: "Handoff" })).toBeVisible();
    await page.getByLabel("Pool", { exact: true }).selectOption({ label: `${poolName} (manual)` });
    await expect(page.getByTestId("batch-preview-count")).toHaveText("3 execution-ready cards");
    await expect(page.getByTestId("batch-sample")).toContainText('"schema_version": "1.0.0"');
    await expect(page.getByTestId("batch-sample")).toContainText(`ho${run}_`);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Create batch" }).click();
    const confirm = page.getByRole("dialog", { name: "Freeze 3 cards?" });
    await expect(confirm).toContainText(poolName);
    await confirm.getByRole("button", { name: "Freeze batch" }).click();
    await expect(page.getByText(/Batch hb_[a-z0-9]+ created/)).toBeVisible();

    // The worker validates and freezes it, then runs the automatic file delivery; the table follows.
    const row = page.getByTestId("batch-row").filter({ hasText: poolName });
    await expect(row).toHaveCount(1);
    await expect(row.getByText("frozen", { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(row.getByRole("cell").nth(4)).toHaveText("3");
    await expect(row.getByRole("cell").nth(2)).toHaveText("v1.0.0");
    await expect(row.getByTestId("batch-deliveries")).toContainText("succeeded");
    const publicId = (await row.locator("code").first().textContent())!.trim();

    const downloadPromise = page.waitForEvent("download");
    await row.getByRole("link", { name: "JSONL" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(`${publicId}.jsonl`);
    const lines = (await readFile((await download.path())!, "utf8")).trim().split("\n").map((l) => JSON.parse(l) as { handle: string; schema_version: string; batch_id: string });
    expect(lines.map((l) => l.handle).sort()).toEqual([...handles].sort());
    expect(lines.every((l) => l.schema_version === "1.0.0" && l.batch_id === publicId)).toBe(true);

    await page.reload();
    const reloaded = page.getByTestId("batch-row").filter({ hasText: poolName });
    await reloaded.getByRole("button", { name: "Show delivery log" }).click();
    const log = page.getByTestId("delivery-log");
    await expect(log.getByTestId("delivery-attempt").filter({ hasText: "console download" })).toContainText("succeeded");
    await expect(log.getByTestId("delivery-attempt").filter({ hasText: "handoff-out" })).toContainText("succeeded");
    await expectNoAxeViolations(page);

    const db = e2eDb();
    try {
      const batch = await db.handoffBatch.findUniqueOrThrow({ where: { publicId }, include: { deliveries: true } });
      expect(batch).toMatchObject({ status: "ready", recordCount: 3 });
      expect(batch.deliveries.map((d) => [d.transport, d.status]).sort()).toEqual([["file", "succeeded"], ["file", "succeeded"]]);
      expect(await db.auditLog.count({ where: { event: "handoff_emitted", targetId: publicId, outcome: "success" } })).toBe(1);
      expect(await db.auditLog.count({ where: { event: "handoff_delivered", targetId: publicId } })).toBe(2);
    } finally {
      await db.$disconnect();
    }
  });

  test("creates an API token in Settings (shown once) and revokes it", async ({ page }) => {
    const name = `Dialer ${run}`;
    await page.goto("/settings");
    await page.getByRole("button", { name: "Create token" }).click();
    const dialog = page.getByRole("dialog", { name: "Create API token" });
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByLabel("Platform").fill(`dialer-${run}`);
    await dialog.getByRole("button", { name: "Create token" }).click();
    const shown = page.getByRole("dialog", { name: "Copy the token now" }).getByTestId("new-api-token");
    await expect(shown).toHaveValue(/^sxe_pat_/);
    const token = await shown.inputValue();
    await page.getByRole("button", { name: "Done" }).click();

    const tokenRow = page.getByTestId("api-token-row").filter({ hasText: name });
    await expect(tokenRow).toContainText("active");
    await expect(tokenRow).not.toContainText(token);
    const ok = await page.request.get("/api/handoff/v1/batches", { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status()).toBe(200);

    await tokenRow.getByRole("button", { name: "Revoke" }).click();
    await page.getByRole("dialog", { name: `Revoke ${name}?` }).getByRole("button", { name: "Revoke token" }).click();
    await expect(tokenRow).toContainText("revoked");
    const refused = await page.request.get("/api/handoff/v1/batches", { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status()).toBe(401);
  });

  test("configures transports in Settings: a push secret is write-only, the DNC rule persists, the setting is put back", async ({ page }) => {
    const endpoint = `e2e-${run}`;
    const secret = `e2e-push-secret-${run}-${randomBytes(8).toString("hex")}`;
    const hint = `••••${secret.slice(-4)}`;

    await page.goto("/handoff");
    await page.getByRole("link", { name: "Edit in Settings" }).click();
    await expect(page).toHaveURL(/\/settings#handoff$/);
    const form = page.getByTestId("handoff-config-form");
    await expect(form.getByRole("heading", { name: "Handoff transports" })).toBeVisible();

    // Other specs freeze batches under the default DNC rule: hold the setting until it is put back.
    await withHandoffSettingLock("exclusive", async () => {
      const db = e2eDb();
      const before = await getSetting(db, handoffSetting);
      try {
        await page.reload();
        await form.getByRole("button", { name: "Add endpoint" }).click();
        const row = form.getByTestId("push-endpoint").last();
        await row.getByLabel("Name", { exact: true }).fill(endpoint);
        await row.getByLabel("URL", { exact: true }).fill(`https://dialer-${run}.example/hooks`);
        await row.getByLabel("Timeout (ms)").fill("5000");
        await row.getByLabel("Enabled", { exact: true }).uncheck(); // disabled: no delivery ever goes to this host
        await form.getByLabel("DNC action").selectOption("drop_record");

        // Without a secret the server refuses the new endpoint and names it.
        await form.getByRole("button", { name: "Save handoff settings" }).click();
        await expect(form.getByRole("alert")).toContainText(`pushEndpoints.${endpoint}.secret: a new endpoint needs a secret`);
        await row.getByLabel("HMAC secret").fill(secret);
        await form.getByRole("button", { name: "Save handoff settings" }).click();
        await expect(page.getByText(`Handoff settings saved as version ${before.version + 1}`)).toBeVisible();
        await expect(form.getByRole("alert")).toHaveCount(0);

        await page.reload();
        const saved = form.getByTestId("push-endpoint").last();
        await expect(saved.getByLabel("Name", { exact: true })).toHaveValue(endpoint);
        await expect(saved.getByLabel("URL", { exact: true })).toHaveValue(`https://dialer-${run}.example/hooks`);
        await expect(saved.getByLabel("Timeout (ms)")).toHaveValue("5000");
        await expect(saved.getByLabel("Enabled", { exact: true })).not.toBeChecked();
        await expect(saved.getByLabel("HMAC secret")).toHaveValue("");
        await expect(saved.getByLabel("HMAC secret")).toHaveAttribute("placeholder", `${hint} (leave empty to keep)`);
        await expect(form.getByLabel("DNC action")).toHaveValue("drop_record");
        expect(await page.content()).not.toContain(secret);
        await expectNoAxeViolations(page);

        const stored = await getSetting(db, handoffSetting);
        expect(stored.version).toBe(before.version + 1);
        expect(stored.value.dnc.action).toBe("drop_record");
        expect(stored.value.pushEndpoints.find((e) => e.name === endpoint)).toMatchObject({ secret, enabled: false, timeoutMs: 5000 });
        const audit = await db.auditLog.findFirst({ where: { event: "settings_changed", targetId: "handoff" }, orderBy: { seq: "desc" } });
        expect(audit?.metadata).toEqual({ key: "handoff", versionBefore: before.version, versionAfter: stored.version });

        // Put it back through the form: remove the endpoint, drop the contact again.
        await saved.getByRole("button", { name: `Remove push endpoint ${endpoint}` }).click();
        await form.getByLabel("DNC action").selectOption("drop_contact");
        await form.getByRole("button", { name: "Save handoff settings" }).click();
        await expect(page.getByText(`Handoff settings saved as version ${before.version + 2}`)).toBeVisible();
        expect((await getSetting(db, handoffSetting)).value).toEqual(before.value);
      } finally {
        // Whatever happened above, the next batch freezes under the setting this test found.
        const now = await getSetting(db, handoffSetting);
        if (JSON.stringify(now.value) !== JSON.stringify(before.value)) await updateSetting(db, handoffSetting, before.value, { actor: { type: "cli", id: "e2e-handoff-settings" } });
        await db.$disconnect();
      }
    });
  });
});

test.describe("GROWTH", () => {
  test.use({ storageState: storageStatePath("GROWTH") });

  test("sees no handoff settings form, and the API refuses to read or save the config", async ({ page }) => {
    await page.goto("/settings");
    await expect(page.getByTestId("no-access")).toBeVisible();
    await expect(page.getByTestId("handoff-config-form")).toHaveCount(0);
    expect((await page.request.get("/api/trpc/handoff.config")).status()).toBe(403);
    expect((await page.request.post("/api/trpc/handoff.saveConfig", { data: { json: { expectedVersion: 0 } } })).status()).toBe(403);
  });
});
