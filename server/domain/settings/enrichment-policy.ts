import { z } from "zod";
import { defineSetting } from "./define-setting";

/**
 * The enrichment gate (issue #5): which cards may be matched to third-party contact data, how
 * much may be spent, and which providers run in which order. Provider base URLs and keys are
 * NOT here: they come from the environment (SXE_APOLLO_*, SXE_BATCHDATA_*) and never reach the
 * database, the audit log or the logs.
 */

export const enrichmentProviders = ["apollo", "batchdata"] as const;
export const ZEnrichmentProvider = z.enum(enrichmentProviders);
export type TEnrichmentProvider = z.infer<typeof ZEnrichmentProvider>;

const ZMoney = z.number().nonnegative().max(1_000_000);
const ZCredits = z.number().nonnegative().max(10_000_000);

const ZCaps = z.object({ credits: ZCredits, money: ZMoney }).strict();

const ZProviderConfig = z.discriminatedUnion("provider", [
  z.object({
    provider: z.literal("apollo"),
    enabled: z.boolean(),
    /** Money per Apollo credit (1 per matched person + 8 when a mobile phone is returned). */
    moneyPerCredit: ZMoney,
    /** Credits assumed per card for the estimate: 9 is the worst case, so budgets never overrun. */
    estimatedCreditsPerCard: z.number().min(0).max(100),
    sandbox: z.boolean(),
  }).strict(),
  z.object({
    provider: z.literal("batchdata"),
    enabled: z.boolean(),
    /** Money per matched skip-trace record (no charge for a miss). */
    moneyPerMatch: ZMoney,
    sandbox: z.boolean(),
  }).strict(),
]);
export type TProviderConfig = z.infer<typeof ZProviderConfig>;

export const ZEnrichmentPolicy = z
  .object({
    eligibleLabels: z.array(z.enum(["USER", "PARTNER", "AFFILIATE", "FEEDBACK"])).min(1),
    minConfidence: z.number().min(0).max(1),
    reviewRequired: z.boolean(),
    /** Platforms whose cards need a recorded lawful basis before matching (X developer policy). */
    lawfulBasisRequiredFor: z.array(z.enum(["x", "tiktok", "threads"])),
    cooldownDays: z.number().int().min(0).max(3650),
    currency: z.string().length(3).toUpperCase(),
    budget: z.object({ perBatch: ZCaps, perDay: ZCaps, perMonth: ZCaps }).strict(),
    /** The waterfall, in order. */
    providers: z.array(ZProviderConfig).min(1).max(2)
      .refine((list) => new Set(list.map((p) => p.provider)).size === list.length, "each provider may appear once"),
  })
  .strict();
export type TEnrichmentPolicy = z.infer<typeof ZEnrichmentPolicy>;

export const defaultEnrichmentPolicy: TEnrichmentPolicy = {
  eligibleLabels: ["PARTNER", "AFFILIATE"],
  minConfidence: 0.6,
  reviewRequired: true,
  lawfulBasisRequiredFor: ["x"],
  cooldownDays: 90,
  currency: "USD",
  budget: {
    perBatch: { credits: 2500, money: 100 },
    perDay: { credits: 5000, money: 250 },
    perMonth: { credits: 50000, money: 2000 },
  },
  providers: [
    { provider: "apollo", enabled: true, moneyPerCredit: 0.025, estimatedCreditsPerCard: 9, sandbox: true },
    { provider: "batchdata", enabled: true, moneyPerMatch: 0.07, sandbox: true },
  ],
};

export const enrichmentPolicySetting = defineSetting<TEnrichmentPolicy>({
  key: "enrichment.policy",
  description: "Enrichment gate: eligible labels, minimum confidence, review, platform rules, cooldown, budgets, provider waterfall and pricing",
  schema: ZEnrichmentPolicy,
  defaultValue: defaultEnrichmentPolicy,
});
