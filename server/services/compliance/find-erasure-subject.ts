import type { Db } from "@/server/db/client";
import type { TErasureTarget } from "@/server/domain/compliance/erasure";
import { DomainError } from "@/server/domain/errors";

export type TErasureSubject = {
  platform: "x" | "tiktok" | "threads";
  card: { id: string; publicId: string; rawProfileId: string; erasedAt: Date | null } | null;
  /** Identifiers to suppress (read before they are cleared; only their digests are stored). */
  handle: string | null;
  platformUserId: string | null;
};

/** The lead card (and raw profile) an erasure target names; a handle nobody has is a subject with no card. */
export async function findErasureSubject(db: Db, target: TErasureTarget): Promise<TErasureSubject> {
  if ("cardId" in target) {
    const card = await db.leadCard.findUnique({
      where: { id: target.cardId },
      select: { id: true, publicId: true, rawProfileId: true, erasedAt: true, platform: true, rawProfile: { select: { handle: true, platformUserId: true } } },
    });
    if (!card) throw new DomainError("NOT_FOUND", `Lead card ${target.cardId} does not exist`, { id: target.cardId });
    return { platform: card.platform, card: { id: card.id, publicId: card.publicId, rawProfileId: card.rawProfileId, erasedAt: card.erasedAt }, handle: card.rawProfile.handle, platformUserId: card.rawProfile.platformUserId };
  }
  const handle = target.handle.replace(/^@/, "");
  const raw = await db.rawSocialProfile.findFirst({
    where: { platform: target.platform, handle: { equals: handle, mode: "insensitive" } },
    select: { handle: true, platformUserId: true, leadCard: { select: { id: true, publicId: true, rawProfileId: true, erasedAt: true } } },
  });
  return { platform: target.platform, card: raw?.leadCard ?? null, handle: raw?.handle ?? handle, platformUserId: raw?.platformUserId ?? null };
}
