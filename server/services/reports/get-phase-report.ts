import { z } from "zod";
import type { Db } from "@/server/db/client";

const ZCount = z.number().int().nonnegative();
/** A share in percent (0–100, two decimals), null when there is nothing to divide by. */
const ZPercent = z.number().min(0).max(100).nullable();
const ZShare = z.object({ count: ZCount, percent: ZPercent });

export const phaseReportLabels = ["USER", "PARTNER", "AFFILIATE", "FEEDBACK", "unlabelled"] as const;
export const phaseReportReviewStates = ["unreviewed", "confirmed", "corrected"] as const;
export const phaseExitCriterionIds = ["cards_for_all_profiles", "no_enrichment_on_cards", "tagged_persona_and_tribe"] as const;

/** The seed's exit bar for tagging: at least this share of cards with a persona and a tribe. */
export const TAGGED_TARGET_PERCENT = 80;

export const ZPhaseReport = z.object({
  /** Raw profiles not erased (erased ones are counted apart and excluded everywhere else). */
  rawProfiles: ZCount,
  erasedProfiles: ZCount,
  /** Lead cards not erased. */
  leadCards: ZCount,
  /** Raw profiles (not erased) that have their lead card; the target is 100%. */
  cardCoverage: z.object({ withCard: ZCount, withoutCard: ZCount, percent: ZPercent }),
  /** Cards with persona ≠ unknown and tribe ≠ none, of all cards. */
  taggedWithPersonaAndTribe: ZShare,
  labelDistribution: z.object({ USER: ZShare, PARTNER: ZShare, AFFILIATE: ZShare, FEEDBACK: ZShare, unlabelled: ZShare }),
  reviewProgress: z.object({ unreviewed: ZShare, confirmed: ZShare, corrected: ZShare }),
  /**
   * Lead cards carry no enrichment data: lead_cards has no contact-like column (none by design),
   * and no contact or business row belongs to a card whose enrichment_state is 'none'.
   */
  enrichmentFree: z.object({
    free: z.boolean(),
    /** Cards with enrichment_state 'none' that have contact or business rows. */
    violations: ZCount,
    contactRows: ZCount,
    businessRows: ZCount,
    /** lead_cards columns whose names look like contact data (expected: none). */
    contactColumnsOnCards: z.array(z.string()),
  }),
  exitCriteria: z.array(
    z.object({
      id: z.enum(phaseExitCriterionIds),
      name: z.string(),
      target: z.string(),
      actual: z.string(),
      met: z.boolean(),
    }),
  ),
});
export type TPhaseReport = z.infer<typeof ZPhaseReport>;
export type TPhaseExitCriterion = TPhaseReport["exitCriteria"][number];

/**
 * `part` of `whole` in percent with two decimals, never rounded up to 100 nor down to 0 when it
 * is not exactly that (so 999,999 of 1,000,000 shows 99.99, not a misleading 100).
 */
export function sharePercent(part: number, whole: number): number | null {
  if (!whole) return null;
  const rounded = Math.round((part / whole) * 10_000) / 100;
  if (part < whole && rounded >= 100) return 99.99;
  if (part > 0 && rounded <= 0) return 0.01;
  return rounded;
}

const LOCALE = "en-US";
const count = (n: number) => n.toLocaleString(LOCALE);
const percentText = (p: number | null) => (p === null ? "—" : `${p.toLocaleString(LOCALE, { maximumFractionDigits: 2 })}%`);

/** Column names that would mean contact data on lead_cards (case-insensitive regular expression). */
const CONTACT_COLUMN_PATTERN = "(e_?mail|phone|mobile|contact|whats_?app|telegram|street|postal|zip|address)";

type TProfileRow = { raw: bigint; erased: bigint; with_card: bigint };
type TCardRow = {
  cards: bigint; tagged: bigint;
  l_user: bigint; l_partner: bigint; l_affiliate: bigint; l_feedback: bigint; l_unlabelled: bigint;
  unreviewed: bigint; confirmed: bigint; corrected: bigint;
};
type TEnrichmentRow = { violations: bigint; contact_rows: bigint; business_rows: bigint; contact_columns: string[] };

/**
 * The exit criteria of phases 1–3 (ingest → lead cards → tags) and the figures behind them, in
 * three aggregate queries: one pass over raw profiles joined to their cards, one pass over lead
 * cards with COUNT … FILTER, and the enrichment check that starts from the (small) contact and
 * business tables. Erased profiles and cards are left out of every share.
 */
export async function getPhaseReport(db: Db): Promise<TPhaseReport> {
  const [profileRows, cardRows, enrichmentRows] = await Promise.all([
    db.$queryRaw<TProfileRow[]>`
      SELECT count(*) FILTER (WHERE r.erased_at IS NULL) AS raw,
             count(*) FILTER (WHERE r.erased_at IS NOT NULL) AS erased,
             count(c.id) FILTER (WHERE r.erased_at IS NULL) AS with_card
        FROM raw_social_profiles r
        LEFT JOIN lead_cards c ON c.raw_profile_id = r.id`,
    db.$queryRaw<TCardRow[]>`
      SELECT count(*) AS cards,
             count(*) FILTER (WHERE persona <> 'unknown' AND tribe <> 'none') AS tagged,
             count(*) FILTER (WHERE label = 'USER') AS l_user,
             count(*) FILTER (WHERE label = 'PARTNER') AS l_partner,
             count(*) FILTER (WHERE label = 'AFFILIATE') AS l_affiliate,
             count(*) FILTER (WHERE label = 'FEEDBACK') AS l_feedback,
             count(*) FILTER (WHERE label IS NULL) AS l_unlabelled,
             count(*) FILTER (WHERE review_state = 'unreviewed') AS unreviewed,
             count(*) FILTER (WHERE review_state = 'confirmed') AS confirmed,
             count(*) FILTER (WHERE review_state = 'corrected') AS corrected
        FROM lead_cards
       WHERE erased_at IS NULL`,
    db.$queryRaw<TEnrichmentRow[]>`
      WITH enrichment AS (
        SELECT lead_card_id, 'contact' AS kind FROM contacts
        UNION ALL
        SELECT lead_card_id, 'business' AS kind FROM businesses
      )
      SELECT (SELECT count(DISTINCT e.lead_card_id) FROM enrichment e JOIN lead_cards c ON c.id = e.lead_card_id WHERE c.enrichment_state = 'none') AS violations,
             (SELECT count(*) FROM enrichment WHERE kind = 'contact') AS contact_rows,
             (SELECT count(*) FROM enrichment WHERE kind = 'business') AS business_rows,
             ARRAY(SELECT column_name::text FROM information_schema.columns
                    WHERE table_schema = current_schema() AND table_name = 'lead_cards' AND column_name ~* ${CONTACT_COLUMN_PATTERN}
                    ORDER BY column_name) AS contact_columns`,
  ]);
  const p = profileRows[0]!;
  const c = cardRows[0]!;
  const e = enrichmentRows[0]!;

  const rawProfiles = Number(p.raw);
  const withCard = Number(p.with_card);
  const leadCards = Number(c.cards);
  const share = (n: bigint) => ({ count: Number(n), percent: sharePercent(Number(n), leadCards) });
  const cardCoverage = { withCard, withoutCard: rawProfiles - withCard, percent: sharePercent(withCard, rawProfiles) };
  const tagged = share(c.tagged);
  const violations = Number(e.violations);
  const enrichmentFree = {
    free: violations === 0 && e.contact_columns.length === 0,
    violations,
    contactRows: Number(e.contact_rows),
    businessRows: Number(e.business_rows),
    contactColumnsOnCards: e.contact_columns,
  };

  const exitCriteria: TPhaseExitCriterion[] = [
    {
      id: "cards_for_all_profiles",
      name: "Every profile becomes a lead card",
      target: "100% of profiles",
      actual: rawProfiles === 0 ? "No profiles yet" : `${percentText(cardCoverage.percent)} (${count(withCard)} of ${count(rawProfiles)})`,
      met: rawProfiles > 0 && cardCoverage.withoutCard === 0,
    },
    {
      id: "no_enrichment_on_cards",
      name: "No enrichment fields on lead cards",
      target: "0 contact columns, 0 cards with enrichment data",
      actual: `${count(enrichmentFree.contactColumnsOnCards.length)} contact column(s), ${count(violations)} card(s) with enrichment data`,
      met: enrichmentFree.free,
    },
    {
      id: "tagged_persona_and_tribe",
      name: "Cards tagged with a persona and a tribe",
      target: `≥ ${TAGGED_TARGET_PERCENT}% of lead cards`,
      actual: leadCards === 0 ? "No lead cards yet" : `${percentText(tagged.percent)} (${count(tagged.count)} of ${count(leadCards)})`,
      // Compared on counts, not on the rounded percentage.
      met: leadCards > 0 && tagged.count * 100 >= TAGGED_TARGET_PERCENT * leadCards,
    },
  ];

  return {
    rawProfiles,
    erasedProfiles: Number(p.erased),
    leadCards,
    cardCoverage,
    taggedWithPersonaAndTribe: tagged,
    labelDistribution: { USER: share(c.l_user), PARTNER: share(c.l_partner), AFFILIATE: share(c.l_affiliate), FEEDBACK: share(c.l_feedback), unlabelled: share(c.l_unlabelled) },
    reviewProgress: { unreviewed: share(c.unreviewed), confirmed: share(c.confirmed), corrected: share(c.corrected) },
    enrichmentFree,
    exitCriteria,
  };
}
