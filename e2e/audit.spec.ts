import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { formatMoney } from "@/components/ui/format";
import { getMonthSpend } from "@/server/services/dashboard/get-month-spend";
import { getPipelineSummary, type TPipelineSummary } from "@/server/services/dashboard/get-pipeline-summary";
import { e2eDb } from "./support/db";
import { e2eUsers, storageStatePath } from "./support/users";

test.use({ storageState: storageStatePath("COMPLIANCE") });

test("compliance sees the chain head and verifies the chain", async ({ page }) => {
  await page.goto("/audit");
  const head = page.getByTestId("chain-head");
  await expect(head).toBeVisible();
  const before = await head.locator("dd").first().innerText();

  await page.getByRole("button", { name: "Verify chain" }).click();
  const toast = page.getByText(/every hash matches\. Recorded as event #\d+/);
  await expect(page.getByText("Audit chain verified")).toBeVisible();
  await expect(toast).toBeVisible();
  const recordedSeq = BigInt((await toast.innerText()).match(/Recorded as event #(\d+)/)![1]!);
  // The verification is itself audited, so the head moves on (other workers may add events too).
  await expect(head.locator("dd").first()).not.toHaveText(before);

  const db = e2eDb();
  try {
    const row = await db.auditLog.findUniqueOrThrow({ where: { seq: recordedSeq } });
    expect(row).toMatchObject({ event: "audit_verified", outcome: "success", actorLabel: e2eUsers.COMPLIANCE.email });
    expect((row.metadata as { ok?: boolean }).ok).toBe(true);
  } finally {
    await db.$disconnect();
  }
});

test("the dashboard shows the pipeline's counts as the database has them, with honest empty states", async ({ page }) => {
  const stages = { ingested: "rawProfiles", "lead-cards": "leadCards", tagged: "tagged", eligible: "eligibleForEnrichment", enriched: "enriched", "handed-off": "handedOff" } as const;
  const db = e2eDb();
  try {
    // Imports specs run in parallel, and an import commits all its profiles at once: compare the page
    // with the database read just before and just after it rendered, and look again if one landed in between.
    let summary: TPipelineSummary | undefined;
    await expect(async () => {
      const before = await getPipelineSummary(db);
      await page.goto("/");
      const funnel = page.getByTestId("funnel");
      const shown: Record<string, number> = {};
      for (const stage of Object.keys(stages)) shown[stage] = Number(await funnel.locator(`[data-stage="${stage}"] data`).getAttribute("value"));
      const after = await getPipelineSummary(db);
      expect(after.counts, "no import landed while the page rendered").toEqual(before.counts);
      expect(shown).toEqual(Object.fromEntries(Object.entries(stages).map(([stage, key]) => [stage, after.counts[key]])));
      summary = after;
    }).toPass({ timeout: 20_000 });

    const recentImports = page.getByRole("region", { name: "Recent imports" });
    if (summary!.recentImports.length === 0) await expect(recentImports.getByRole("heading", { name: "No imports yet" })).toBeVisible();
    else await expect(recentImports.getByText(summary!.recentImports[0]!.fileName, { exact: true })).toBeVisible();
    if (summary!.recentHandoffBatches.length === 0) await expect(page.getByRole("heading", { name: "No handoff batches yet" })).toBeVisible();

    // Spend this month against the enrichment policy's monthly budget (other specs may run batches meanwhile: look again).
    await expect(async () => {
      await page.reload();
      const spend = await getMonthSpend(db);
      await expect(page.getByTestId("month-spend")).toHaveText(`${formatMoney(spend.spent.money, spend.currency)} of ${formatMoney(spend.budget.money, spend.currency)} budget`, { timeout: 2000 });
    }).toPass({ timeout: 20_000 });
  } finally {
    await db.$disconnect();
  }
});

test("compliance filters the trail, exports CSV and JSONL with manifests, and sees the exports in the trail", async ({ page }) => {
  test.slow(); // a production build, two exports and several page loads on a shared machine
  await page.goto("/audit");
  // Make sure there is an event of ours to filter for.
  await page.getByRole("button", { name: "Verify chain" }).click();
  await expect(page.getByText("Audit chain verified")).toBeVisible();

  const filters = page.getByRole("form", { name: "Filter the audit trail" });
  await filters.getByLabel("Event").selectOption("audit_verified");
  await filters.getByLabel("Actor (email or id)").fill(e2eUsers.COMPLIANCE.email);
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/event=audit_verified/);
  const rows = page.getByTestId("audit-row");
  await expect(rows.first()).toContainText("audit_verified");
  await expect(rows.filter({ hasNotText: "audit_verified" })).toHaveCount(0);

  // Event detail: the full record with its hashes.
  await rows.first().getByRole("button", { name: /Open event #\d+/ }).click();
  const detail = page.getByTestId("audit-event-detail");
  await expect(detail).toContainText("Previous hash");
  await expect(detail).toContainText(e2eUsers.COMPLIANCE.email);
  await page.getByRole("button", { name: "Close dialog" }).click();

  for (const format of ["csv", "jsonl"] as const) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(`export-${format}`).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^audit-trail-.*-${format}\\.zip$`));
    const zip = readFileSync((await download.path())!).toString("utf8");
    expect(zip).toContain(`"kind": "sxe.audit-export"`);
    expect(zip).toContain(`"format": "${format}"`);
    expect(zip).toContain(`"event": "audit_verified"`);
    if (format === "csv") expect(zip).toContain("seq,occurred_at,actor_type,actor_id,actor_label,event");
    else expect(zip).toMatch(/\{"seq":"\d+","occurred_at":"[^"]+","actor_type":"user"/);
  }

  // The exports are themselves in the trail.
  await filters.getByLabel("Event").selectOption("audit_exported");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/event=audit_exported/);
  await expect(rows.first()).toContainText("audit_exported");
  await expect(rows.filter({ hasNotText: "audit_exported" })).toHaveCount(0);
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  await rows.first().getByRole("button", { name: /Open event #\d+/ }).click();
  await expect(page.getByTestId("audit-event-detail")).toContainText(/"format": "(csv|jsonl)"/);
});

test("compliance erases a person from the console; they are gone and the chain still verifies", async ({ page }) => {
  test.slow();
  const run = randomBytes(3).toString("hex");
  const handle = `erase_${run}`;
  const db = e2eDb();
  try {
    const job = await db.importJob.create({ data: { fileName: `erasure-${run}.json`, sha256: randomBytes(32).toString("hex"), byteSize: 1n, status: "completed" } });
    const raw = await db.rawSocialProfile.create({ data: { platform: "tiktok", platformUserId: `77${run}`, handle, displayName: "Erin Erasable", bio: "Ceramics studio", firstImportJobId: job.id, lastImportJobId: job.id } });
    const card = await db.leadCard.create({ data: { publicId: `lc_e2e_${run}`, rawProfileId: raw.id, platform: "tiktok", handle, displayName: "Erin Erasable", bio: "Ceramics studio" } });

    await page.goto("/audit?tab=erasure");
    const form = page.getByRole("form", { name: "Find the person to erase" });
    await form.getByLabel("Platform").selectOption("tiktok");
    await form.getByLabel("Handle").fill(`@${handle}`);
    await form.getByRole("button", { name: "Review erasure…" }).click();
    const preview = page.getByTestId("erasure-preview");
    await expect(preview).toContainText(card.publicId);
    await expect(preview).toContainText("lead card (personal fields cleared");
    await page.getByRole("button", { name: "Erase permanently" }).click();
    await expect(page.getByText("Person erased")).toBeVisible();
    await expect(page.getByTestId("erasure-row").filter({ hasText: card.publicId })).toContainText("completed");

    expect(await db.leadCard.findUniqueOrThrow({ where: { id: card.id } })).toMatchObject({ handle: null, bio: null, displayName: null, erasedAt: expect.any(Date) });
    expect(await db.rawSocialProfile.findUniqueOrThrow({ where: { id: raw.id } })).toMatchObject({ handle: null, platformUserId: null, bio: null });
    expect(await db.outboxEvent.count({ where: { type: "com.sxe.lead.erased.v1", aggregateId: card.publicId } })).toBe(1);

    await page.goto("/audit");
    await page.getByRole("button", { name: "Verify chain" }).click();
    await expect(page.getByText("Audit chain verified")).toBeVisible();
  } finally {
    await db.$disconnect();
  }
});

test.describe("GROWTH", () => {
  test.use({ storageState: storageStatePath("GROWTH") });

  test("cannot export the trail, read metrics or erase (403)", async ({ page }) => {
    expect((await page.request.get("/api/audit/export?format=csv")).status()).toBe(403);
    expect((await page.request.get("/api/compliance/metrics?series=spend-by-actor&from=2026-01-01&to=2026-02-01")).status()).toBe(403);
    expect((await page.request.get("/api/compliance/processing-record")).status()).toBe(403);
    expect((await page.request.get("/api/trpc/audit.list")).status()).toBe(403);
    expect((await page.request.post("/api/trpc/compliance.erase", { data: {} })).status()).toBe(403);
  });
});
