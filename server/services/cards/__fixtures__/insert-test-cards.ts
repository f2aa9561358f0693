import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/server/db/client";

export type TTestCard = {
  platform?: "x" | "tiktok" | "threads";
  handle?: string | null;
  displayName?: string | null;
  bio?: string | null;
  followerCount?: number | null;
  industry?: string;
  persona?: string;
  tribe?: string;
  secondaryTribes?: string[];
  label?: "USER" | "PARTNER" | "AFFILIATE" | "FEEDBACK" | null;
  baseConfidence?: number;
  classificationConfidence?: number;
  reviewState?: "unreviewed" | "confirmed" | "corrected";
  createdAt?: Date;
  erased?: boolean;
  avatarUrl?: string | null;
};

/** Test fixture: one import job, then a raw profile + lead card per spec (ids returned in order). */
export async function insertTestCards(db: PrismaClient, specs: TTestCard[]): Promise<string[]> {
  const job = await db.importJob.create({ data: { fileName: `fixture-${randomUUID()}.json`, sha256: randomUUID().replace(/-/g, "").padEnd(64, "0"), byteSize: 1n, detectedFormat: "x_api_v2", status: "completed", startedAt: new Date(), finishedAt: new Date() } });
  const ids: string[] = [];
  for (const s of specs) {
    const profile = await db.rawSocialProfile.create({
      data: {
        platform: s.platform ?? "x", platformUserId: randomUUID(), handle: s.handle ?? null, displayName: s.displayName ?? null, bio: s.bio ?? null,
        followerCount: s.followerCount == null ? null : BigInt(s.followerCount), avatarUrl: s.avatarUrl ?? null,
        firstImportJobId: job.id, lastImportJobId: job.id,
      },
    });
    const card = await db.leadCard.create({
      data: {
        publicId: `lc_${randomUUID().replace(/-/g, "")}`, rawProfileId: profile.id, platform: s.platform ?? "x", handle: s.handle ?? null,
        displayName: s.displayName ?? null, bio: s.bio ?? null, followerCount: s.followerCount == null ? null : BigInt(s.followerCount),
        industry: s.industry ?? "unknown", persona: s.persona ?? "unknown", tribe: s.tribe ?? "none", secondaryTribes: s.secondaryTribes ?? [],
        label: s.label ?? null, baseConfidence: s.baseConfidence ?? 0, classificationConfidence: s.classificationConfidence ?? 0,
        reviewState: s.reviewState ?? "unreviewed", createdAt: s.createdAt ?? new Date("2026-11-01T00:00:00Z"), erasedAt: s.erased ? new Date() : null,
      },
    });
    ids.push(card.id);
  }
  return ids;
}
