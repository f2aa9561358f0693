import { createHash } from "node:crypto";
import type { TSourceFormat } from "./formats";
import { normalizeCard, type TCardFields } from "@/server/domain/cards/normalize-card";
import type { TTaxonomy } from "@/server/domain/taxonomy/taxonomy-schema";
import { looksLikeContactData } from "./contact-guard";
import { mapRecord, type TMapOptions } from "./mappers";
import { BIO_MAX_LENGTH, DISPLAY_NAME_MAX_LENGTH, LOCATION_MAX_LENGTH, URL_MAX_LENGTH, type TCanonicalProfile, type TProfileCandidate, type TRecordError, type TSourceRecord } from "./profile";
import { redactContactData } from "./redact/redact-contact-data";
import { redactRecord } from "./redact/redact-record";
import { cleanText, removeInvisibleChars } from "./sanitize";
import { toCanonicalProfile } from "./validate-profile";

/**
 * One source record through the whole per-record pipeline, before anything is persisted:
 * map → clean and redact contact data (before any length cap, so nothing is cut in half) →
 * validate → redact the stored copy of the source record → fingerprint it.
 */
/**
 * `sourceRecordJson` is the redacted source record, serialised once (fingerprinted and stored as
 * is); `card` is what its lead card adds (domain, hashtags, base confidence, classification).
 */
export type TPreparedProfile = TCanonicalProfile & { redactionCount: number; sourceRecordJson: string; sourceSha256: string; card: TCardFields };
export type TPreparedRecord = { ok: true; profile: TPreparedProfile; identityKeys: string[] } | { ok: false; errors: TRecordError[] };

/** Cleaned exactly as validation will clean them (HTML, invisible characters), but not yet capped. */
const redactedFields = {
  displayName: { maxLength: DISPLAY_NAME_MAX_LENGTH, singleLine: true },
  bio: { maxLength: BIO_MAX_LENGTH, singleLine: false },
  website: { maxLength: URL_MAX_LENGTH, singleLine: true },
  location: { maxLength: LOCATION_MAX_LENGTH, singleLine: true },
} as const satisfies Partial<Record<keyof TProfileCandidate, { maxLength: number; singleLine: boolean }>>;

/** Strings in the stored source record: invisible characters out (NUL included: jsonb refuses it), NFC. */
const cleanForStorage = (text: string) => removeInvisibleChars(text).normalize("NFC");

/** Keys that identify one account within a platform: its id and its case-folded handle. */
export function identityKeys(profile: Pick<TCanonicalProfile, "platform" | "platformUserId" | "handle">): string[] {
  const keys: string[] = [];
  if (profile.platformUserId) keys.push(`${profile.platform}:id:${profile.platformUserId}`);
  if (profile.handle) keys.push(`${profile.platform}:h:${profile.handle.toLowerCase()}`);
  return keys;
}

export function prepareRecord(
  format: TSourceFormat,
  record: TSourceRecord,
  opts: TMapOptions & { taxonomy: TTaxonomy },
): TPreparedRecord {
  const where = { index: record.index, line: record.line };
  const mapped = mapRecord(format, record.value, opts);
  if ("error" in mapped) return { ok: false, errors: [{ ...where, ...mapped.error }] };

  let fieldRedactions = 0;
  const candidate: TProfileCandidate = { ...mapped };
  for (const [field, clean] of Object.entries(redactedFields) as [keyof typeof redactedFields, (typeof redactedFields)[keyof typeof redactedFields]][]) {
    const value = candidate[field];
    if (typeof value !== "string") continue;
    const redacted = redactContactData(cleanText(value, clean));
    fieldRedactions += redacted.count;
    candidate[field] = redacted.text;
  }

  const validated = toCanonicalProfile(candidate);
  if (!validated.ok) return { ok: false, errors: validated.errors.map((e) => ({ ...where, ...e })) };

  const stored = redactRecord(record.value, { clean: cleanForStorage });
  // The source's own key order is stable from export to export, so plain JSON fingerprints it.
  const sourceRecordJson = JSON.stringify(stored.value);
  const p = validated.profile;
  const leftover = Object.entries({ handle: p.handle, displayName: p.displayName, bio: p.bio, website: p.website, location: p.location, sourceRecord: sourceRecordJson })
    .find(([, value]) => looksLikeContactData(value));
  if (leftover) {
    return { ok: false, errors: [{ ...where, field: leftover[0], code: "contact_data_remaining", message: "still looks like contact data after redaction, so the record is not stored" }] };
  }
  const sourceSha256 = createHash("sha256").update(sourceRecordJson).digest("hex");
  const profile: TPreparedProfile = {
    ...validated.profile,
    redactionCount: Math.max(fieldRedactions, stored.count),
    sourceRecordJson,
    sourceSha256,
    card: normalizeCard(validated.profile, validated.hashtags, opts.taxonomy),
  };
  return { ok: true, profile, identityKeys: identityKeys(profile) };
}
