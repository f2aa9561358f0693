import { expect, type APIRequestContext } from "@playwright/test";
import { setLeadCardTags } from "@/server/services/cards/set-lead-card-tags";
import { getEnrichmentPolicy } from "@/server/services/enrichment/get-enrichment-policy";
import { updateEnrichmentPolicy } from "@/server/services/enrichment/update-enrichment-policy";
import { e2eDb } from "./db";
import { e2eUsers } from "./users";

/** A TikTok CSV of people with a name and a company website, so the sandbox Apollo can match them. */
export function enrichmentCsv(handles: string[], run: string): string {
  const people = ["Maya Reed", "Omar Haddad", "Lena Novak", "Ravi Iyer", "Ines Costa", "Tomas Berg", "Aiko Sato", "Noah Okafor", "Zara Quinn"];
  return (
    ["handle,name,website,followers,bio", ...handles.map((handle, i) => `${handle},${people[i % people.length]},https://studio-${run}-${i}.example.com,${1200 + i * 310},Personal trainer and gym coach. Strength and mobility programs`)].join("\n") + "\n"
  );
}

async function importStatus(request: APIRequestContext, id: string): Promise<string> {
  const response = await request.get(`/api/trpc/imports.get?input=${encodeURIComponent(JSON.stringify({ json: { id } }))}`);
  if (!response.ok()) return `http ${response.status()}`;
  const body = (await response.json()) as { result: { data: { json: { status: string } } } };
  return body.result.data.json.status;
}

/** Uploads the file through the real upload endpoint (as the given signed-in context) and waits for the worker to import it. */
export async function importThroughPipeline(request: APIRequestContext, fileName: string, csv: string, pool: string): Promise<void> {
  const response = await request.post(`/api/imports?fileName=${encodeURIComponent(fileName)}&platform=tiktok&pool=${encodeURIComponent(pool)}`, {
    data: Buffer.from(csv),
    headers: { "content-type": "application/octet-stream" },
  });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await expect.poll(() => importStatus(request, id), { timeout: 60_000 }).toBe("completed");
}

/**
 * Makes the named cards eligible through the services a person would use: the growth user labels
 * them AFFILIATE (which also marks them reviewed). The gate's minimum classification confidence
 * is lowered by the admin (an audited policy change), because what the short synthetic bios score
 * is the classifier's business, not this journey's. Returns the card ids by handle.
 */
export async function makeEligible(handles: string[]): Promise<Record<string, string>> {
  const db = e2eDb();
  try {
    const cards = await db.leadCard.findMany({ where: { handle: { in: handles }, platform: "tiktok" }, select: { id: true, handle: true } });
    expect(cards).toHaveLength(handles.length);
    const growth = await db.user.findUniqueOrThrow({ where: { email: e2eUsers.GROWTH.email } });
    const admin = await db.user.findUniqueOrThrow({ where: { email: e2eUsers.ADMIN.email } });
    await setLeadCardTags(db, { ids: cards.map((c) => c.id), changes: { label: "AFFILIATE" } }, { type: "user", id: growth.id, label: growth.email });
    const policy = await getEnrichmentPolicy(db);
    if (policy.value.minConfidence > 0) {
      await updateEnrichmentPolicy(db, { value: { ...policy.value, minConfidence: 0 }, expectedVersion: policy.isDefault ? 0 : policy.version }, { userId: admin.id, role: "ADMIN", email: admin.email });
    }
    return Object.fromEntries(cards.map((c) => [c.handle!, c.id]));
  } finally {
    await db.$disconnect();
  }
}

/** A card of `ids` that received an email from the batch, with its stored (full) value. */
export async function enrichedEmail(ids: string[]): Promise<{ leadCardId: string; value: string }> {
  const db = e2eDb();
  try {
    const contact = await db.contact.findFirst({ where: { leadCardId: { in: ids }, type: "email" }, orderBy: { id: "asc" }, select: { leadCardId: true, value: true } });
    if (!contact) throw new Error("the sandbox returned no email for any of the journey's cards");
    return { leadCardId: contact.leadCardId, value: contact.value };
  } finally {
    await db.$disconnect();
  }
}
