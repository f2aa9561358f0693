import { formatCount } from "@/components/ui/format";
import type { TImportStatus } from "./import-status-badge";

/** Labels the imports screens share (no server code: the option ids come from imports.options). */

const platformNames: Record<string, string> = { x: "X", tiktok: "TikTok", threads: "Threads" };

export function platformLabel(platform: string | null | undefined): string {
  return platform ? (platformNames[platform] ?? platform) : "—";
}

/** "Scraper CSV export (Apify and others) through …" → "Scraper CSV export"; the long form goes in a title. */
export function shortFormatLabel(label: string): string {
  return label.replace(/\s*\(.*$/, "").replace(/\s+through the header-alias map$/, "");
}

export type TFormatLabels = Record<string, string>;

export function formatName(format: string | null | undefined, labels: TFormatLabels): { short: string; full: string } {
  if (!format) return { short: "—", full: "Not detected yet" };
  const full = labels[format] ?? format;
  return { short: shortFormatLabel(full), full };
}

const fieldNames: Record<string, string> = {
  handle: "Handle (username)",
  platformUserId: "Platform user ID",
  displayName: "Display name",
  bio: "Bio",
  website: "Website",
  followers: "Followers",
  following: "Following",
  posts: "Posts",
  likes: "Likes",
  verified: "Verified",
  avatar: "Avatar URL",
  location: "Location",
  created: "Account created",
  platform: "Platform",
  profileUrl: "Profile URL",
};

export function fieldLabel(field: string): string {
  return fieldNames[field] ?? field;
}

export const ACTIVE_STATUSES: readonly TImportStatus[] = ["queued", "running"];

export function isActive(status: TImportStatus | undefined): boolean {
  return status === "queued" || status === "running";
}

export type TColumnMapping = Record<string, string | null>;

/**
 * The required fields the current mapping leaves unfed, by the same rule the server's suggestion
 * uses: identity needs a handle OR a platform user id; the platform comes from the chosen or
 * detected platform, or from a platform or profile-URL column.
 */
export function missingRequiredFields(mapping: TColumnMapping, platformKnown: boolean): { identity: boolean; platform: boolean } {
  const mapped = new Set(Object.values(mapping));
  return {
    identity: !mapped.has("handle") && !mapped.has("platformUserId"),
    platform: !platformKnown && !mapped.has("platform") && !mapped.has("profileUrl"),
  };
}

type TCounts = { read: number; accepted: number; rejected: number; duplicates: number; redacted: number };

/** "1,204 read · 1,100 accepted · 4 rejected · 100 duplicates · 3 redacted" */
export function countsSummary(job: TCounts): string {
  return [
    `${formatCount(job.read)} read`,
    `${formatCount(job.accepted)} accepted`,
    `${formatCount(job.rejected)} rejected`,
    `${formatCount(job.duplicates)} ${job.duplicates === 1 ? "duplicate" : "duplicates"}`,
    `${formatCount(job.redacted)} redacted`,
  ].join(" · ");
}
