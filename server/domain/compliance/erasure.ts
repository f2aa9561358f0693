import { z } from "zod";

/** Why a person is erased: a closed list, so no free text (which could name them) is stored or audited. */
export const erasureReasons = {
  data_subject_request: "The person asked to be erased (GDPR Art. 17 / CCPA 1798.105)",
  marketing_objection: "The person objected to direct marketing (GDPR Art. 21(2)-(3))",
  platform_removal: "The platform or account owner asked for removal (X / TikTok terms)",
  other_legal_obligation: "Another legal obligation",
} as const;
export type TErasureReason = keyof typeof erasureReasons;
export const ZErasureReason = z.enum(Object.keys(erasureReasons) as [TErasureReason, ...TErasureReason[]]);

export const ZErasureTarget = z.union([
  z.object({ cardId: z.uuid() }),
  z.object({ platform: z.enum(["x", "tiktok", "threads"]), handle: z.string().trim().min(1).max(200) }),
]);
export type TErasureTarget = z.infer<typeof ZErasureTarget>;

/** What an erasure removes, counted per kind (the audit row and the request keep only these counts). */
export type TErasureCounts = {
  leadCards: number;
  rawProfiles: number;
  contacts: number;
  businesses: number;
  poolMemberships: number;
  enrichmentItems: number;
  handoffRecords: number;
  suppressions: number;
};

export const erasureOutboxType = "com.sxe.lead.erased.v1";
