import { z } from "zod";
import { Prisma } from "@/server/db/generated/prisma/client";
import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { DomainError } from "@/server/domain/errors";
import { MAX_BULK_CARDS } from "@/server/domain/cards/lead-card-query";
import { parseOrThrow } from "@/server/domain/cards/parse-or-throw";
import { ZExecutionLabel } from "@/server/domain/taxonomy/taxonomy-schema";
import { recordAudit } from "@/server/services/audit/record-audit";
import { getActiveTaxonomy } from "@/server/services/taxonomy/get-active-taxonomy";

export const ZSetLeadCardTags = z.object({
  ids: z.array(z.uuid()).min(1).max(MAX_BULK_CARDS),
  changes: z
    .object({ industry: z.string().max(80).optional(), persona: z.string().max(80).optional(), tribe: z.string().max(80).optional(), label: ZExecutionLabel.nullable().optional() })
    .strict()
    .refine((c) => Object.values(c).some((v) => v !== undefined), "name at least one of industry, persona, tribe, label"),
});
export type TSetLeadCardTags = z.input<typeof ZSetLeadCardTags>;

type TTagRow = { id: string; industry: string; persona: string; tribe: string; label: z.infer<typeof ZExecutionLabel> | null };

/**
 * A human correction of industry/persona/tribe/label on up to 500 cards: slugs are checked
 * against the active taxonomy, the values set, the dimensions added to corrected_fields (so
 * re-classification keeps them), the cards marked corrected and reviewed by the actor, and one
 * `label_changed` audit row written per card with before and after, all in one transaction.
 */
export async function setLeadCardTags(db: PrismaClient, input: TSetLeadCardTags, actor: TAuditActor, now = new Date()): Promise<{ updated: number }> {
  const { ids, changes } = parseOrThrow(ZSetLeadCardTags, input);
  const taxonomy = await getActiveTaxonomy(db);
  const known = { industry: taxonomy.industries, persona: taxonomy.personas, tribe: taxonomy.tribes };
  for (const dim of ["industry", "persona", "tribe"] as const) {
    const value = changes[dim];
    if (value !== undefined && !known[dim].some((e) => e.slug === value)) throw new DomainError("VALIDATION", `"${value}" is not a ${dim} in the active taxonomy`, { [dim]: value });
  }
  const dims = (["industry", "persona", "tribe", "label"] as const).filter((d) => changes[d] !== undefined);
  const unique = [...new Set(ids)];

  return db.$transaction(
    async (tx) => {
      const before = await tx.$queryRaw<TTagRow[]>`SELECT id::text AS id, industry, persona, tribe, label::text AS label FROM lead_cards
        WHERE id = ANY(${unique}::uuid[]) AND erased_at IS NULL ORDER BY id FOR UPDATE`;
      if (before.length !== unique.length) throw new DomainError("NOT_FOUND", `${unique.length - before.length} of the selected lead cards do not exist (or were erased)`);

      const sets: Prisma.Sql[] = [];
      if (changes.industry !== undefined) sets.push(Prisma.sql`industry = ${changes.industry}`);
      if (changes.persona !== undefined) sets.push(Prisma.sql`persona = ${changes.persona}`);
      if (changes.tribe !== undefined) sets.push(Prisma.sql`tribe = ${changes.tribe}, secondary_tribes = array_remove(coalesce(secondary_tribes, '{}'), ${changes.tribe}::text)`);
      if (changes.label !== undefined) sets.push(Prisma.sql`label = ${changes.label}::execution_label`);
      await tx.$executeRaw`UPDATE lead_cards SET ${Prisma.join(sets, ", ")},
          corrected_fields = ARRAY(SELECT DISTINCT f FROM unnest(coalesce(corrected_fields, '{}') || ${dims}::text[]) f ORDER BY f),
          review_state = 'corrected', reviewed_by_id = ${actor.type === "user" ? actor.id : null}::uuid, reviewed_at = ${now}, updated_at = ${now}
        WHERE id = ANY(${unique}::uuid[])`;

      for (const card of before) {
        const pick = (row: Partial<TTagRow>) => Object.fromEntries(dims.map((d) => [d, row[d]]));
        await recordAudit(
          tx,
          { event: "label_changed", actor, target: { type: "lead_card", id: card.id }, metadata: { before: pick(card), after: pick({ ...card, ...changes }), reviewState: "corrected" } },
          now,
        );
      }
      return { updated: before.length };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
