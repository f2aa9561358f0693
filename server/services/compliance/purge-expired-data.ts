import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { recordAudit } from "@/server/services/audit/record-audit";

const BATCH = 5000;
const DAY = 86_400_000;

export type TPurgeResult = { rawProfiles: number; contacts: number };

/**
 * Enforces retention. Raw profiles not seen for `rawProfileDays` lose their content (bio, display
 * name, website, location, avatar, source record) and get `content_purged_at`; the row, its
 * platform identifiers and counts stay, so the lead card's lineage FK, de-duplication and the
 * suppression check keep working. Contacts fetched more than `contactDays` ago are deleted.
 * Works in batches; each batch commits with its `retention_purged` audit row (counts only).
 */
export async function purgeExpiredData(
  db: PrismaClient,
  opts: { rawProfileDays: number | null; contactDays: number | null; actor?: TAuditActor; now?: Date },
): Promise<TPurgeResult> {
  const now = opts.now ?? new Date();
  const actor = opts.actor ?? { type: "system" as const, id: "retention" };
  const result: TPurgeResult = { rawProfiles: 0, contacts: 0 };
  if (opts.rawProfileDays !== null) {
    const cutoff = new Date(now.getTime() - opts.rawProfileDays * DAY);
    for (;;) {
      const count = await db.$transaction(async (tx) => {
        const n = await tx.$executeRaw`UPDATE raw_social_profiles SET bio = NULL, display_name = NULL, website = NULL, location = NULL, avatar_url = NULL,
            source_record = NULL, content_purged_at = ${now}, updated_at = ${now}
          WHERE id IN (SELECT id FROM raw_social_profiles WHERE last_seen_at < ${cutoff} AND content_purged_at IS NULL AND erased_at IS NULL LIMIT ${BATCH})`;
        if (n > 0) await recordAudit(tx, { event: "retention_purged", actor, metadata: { table: "raw_social_profiles", count: n, olderThanDays: opts.rawProfileDays! } }, now);
        return n;
      });
      result.rawProfiles += count;
      if (count < BATCH) break;
    }
  }
  if (opts.contactDays !== null) {
    const cutoff = new Date(now.getTime() - opts.contactDays * DAY);
    for (;;) {
      const count = await db.$transaction(async (tx) => {
        const n = await tx.$executeRaw`DELETE FROM contacts WHERE id IN (SELECT id FROM contacts WHERE fetched_at < ${cutoff} LIMIT ${BATCH})`;
        if (n > 0) await recordAudit(tx, { event: "retention_purged", actor, metadata: { table: "contacts", count: n, olderThanDays: opts.contactDays! } }, now);
        return n;
      });
      result.contacts += count;
      if (count < BATCH) break;
    }
  }
  return result;
}
