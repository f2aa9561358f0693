import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/server/db/client";
import type { TRole } from "@/server/domain/auth/roles";
import { insertTestCards, type TTestCard } from "@/server/services/cards/__fixtures__/insert-test-cards";
import type { TEnrichmentActor } from "../enrichment-actor";

/** A user of the given role, as an enrichment actor. */
export async function createActor(db: PrismaClient, role: TRole, name = role.toLowerCase()): Promise<TEnrichmentActor> {
  const email = `${name}-${randomUUID().slice(0, 8)}@enrich.test`;
  const user = await db.user.create({ data: { email, role, name } });
  return { userId: user.id, role, email };
}

const firstNames = ["Maya", "Omar", "Lena", "Ravi", "Ines", "Tomas", "Aiko", "Noah", "Zara", "Felix", "Nina", "Paulo"];
const lastNames = ["Reed", "Haddad", "Novak", "Iyer", "Costa", "Berg", "Sato", "Okafor", "Quinn", "Meyer", "Lund", "Silva"];

/**
 * Eligible-by-default cards (TikTok, PARTNER, 0.8, confirmed) with a person's name and a company
 * domain, so Apollo has something to match on. Override per card.
 */
export async function insertEnrichableCards(db: PrismaClient, count: number, over: Partial<TTestCard> & { websiteDomain?: string | null; lawfulBasis?: string | null } = {}): Promise<string[]> {
  const tag = randomUUID().slice(0, 6);
  const specs: TTestCard[] = Array.from({ length: count }, (_, i) => ({
    platform: "tiktok", label: "PARTNER", classificationConfidence: 0.8, reviewState: "confirmed",
    handle: `card_${tag}_${i}`, displayName: `${firstNames[i % firstNames.length]} ${lastNames[(i * 7 + 3) % lastNames.length]}${i >= 12 ? ` ${lastNames[i % 12]}` : ""}`,
    ...over,
  }));
  const ids = await insertTestCards(db, specs);
  await db.$executeRaw`UPDATE lead_cards SET website_domain = CASE WHEN ${over.websiteDomain === null} THEN NULL ELSE coalesce(${over.websiteDomain ?? null}, 'co' || substr(md5(id::text), 1, 8) || '.example') END,
      lawful_basis = ${over.lawfulBasis ?? null} WHERE id = ANY(${ids}::uuid[])`;
  return ids;
}
