/**
 * Setup for the handoff specs, through the project's own services (the contract spec itself
 * imports nothing from the project: only this file does, and only to prepare data).
 */
import { randomUUID } from "node:crypto";
import { openAmqpPublisher } from "@/server/adapters/handoff/amqp-publisher";
import { seedHandoffCards } from "@/server/services/handoff/__fixtures__/seed-handoff-cards";
import { createApiToken, revokeApiToken } from "@/server/services/handoff/api-tokens";
import { createHandoffBatch } from "@/server/services/handoff/create-handoff-batch";
import { freezeHandoffBatch } from "@/server/services/handoff/freeze-handoff-batch";
import { relayOutbox } from "@/server/services/handoff/relay-outbox";
import { e2eDb } from "./db";
import { e2eDataDir, e2eDatabaseUrl } from "./env";
import { withHandoffSettingLock } from "./handoff-setting-lock";
import { e2eUsers } from "./users";

/** A manual pool of labelled cards (handles prefixed with the run id); one has an approved email and a DNC-flagged phone. */
export async function seedHandoffPool(run: string, count = 3): Promise<{ poolName: string; handles: string[] }> {
  const db = e2eDb();
  try {
    const poolName = `e2e handoff ${run}`;
    const handles = Array.from({ length: count }, (_, i) => `ho${run}_${i}`);
    await seedHandoffCards(
      db,
      handles.map((handle, i) => ({
        handle,
        displayName: `Handoff ${i}`,
        label: (["AFFILIATE", "PARTNER", "USER"] as const)[i % 3],
        industry: "fitness",
        tribe: "fitness_gym",
        contacts: i === 0 ? [{ type: "email" as const, value: `lead${run}@example.com` }, { type: "phone" as const, value: "+15550003333", dnc: true }] : [],
      })),
      { poolName, adminEmail: `seed-${randomUUID().slice(0, 8)}@e2e.sxe.test` },
    );
    return { poolName, handles };
  } finally {
    await db.$disconnect();
  }
}

async function adminId(db: ReturnType<typeof e2eDb>): Promise<string> {
  return (await db.user.findUniqueOrThrow({ where: { email: e2eUsers.ADMIN.email } })).id;
}

/** A token for the execution platform (the plaintext, as Settings shows it once). */
export async function createPlatformToken(platform: string): Promise<{ id: string; token: string }> {
  const db = e2eDb();
  try {
    const id = await adminId(db);
    const { token, apiToken } = await createApiToken(db, { name: `${platform} e2e`, platform, scopes: ["batches:read", "records:read"] }, { userId: id, actor: { type: "user", id } });
    return { id: apiToken.id, token };
  } finally {
    await db.$disconnect();
  }
}

export async function revokePlatformToken(tokenId: string): Promise<void> {
  const db = e2eDb();
  try {
    const id = await adminId(db);
    await revokeApiToken(db, tokenId, { actor: { type: "user", id } });
  } finally {
    await db.$disconnect();
  }
}

/** Creates and freezes a batch of the pool (as the console's worker would), then relays the outbox to the broker. */
export async function emitBatchAndRelay(poolName: string, broker: { url: string; exchange: string; baseUrl: string }): Promise<string> {
  const db = e2eDb();
  try {
    const pool = await db.audiencePool.findFirstOrThrow({ where: { name: poolName } });
    const userId = await adminId(db);
    // Frozen under the default DNC rule, not while the Settings journey has it changed.
    const batch = await withHandoffSettingLock("shared", async () => {
      const created = await createHandoffBatch(db, { selection: { poolId: pool.id }, userId });
      const frozen = await freezeHandoffBatch(db, e2eDatabaseUrl(), created.id, { dataDir: e2eDataDir() });
      if (frozen.status !== "ready") throw new Error(`batch ${created.publicId} did not freeze: ${frozen.status}`);
      return created;
    });
    const publisher = await openAmqpPublisher(broker.url, broker.exchange);
    try {
      await relayOutbox(db, { publisher, exchange: broker.exchange, baseUrl: broker.baseUrl });
    } finally {
      await publisher.close();
    }
    return batch.publicId;
  } finally {
    await db.$disconnect();
  }
}
