import { z } from "zod";
import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { DomainError } from "@/server/domain/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { MAX_BULK_CARDS } from "@/server/domain/cards/lead-card-query";
import { parseOrThrow } from "@/server/domain/cards/parse-or-throw";

export const ZConfirmLeadCards = z.object({ ids: z.array(z.uuid()).min(1).max(MAX_BULK_CARDS) });

type TTagRow = { id: string; industry: string; persona: string; tribe: string; label: "USER" | "PARTNER" | "AFFILIATE" | "FEEDBACK" | null };

/**
 * A reviewer accepts the classification of up to 500 cards as it stands: review_state
 * confirmed, reviewed by/at the actor, and one `label_changed` audit row per card (before =
 * after, reviewState "confirmed") in the same transaction. Corrected fields stay protected.
 */
export async function confirmLeadCards(db: PrismaClient, input: z.input<typeof ZConfirmLeadCards>, actor: TAuditActor, now = new Date()): Promise<{ confirmed: number }> {
  const { ids } = parseOrThrow(ZConfirmLeadCards, input);
  const unique = [...new Set(ids)];
  return db.$transaction(
    async (tx) => {
      const cards = await tx.$queryRaw<TTagRow[]>`SELECT id::text AS id, industry, persona, tribe, label::text AS label FROM lead_cards
        WHERE id = ANY(${unique}::uuid[]) AND erased_at IS NULL ORDER BY id FOR UPDATE`;
      if (cards.length !== unique.length) throw new DomainError("NOT_FOUND", `${unique.length - cards.length} of the selected lead cards do not exist (or were erased)`);
      await tx.$executeRaw`UPDATE lead_cards SET review_state = 'confirmed', reviewed_by_id = ${actor.type === "user" ? actor.id : null}::uuid,
          reviewed_at = ${now}, updated_at = ${now} WHERE id = ANY(${unique}::uuid[])`;
      for (const { id, ...tags } of cards) {
        await recordAudit(tx, { event: "label_changed", actor, target: { type: "lead_card", id }, metadata: { before: tags, after: tags, reviewState: "confirmed" } }, now);
      }
      return { confirmed: cards.length };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
