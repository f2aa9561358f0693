import { createHash, randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { cancelImportJob } from "@/server/services/ingest/cancel-import-job";
import { createImportJob } from "@/server/services/ingest/create-import-job";
import { e2eDb } from "./support/db";
import { e2eUsers, storageStatePath } from "./support/users";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// Handles must be unique per run (X handles: ≤ 15 characters) so every import creates new profiles.
const run = randomBytes(3).toString("hex");

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

/** A file in this test's output folder. */
async function writeTestFile(name: string, content: string): Promise<{ path: string; name: string; content: string }> {
  const path = test.info().outputPath(name);
  await writeFile(path, content);
  return { path, name, content };
}

/** Chooses files through the drop zone's file picker (the drop zone is a button). */
async function chooseFiles(page: Page, paths: string[]) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: /Choose files to import/ }).click();
  await (await chooser).setFiles(paths);
}

/** Drops a file on the drop zone, as a drag from the desktop does. */
async function dropFile(page: Page, name: string, content: string) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, text]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], fileName, { type: "text/csv" }));
      return transfer;
    },
    [name, content] as const,
  );
  await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer });
}

const pendingImport = (page: Page, fileName: string) => page.getByTestId("pending-import").filter({ hasText: fileName });
const liveImport = (page: Page, fileName: string) => page.getByTestId("live-import").filter({ hasText: fileName });

async function expectCount(detail: Page | Locator, name: string, value: string) {
  await expect(detail.getByTestId(`count-${name}`).locator("dd").first()).toHaveText(value);
}

test.describe("GROWTH imports", () => {
  test.use({ storageState: storageStatePath("GROWTH") });

  test("uploads a CSV with good and bad rows, watches it finish, reads the detail and downloads the error report", async ({ page }) => {
    const csv = await writeTestFile(
      `followers-${run}.csv`,
      [
        "username,name,followers,bio,platform",
        `ana_${run},Ana Ramos,1200,Yoga teacher in Porto,x`,
        `ben_${run},Ben Ode,15400,Strength coach,x`,
        `cleo.${run},Cleo Tan,830,Bakery owner,tiktok`,
        `,No Handle,10,Row without a username,x`,
        `dan_${run},Dan Negative,-5,Row with negative followers,x`,
        `ana_${run},Ana Again,1200,Same person twice,x`,
        `eve_${run},Eve Mail,77,Write to eve.${run}@example.com for collabs,x`,
      ].join("\n") + "\n",
    );

    await page.goto("/imports");
    await chooseFiles(page, [csv.path]);
    const form = pendingImport(page, csv.name);
    await expect(form.getByTestId("detected")).toContainText("Scraper CSV export");

    // Column mapping step: headers pre-mapped from the server's suggestion, first rows shown, nothing required missing.
    const mapping = form.getByTestId("column-mapping");
    await expect(form.getByLabel("Field for column username")).toHaveValue("handle");
    await expect(form.getByLabel("Field for column followers")).toHaveValue("followers");
    await expect(form.getByLabel("Field for column platform")).toHaveValue("platform");
    await expect(mapping.getByTestId("mapping-row").filter({ has: page.getByRole("rowheader", { name: "username" }) })).toContainText(`ana_${run}`);
    await expect(mapping.getByRole("list", { name: "Required fields" }).locator('[data-met="false"]')).toHaveCount(0);

    await form.getByLabel("Pool name (optional)").fill(`e2e pool ${run}`);
    await form.getByRole("button", { name: "Import", exact: true }).click();

    // Live progress until the worker has finished, then the summary and a toast.
    const live = liveImport(page, csv.name);
    await expect(live.getByRole("progressbar", { name: `Progress of ${csv.name}` })).toBeVisible();
    await expect(live).toHaveAttribute("data-status", "completed", { timeout: 30_000 });
    await expect(live.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
    await expect(live.getByTestId("live-import-summary")).toContainText("7 read · 4 accepted · 2 rejected · 1 duplicate · 1 redacted");
    await expect(page.getByText(`Import completed: ${csv.name}`)).toBeVisible();
    await expect(pendingImport(page, csv.name)).toHaveCount(0);

    // The history row, then the detail page through it.
    const row = page.getByTestId("import-row").filter({ hasText: csv.name });
    await expect(row).toContainText("completed");
    await expect(row).toContainText(e2eUsers.GROWTH.email);
    await expect(row).toContainText(`pool e2e pool ${run}`);
    await row.getByRole("link", { name: csv.name }).click();
    await expect(page).toHaveURL(/\/imports\/[0-9a-f-]{36}$/);
    const jobId = page.url().split("/").at(-1)!;
    await expect(page.getByRole("heading", { level: 1, name: csv.name })).toBeVisible();
    await expectCount(page, "read", "7");
    await expectCount(page, "accepted", "4");
    await expect(page.getByTestId("count-accepted")).toContainText("4 new · 0 updated · 0 unchanged");
    await expectCount(page, "rejected", "2");
    await expectCount(page, "duplicates", "1");
    await expectCount(page, "redacted", "1");
    await expectCount(page, "suppressed", "0");
    await expect(page.getByTestId("sha256")).toHaveText(createHash("sha256").update(csv.content).digest("hex"));
    await expect(page.getByText(`(${Buffer.byteLength(csv.content)} bytes)`)).toBeVisible();

    // First rejected records: the row without a username (file line 5) and the negative follower count (line 6).
    const rejected = page.getByTestId("rejected-row");
    await expect(rejected).toHaveCount(2);
    await expect(rejected.nth(0)).toContainText("handle");
    await expect(rejected.nth(0)).toContainText("missing_identity");
    await expect(rejected.nth(0).locator("td").nth(1)).toHaveText("5");
    await expect(rejected.nth(1)).toContainText("followerCount");
    await expect(rejected.nth(1).locator("td").nth(1)).toHaveText("6");

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download error report (CSV)", exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${csv.name}-errors.csv`);
    const report = (await readFile(await download.path(), "utf8")).trim().split(/\r?\n/);
    expect(report[0]).toBe("record,line,field,code,message");
    expect(report).toHaveLength(3);
    expect(report[1]).toMatch(/^\d+,5,handle,missing_identity,/);
    expect(report[2]).toMatch(/^\d+,6,followerCount,/);

    const db = e2eDb();
    try {
      const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId }, include: { actor: true } });
      expect(job).toMatchObject({ status: "completed", readCount: 7, acceptedCount: 4, rejectedCount: 2, duplicateCount: 1, redactedCount: 1, poolName: `e2e pool ${run}` });
      expect(job.actor?.email).toBe(e2eUsers.GROWTH.email);
      const ana = await db.rawSocialProfile.findFirstOrThrow({ where: { handle: `ana_${run}` } });
      expect(ana.followerCount).toBe(1200n);
      const eve = await db.rawSocialProfile.findFirstOrThrow({ where: { handle: `eve_${run}` } });
      expect(eve.bio).not.toContain("@example.com");
      const audit = await db.auditLog.findFirst({ where: { event: "import_completed", targetId: jobId } });
      expect(audit?.actorLabel).toBe(e2eUsers.GROWTH.email);
    } finally {
      await db.$disconnect();
    }
  });

  test("a CSV with unknown headers: the user maps the username column before the import is offered", async ({ page }) => {
    const name = `unknown-headers-${run}.csv`;
    const content = `Who,About them,Fans\nmaya_${run},Runs a bakery,120\nleo_${run},Fixes bikes,80\n`;
    await page.goto("/imports");
    await dropFile(page, name, content);

    const form = pendingImport(page, name);
    await expect(form.getByTestId("detected")).toContainText("Scraper CSV export");
    const required = form.getByRole("list", { name: "Required fields" });
    await expect(required.locator('[data-met="false"]')).toHaveCount(2);
    await expect(form.getByLabel("Field for column Who")).toHaveValue("");
    await expect(form.getByLabel("Field for column Fans")).toHaveValue("followers");
    const importButton = form.getByRole("button", { name: "Import", exact: true });
    await expect(importButton).toBeDisabled();

    // Choosing the platform clears that requirement; the identity one still blocks.
    await form.getByLabel("Platform").selectOption("x");
    await expect(required.locator('[data-met="false"]')).toHaveCount(1);
    await expect(required.locator('[data-met="false"]')).toContainText("Handle or platform user ID");
    await expect(importButton).toBeDisabled();
    await expect(form).toContainText("Map a column to Handle (username) or Platform user ID.");

    await form.getByLabel("Field for column Who").selectOption("handle");
    await form.getByLabel("Field for column About them").selectOption("bio");
    await expect(required.locator('[data-met="false"]')).toHaveCount(0);
    await expect(importButton).toBeEnabled();
    await importButton.click();

    const live = liveImport(page, name);
    await expect(live).toHaveAttribute("data-status", "completed", { timeout: 30_000 });
    await expect(live.getByTestId("live-import-summary")).toContainText("2 read · 2 accepted · 0 rejected · 0 duplicates · 0 redacted");

    const db = e2eDb();
    try {
      const job = await db.importJob.findFirstOrThrow({ where: { fileName: name } });
      expect(job.platform).toBe("x");
      expect((job.options as { columnMapping?: unknown }).columnMapping).toEqual({ Who: "handle", "About them": "bio", Fans: "followers" });
      const maya = await db.rawSocialProfile.findFirstOrThrow({ where: { handle: `maya_${run}` } });
      expect(maya).toMatchObject({ platform: "x", followerCount: 120n, bio: "Runs a bakery" });
    } finally {
      await db.$disconnect();
    }
  });

  test("a file whose format is not recognised is not offered for import until a format is chosen", async ({ page }) => {
    const file = await writeTestFile(`notes-${run}.txt`, `just some notes\nmaya_${run}\n`);
    await page.goto("/imports");
    await chooseFiles(page, [file.path]);
    const form = pendingImport(page, file.name);
    await expect(form.getByText("This file cannot be imported as it is")).toBeVisible();
    await expect(form).toContainText("Unknown file shape");
    const importButton = form.getByRole("button", { name: "Import", exact: true });
    await expect(importButton).toBeDisabled();

    // Choosing a format previews the file again as that format: a one-column CSV to map.
    await form.getByLabel("Format").selectOption("scraper_csv");
    await expect(form.getByTestId("detected")).toContainText("Read as: Scraper CSV export");
    await expect(form.getByLabel("Field for column just some notes")).toHaveValue("");
    await expect(importButton).toBeDisabled();
    await form.getByLabel("Field for column just some notes").selectOption("handle");
    await form.getByLabel("Platform").selectOption("threads");
    await expect(importButton).toBeEnabled();

    await form.getByRole("button", { name: `Remove ${file.name}` }).click();
    await expect(form).toHaveCount(0);
  });

  test("cancels a queued import after confirming", async ({ page }) => {
    const fileName = `waiting-${run}.csv`;
    const db = e2eDb();
    try {
      const growth = await db.user.findUniqueOrThrow({ where: { email: e2eUsers.GROWTH.email } });
      // A job the worker is never told about stays queued: the state a busy queue shows.
      const { id } = await createImportJob(
        db,
        { fileName, storedPath: "/nonexistent/e2e-never-read.csv", sha256: "0".repeat(64), byteSize: 2048, options: {} },
        { type: "user", id: growth.id, label: growth.email },
        async () => null,
      );

      await page.goto("/imports");
      const live = liveImport(page, fileName);
      await expect(live).toHaveAttribute("data-status", "queued");
      await expect(live).toContainText("Queued: waiting for the worker");
      await live.getByRole("button", { name: `Cancel import of ${fileName}` }).click();
      const dialog = page.getByRole("dialog", { name: "Cancel this import?" });
      await expect(dialog).toContainText("It has not started, so nothing has been read.");
      await expect(dialog.getByRole("button", { name: "Keep importing" })).toBeFocused();
      await dialog.getByRole("button", { name: "Cancel import" }).click();
      await expect(dialog).toBeHidden();
      await expect(live).toHaveAttribute("data-status", "cancelled");
      await expect(page.getByText(`Import cancelled: ${fileName}`)).toBeVisible();
      await expect(page.getByTestId("import-row").filter({ hasText: fileName })).toContainText("cancelled");
      expect((await db.importJob.findUniqueOrThrow({ where: { id } })).status).toBe("cancelled");
    } finally {
      await db.$disconnect();
    }
  });

  test("the history pages by keyset cursor with Newer/Older, and the page lives in the URL", async ({ page }) => {
    const db = e2eDb();
    try {
      const growth = await db.user.findUniqueOrThrow({ where: { email: e2eUsers.GROWTH.email } });
      // Finished (cancelled) jobs made through the services: enough for two pages of ten.
      for (let i = 0; i < 12; i++) {
        const { id } = await createImportJob(
          db,
          { fileName: `paged-${run}-${i}.csv`, storedPath: "/nonexistent/e2e-never-read.csv", sha256: "0".repeat(64), byteSize: 10, options: {} },
          { type: "user", id: growth.id, label: growth.email },
          async () => null,
        );
        await cancelImportJob(db, id);
      }
    } finally {
      await db.$disconnect();
    }

    await page.goto("/imports");
    const history = page.getByRole("region", { name: "Import history" });
    const rows = history.getByTestId("import-row");
    const names = () => rows.locator("td:first-child a").allInnerTexts();
    await history.getByLabel("Rows per page").selectOption("10");
    await expect(page).toHaveURL(/imports\.size=10/);
    await expect(rows).toHaveCount(10);
    const seeded = Array.from({ length: 12 }, (_, i) => `paged-${run}-${i}.csv`);
    const newest = await names();
    // The newest jobs are mostly the twelve just made (other specs running in parallel may import too;
    // ties within a millisecond order by id).
    expect(newest.filter((name) => seeded.includes(name)).length).toBeGreaterThan(0);
    await expect(history.getByRole("button", { name: "Newer" })).toBeDisabled();

    await history.getByRole("button", { name: "Older" }).click();
    await expect(page).toHaveURL(/imports\.older=[0-9a-z]+\.[0-9a-f-]{36}/);
    await expect(history.getByText("Rows 11–")).toBeVisible();
    // The pager text moves at once; the rows follow when the older page arrives (the previous page stays shown meanwhile).
    await expect.poll(async () => (await names()).filter((name) => newest.includes(name))).toEqual([]);
    const older = await names();
    // No gap between the pages: every seeded job is on one of the two.
    expect([...newest, ...older].filter((name) => seeded.includes(name)).sort()).toEqual([...seeded].sort());

    await page.reload();
    await expect(history.getByText("Rows 11–")).toBeVisible();
    expect(await names()).toEqual(older);

    await history.getByRole("button", { name: "Newer" }).click();
    await expect(page).not.toHaveURL(/imports\.older=/);
    await expect(history.getByText("Rows 1–10")).toBeVisible();
    // The newest page again (a job another spec imported meanwhile may sit on top and push one down).
    await expect.poll(names).toEqual(expect.arrayContaining(newest.slice(0, 9)));
  });

  test("the imports page (upload form with mapping, history) and a job detail pass axe", async ({ page }) => {
    test.slow(); // waits for a worker that other specs' imports also keep busy
    const name = `axe-${run}.csv`;
    await page.goto("/imports");
    await dropFile(page, name, `handle,followers,platform\nzoe_${run},12,x\n`);
    await expect(pendingImport(page, name).getByTestId("column-mapping")).toBeVisible();
    await expect(page.getByTestId("import-row").first()).toBeVisible();
    await expectNoAxeViolations(page);

    await pendingImport(page, name).getByRole("button", { name: "Import", exact: true }).click();
    await expect(liveImport(page, name)).toHaveAttribute("data-status", "completed", { timeout: 30_000 });
    await expectNoAxeViolations(page);
    await liveImport(page, name).getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectCount(page, "accepted", "1");
    await expectNoAxeViolations(page);
  });
});

test.describe("COMPLIANCE", () => {
  test.use({ storageState: storageStatePath("COMPLIANCE") });

  test("sees the history and job details but no upload or cancel control, and the API refuses uploads", async ({ page, browser }) => {
    // A job imported by Growth through the upload endpoint (the same request the console makes).
    const name = `compliance-view-${run}.csv`;
    const growth = await browser.newContext({ storageState: storageStatePath("GROWTH"), baseURL: test.info().project.use.baseURL });
    let jobId: string;
    try {
      const response = await growth.request.post(`/api/imports?fileName=${encodeURIComponent(name)}&platform=x`, {
        data: Buffer.from(`handle,followers\nkai_${run},5\n`),
        headers: { "content-type": "application/octet-stream" },
      });
      expect(response.status()).toBe(201);
      jobId = ((await response.json()) as { id: string }).id;
    } finally {
      await growth.close();
    }

    await page.goto("/imports");
    await expect(page.getByRole("heading", { level: 1, name: "Imports" })).toBeVisible();
    const row = page.getByTestId("import-row").filter({ hasText: name });
    await expect(row).toBeVisible();
    await expect(page.getByRole("button", { name: /Choose files to import/ })).toHaveCount(0);
    await expect(page.getByTestId("drop-zone")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Cancel(ling…)? import of/ })).toHaveCount(0);

    await page.goto(`/imports/${jobId}`);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByTestId("count-read")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Cancel/ })).toHaveCount(0);

    const refused = await page.request.post(`/api/imports?fileName=x.csv`, { data: Buffer.from("handle\nx\n") });
    expect(refused.status()).toBe(403);
    const cancel = await page.request.post("/api/trpc/imports.cancel", { data: { json: { id: jobId } } });
    expect(cancel.status()).toBe(403);
  });

  test("an unknown job id shows the not-found state", async ({ page }) => {
    await page.goto("/imports/00000000-0000-4000-8000-000000000000");
    await expect(page.getByTestId("import-not-found")).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to imports" })).toBeVisible();
  });
});
