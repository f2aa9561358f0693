import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/server/db/client";
import { handleDigest } from "@/server/domain/suppression/suppression-digest";
import { insertTestCards, type TTestCard } from "@/server/services/cards/__fixtures__/insert-test-cards";

export type THandoffCard = TTestCard & {
  contacts?: { type: "email" | "phone"; value: string; dnc?: boolean; tcpa?: boolean; litigator?: boolean; verificationStatus?: string; approved?: boolean }[];
  business?: { name: string; domain?: string };
  suppressed?: boolean;
};

/** Test fixture: an admin, a manual pool holding the cards, and their contacts (approved or pending requests). */
export async function seedHandoffCards(db: PrismaClient, specs: THandoffCard[], opts: { poolName?: string; adminEmail?: string } = {}) {
  const admin = await db.user.create({ data: { email: opts.adminEmail ?? `admin-${randomUUID().slice(0, 8)}@handoff.test`, role: "ADMIN", name: "Handoff Admin" } });
  const requester = await db.user.create({ data: { email: `growth-${randomUUID().slice(0, 8)}@handoff.test`, role: "GROWTH" } });
  const ids = await insertTestCards(db, specs);
  const pool = await db.audiencePool.create({ data: { name: opts.poolName ?? `handoff pool ${randomUUID().slice(0, 6)}`, kind: "manual" } });
  await db.leadCardPool.createMany({ data: ids.map((leadCardId) => ({ poolId: pool.id, leadCardId })) });
  const request = (status: "completed" | "pending") =>
    db.enrichmentRequest.create({ data: { requesterId: requester.id, approverId: status === "completed" ? admin.id : null, status, reason: "fixture", policySnapshot: {} } });
  const approved = await request("completed");
  const pending = await request("pending");
  for (const [i, spec] of specs.entries()) {
    const leadCardId = ids[i]!;
    for (const c of spec.contacts ?? []) {
      await db.contact.create({
        data: { leadCardId, requestId: c.approved === false ? pending.id : approved.id, type: c.type, value: c.value, verificationStatus: c.verificationStatus ?? "valid", dnc: c.dnc ?? false, tcpa: c.tcpa ?? false, litigator: c.litigator ?? false, provider: "fixture", fetchedAt: new Date("2026-11-20T10:00:00Z") },
      });
    }
    if (spec.business) await db.business.create({ data: { leadCardId, requestId: approved.id, name: spec.business.name, domain: spec.business.domain ?? null, provider: "fixture", fetchedAt: new Date("2026-11-20T10:00:00Z") } });
    if (spec.suppressed && spec.handle) await db.suppression.create({ data: { platform: spec.platform ?? "x", handleSha256: handleDigest(spec.handle), reason: "fixture" } });
  }
  return { admin, pool, ids, approvedRequestId: approved.id };
}
