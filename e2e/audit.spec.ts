import { expect, test } from "@playwright/test";
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
  } finally {
    await db.$disconnect();
  }
});
