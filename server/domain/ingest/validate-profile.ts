import { z } from "zod";
import {
  BIO_MAX_LENGTH, DISPLAY_NAME_MAX_LENGTH, handlePatterns, LOCATION_MAX_LENGTH, URL_MAX_LENGTH, ZPlatform,
  type TCanonicalProfile, type TPlatform, type TProfileCandidate, type TRecordError,
} from "./profile";
import { parseCount } from "./sanitize/parse-count";
import { parseHashtags } from "./sanitize/parse-hashtags";
import { parseHandle, parsePlatformUserId } from "./sanitize/parse-identity";
import { parseBoolean, parseDate, parseHttpUrl, parseWebsite } from "./sanitize/parse-scalars";
import { isAbsent, quote, type TParsed } from "./sanitize/result";
import { sanitizeText } from "./sanitize/sanitize-text";

export type TFieldError = Omit<TRecordError, "index" | "line">;
export type TCanonicalResult = { ok: true; profile: TCanonicalProfile; hashtags: string[] } | { ok: false; errors: TFieldError[] };

const httpUrl = z.string().max(URL_MAX_LENGTH).regex(/^https?:\/\//i);
const count = z.number().int().nonnegative();
const text = (max: number) => z.string().min(1).max(max);

/** The final gate before a profile is stored: shape, lengths, handle format per platform, identity. */
export const ZCanonicalProfile = z
  .object({
    platform: ZPlatform,
    platformUserId: text(128).nullable(),
    handle: text(30).nullable(),
    displayName: text(DISPLAY_NAME_MAX_LENGTH).nullable(),
    bio: text(BIO_MAX_LENGTH).nullable(),
    website: httpUrl.nullable(),
    location: text(LOCATION_MAX_LENGTH).nullable(),
    followerCount: count.nullable(),
    followingCount: count.nullable(),
    postCount: count.nullable(),
    likeCount: count.nullable(),
    verified: z.boolean().nullable(),
    avatarUrl: httpUrl.nullable(),
    accountCreatedAt: z.date().nullable(),
    hydrated: z.boolean(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.handle === null && p.platformUserId === null) ctx.addIssue({ code: "custom", path: ["handle"], message: "needs a handle or a platform user id" });
    if (p.handle !== null && !handlePatterns[p.platform].test(p.handle)) ctx.addIssue({ code: "custom", path: ["handle"], message: "handle does not match the platform format" });
  });

// Compile-time proof that the schema and the TCanonicalProfile contract agree both ways.
type TSchemaProfile = z.infer<typeof ZCanonicalProfile>;
const _schemaMatchesContract: [TSchemaProfile] extends [TCanonicalProfile] ? ([TCanonicalProfile] extends [TSchemaProfile] ? true : never) : never = true;

class FieldErrors {
  readonly errors: TFieldError[] = [];

  take<T>(field: string, r: TParsed<T>): T | null {
    if (r.ok) return r.value;
    this.errors.push({ field, code: r.code, message: r.message });
    return null;
  }

  add(field: string, code: string, message: string): null {
    this.errors.push({ field, code, message });
    return null;
  }
}

/** Free text: strings sanitised, numbers coerced (a name "2024"), other types rejected. Empty → null. */
function cleanText(e: FieldErrors, field: string, v: unknown, maxLength: number, singleLine: boolean): string | null {
  if (isAbsent(v)) return null;
  if (typeof v !== "string" && typeof v !== "number") return e.add(field, "invalid_text", `${field} must be text, got ${Array.isArray(v) ? "array" : typeof v}`);
  const s = sanitizeText(String(v), { maxLength, singleLine });
  return s === "" ? null : s;
}

/** http(s) links: other schemes (mailto:, javascript:) and junk text are dropped, non-text is an error. */
function cleanUrl(e: FieldErrors, field: string, v: unknown, parse: (s: string) => string | null): string | null {
  if (isAbsent(v)) return null;
  if (typeof v !== "string") return e.add(field, "invalid_url", `${field} must be a URL string, got ${typeof v}`);
  return parse(v);
}

function cleanBoolean(e: FieldErrors, field: string, v: unknown): boolean | null {
  if (isAbsent(v)) return null;
  const b = parseBoolean(v);
  return b === null ? e.add(field, "invalid_boolean", `${quote(v)} is not true/false/yes/no/1/0`) : b;
}

function cleanDate(e: FieldErrors, field: string, v: unknown): Date | null {
  if (isAbsent(v)) return null;
  const d = parseDate(v);
  return d ?? e.add(field, "invalid_date", `${quote(v)} is not a date (ISO-8601, "Tue Apr 21 06:49:15 +0000 2009", "YYYY-MM-DD HH:MM:SS" or unix time, 2000–2099)`);
}

function buildProfile(c: TProfileCandidate, platform: TPlatform, e: FieldErrors): TCanonicalProfile {
  return {
    platform,
    platformUserId: e.take("platformUserId", parsePlatformUserId(c.platformUserId, platform)),
    handle: isAbsent(c.handle) ? null : e.take("handle", parseHandle(c.handle, platform)),
    displayName: cleanText(e, "displayName", c.displayName, DISPLAY_NAME_MAX_LENGTH, true),
    bio: cleanText(e, "bio", c.bio, BIO_MAX_LENGTH, false),
    website: cleanUrl(e, "website", c.website, parseWebsite),
    location: cleanText(e, "location", c.location, LOCATION_MAX_LENGTH, true),
    followerCount: e.take("followerCount", parseCount(c.followerCount)),
    followingCount: e.take("followingCount", parseCount(c.followingCount)),
    postCount: e.take("postCount", parseCount(c.postCount)),
    likeCount: e.take("likeCount", parseCount(c.likeCount)),
    verified: cleanBoolean(e, "verified", c.verified),
    avatarUrl: cleanUrl(e, "avatarUrl", c.avatarUrl, (s) => parseHttpUrl(s, { allowBareDomain: false })),
    accountCreatedAt: cleanDate(e, "accountCreatedAt", c.accountCreatedAt),
    hydrated: c.hydrated,
  };
}

/**
 * A mapper's candidate → a clean canonical profile, or every field-named reason it cannot be
 * stored. Needs a platform and a platform user id or handle. Text is sanitised (HTML, invisible
 * characters, caps), counts/ids/handles/dates parsed; ZCanonicalProfile is the final check.
 * Contact-data redaction is not done here (the pipeline applies it after this step).
 */
export function toCanonicalProfile(candidate: TProfileCandidate): TCanonicalResult {
  const platform = ZPlatform.safeParse(candidate.platform);
  if (!platform.success) {
    return { ok: false, errors: [{ field: "platform", code: "platform_missing", message: "record has no platform (x, tiktok or threads)" }] };
  }
  const e = new FieldErrors();
  const profile = buildProfile(candidate, platform.data, e);
  const identityFailed = e.errors.some((err) => err.field === "handle" || err.field === "platformUserId");
  if (!identityFailed && profile.handle === null && profile.platformUserId === null) {
    e.add("handle", "missing_identity", "record has neither a handle nor a platform user id");
  }
  if (e.errors.length > 0) return { ok: false, errors: e.errors };
  const checked = ZCanonicalProfile.safeParse(profile);
  if (!checked.success) {
    const errors = checked.error.issues.map((i) => ({ field: i.path.map(String).join(".") || null, code: "schema_violation", message: i.message }));
    return { ok: false, errors };
  }
  return { ok: true, profile: checked.data, hashtags: parseHashtags(candidate.hashtags) };
}
