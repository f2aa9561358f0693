import { z } from "zod";
import { defineSetting } from "./define-setting";

/** How long raw profile content and contacts are kept (days since last seen / fetched); null keeps them. */
export const retentionSetting = defineSetting({
  key: "compliance.retention",
  description: "Retention in days for raw profile content (since last seen) and contacts (since fetched); empty keeps them indefinitely.",
  schema: z.object({
    rawProfileDays: z.number().int().min(1).max(36500).nullable(),
    contactDays: z.number().int().min(1).max(36500).nullable(),
  }).strict(),
  defaultValue: { rawProfileDays: 365, contactDays: 180 },
});

/** Where the digest job also writes chained digest files (CloudTrail-style); SXE_AUDIT_DIGEST_DIR overrides. */
export const auditDigestSetting = defineSetting({
  key: "compliance.audit_digests",
  description: "Directory for chained audit digest files (outside the database); empty writes digests to the audit_digests table only.",
  schema: z.object({ directory: z.string().trim().min(1).max(500).nullable() }).strict(),
  defaultValue: { directory: null as string | null },
});

export const ZProcessingPurposes = z.object({
  ingest: z.string().trim().min(1).max(1000),
  classify: z.string().trim().min(1).max(1000),
  enrich: z.string().trim().min(1).max(1000),
  handoff: z.string().trim().min(1).max(1000),
});

/** The controller and the purposes of each stage, for the record of processing (GDPR Art. 30). */
export const processingRecordSetting = defineSetting({
  key: "compliance.processing_record",
  description: "Controller details, lawful basis and purposes per stage for the record of processing activities (GDPR Art. 30).",
  schema: z.object({
    controllerName: z.string().trim().min(1).max(200),
    controllerContact: z.string().trim().min(1).max(300),
    dpoContact: z.string().trim().max(300).nullable(),
    lawfulBasis: z.string().trim().min(1).max(1000),
    purposes: ZProcessingPurposes,
    dataSubjects: z.array(z.string().trim().min(1).max(200)).min(1).max(20),
    dataCategories: z.array(z.string().trim().min(1).max(200)).min(1).max(30),
    transfers: z.string().trim().max(1000).nullable(),
  }).strict(),
  defaultValue: {
    controllerName: "(set the controller's legal name)",
    controllerContact: "(set the controller's postal address or privacy contact)",
    dpoContact: null as string | null,
    lawfulBasis: "Legitimate interests (GDPR Art. 6(1)(f)) with a documented balancing test; objections to direct marketing are absolute (Art. 21(2)-(3)).",
    purposes: {
      ingest: "Collect public social profile data from platform exports to build an audience of potential business contacts.",
      classify: "Classify profiles by industry, persona and tribe to decide who is relevant for outreach.",
      enrich: "On approved request only: look up business contact details of selected leads through enrichment providers.",
      handoff: "Hand approved, execution-ready leads to the outreach platforms that contact them.",
    },
    dataSubjects: ["Public social media account holders (creators, businesses, professionals)"],
    dataCategories: [
      "Public profile: handle, display name, redacted bio, website, location, follower and post counts",
      "Classification: industry, persona, tribe, execution label, confidence",
      "Business contact data (enriched on request): work email, phone with DNC/TCPA flags, company",
    ],
    transfers: null as string | null,
  },
});

export const complianceSettings = [retentionSetting, auditDigestSetting, processingRecordSetting] as const;
