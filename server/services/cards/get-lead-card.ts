import type { Db } from "@/server/db/client";
import { DomainError } from "@/server/domain/errors";
import type { TLeadCardDetail } from "./lead-card-detail";
import { ZLeadCardRow } from "./lead-card-row";
import { buildLeadCardWhere } from "./lead-card-sql";
import { ZLeadCardRuleFilter } from "@/server/domain/cards/lead-card-query";
import { countLeadCardsIn } from "./count-lead-cards-in";

const num = (v: bigint | null) => (v === null ? null : Number(v));
const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * A lead card with its redacted raw profile, lineage (first and last import), classification,
 * pools (membership pools plus the rule pools whose filter it matches now) and its audit history,
 * newest first. Erased cards are NOT_FOUND.
 */
export async function getLeadCard(db: Db, id: string): Promise<TLeadCardDetail> {
  const card = await db.leadCard.findFirst({
    where: { id, erasedAt: null },
    include: {
      rawProfile: { include: { firstImportJob: true, lastImportJob: true } },
      reviewedBy: { select: { email: true } },
      pools: { include: { pool: { select: { id: true, name: true, kind: true, archivedAt: true } } } },
    },
  });
  if (!card) throw new DomainError("NOT_FOUND", "That lead card does not exist", { id });
  const p = card.rawProfile;

  const memberPools = card.pools.filter((m) => !m.pool.archivedAt).map((m) => ({ id: m.pool.id, name: m.pool.name, kind: m.pool.kind }));
  const rulePools = await db.audiencePool.findMany({ where: { kind: "rule", archivedAt: null }, select: { id: true, name: true, kind: true, rule: true }, orderBy: { name: "asc" } });
  const matchingRulePools = [];
  for (const pool of rulePools) {
    const rule = ZLeadCardRuleFilter.safeParse(pool.rule ?? {});
    if (!rule.success) continue;
    if ((await countLeadCardsIn(db, await buildLeadCardWhere(db, rule.data), [id])) > 0) matchingRulePools.push({ id: pool.id, name: pool.name, kind: pool.kind });
  }

  const history = await db.auditLog.findMany({ where: { targetType: "lead_card", targetId: id }, orderBy: { seq: "desc" }, take: 200 });
  const job = (j: typeof p.firstImportJob) => ({ id: j.id, fileName: j.fileName, format: j.detectedFormat ?? j.formatOverride, at: j.createdAt });
  const confidences = Object.fromEntries(Object.entries(asRecord(card.confidences)).filter((e): e is [string, number] => typeof e[1] === "number"));

  return {
    card: {
      ...ZLeadCardRow.parse({
        id: card.id, publicId: card.publicId, platform: card.platform, handle: card.handle, displayName: card.displayName, avatarUrl: p.avatarUrl,
        followerCount: num(card.followerCount), industry: card.industry, persona: card.persona, tribe: card.tribe, secondaryTribes: card.secondaryTribes,
        label: card.label, baseConfidence: card.baseConfidence.toNumber(), classificationConfidence: card.classificationConfidence.toNumber(),
        reviewState: card.reviewState, enrichmentState: card.enrichmentState, createdAt: card.createdAt,
      }),
      bio: card.bio, websiteDomain: card.websiteDomain, hashtags: card.hashtags, correctedFields: card.correctedFields,
      reviewedAt: card.reviewedAt, reviewedBy: card.reviewedBy?.email ?? null, updatedAt: card.updatedAt,
    },
    profile: {
      bio: p.bio, website: p.website, location: p.location, followerCount: num(p.followerCount), followingCount: num(p.followingCount),
      postCount: num(p.postCount), likeCount: num(p.likeCount), verified: p.verified, contactRedacted: p.contactRedacted, redactionCount: p.redactionCount,
      firstSeenAt: p.firstSeenAt, lastSeenAt: p.lastSeenAt,
    },
    lineage: { firstImport: job(p.firstImportJob), lastImport: job(p.lastImportJob) },
    classification: {
      industry: card.industry, persona: card.persona, tribe: card.tribe, secondaryTribes: card.secondaryTribes, label: card.label,
      confidence: card.classificationConfidence.toNumber(), confidences,
      explanation: Array.isArray(card.explanation) ? (card.explanation as TLeadCardDetail["classification"]["explanation"]) : [],
      classifierVersion: card.classifierVersion, classifiedAt: card.classifiedAt,
    },
    pools: [...memberPools, ...matchingRulePools],
    history: history.map((h) => ({
      seq: h.seq.toString(), at: h.occurredAt, actor: h.actorLabel ?? `${h.actorType}:${h.actorId ?? "?"}`, event: h.event, outcome: h.outcome,
      metadata: asRecord(h.metadata),
    })),
  };
}
