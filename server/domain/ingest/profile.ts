import { z } from "zod";

/**
 * The canonical profile every source record is mapped to before it is sanitised, redacted,
 * validated and written to raw_social_profiles. Readers produce `TSourceRecord`s; mappers turn
 * them into `TProfileCandidate`s; the pipeline validates candidates into `TCanonicalProfile`s.
 */
export const platforms = ["x", "tiktok", "threads"] as const;
export const ZPlatform = z.enum(platforms);
export type TPlatform = z.infer<typeof ZPlatform>;

/** Cap on stored bio length (characters, after sanitising); longer bios are cut with "…". */
export const BIO_MAX_LENGTH = 1000;
export const DISPLAY_NAME_MAX_LENGTH = 200;
export const LOCATION_MAX_LENGTH = 200;
export const URL_MAX_LENGTH = 2048;

export const handlePatterns: Record<TPlatform, RegExp> = {
  x: /^[A-Za-z0-9_]{1,15}$/,
  tiktok: /^[A-Za-z0-9_.]{2,24}$/,
  threads: /^[A-Za-z0-9_.]{1,30}$/,
};

/** One record as a reader found it: its position in the file and the untouched value. */
export type TSourceRecord = {
  /** 1-based record number within the file (what error reports call "record"). */
  index: number;
  /** 1-based line where the record starts, when the format has lines (CSV, JSONL). */
  line: number | null;
  value: unknown;
};

/** What a mapper extracted, before cleaning; every field may still be dirty or missing. */
export type TProfileCandidate = {
  platform: TPlatform | null;
  platformUserId: unknown;
  handle: unknown;
  displayName: unknown;
  bio: unknown;
  website: unknown;
  location: unknown;
  followerCount: unknown;
  followingCount: unknown;
  postCount: unknown;
  likeCount: unknown;
  verified: unknown;
  avatarUrl: unknown;
  accountCreatedAt: unknown;
  /** Id/handle-only records (X archive, TikTok/Meta exports): stored unhydrated, merged later. */
  hydrated: boolean;
  /** Hashtags the source lists apart from the bio (X `entities.description.hashtags[].tag`). */
  hashtags?: unknown;
};

export type TCanonicalProfile = {
  platform: TPlatform;
  platformUserId: string | null;
  handle: string | null;
  displayName: string | null;
  bio: string | null;
  website: string | null;
  location: string | null;
  followerCount: number | null;
  followingCount: number | null;
  postCount: number | null;
  likeCount: number | null;
  verified: boolean | null;
  avatarUrl: string | null;
  accountCreatedAt: Date | null;
  hydrated: boolean;
};

/** A rejected record: which one, which field, and why — shown in the job detail and error CSV. */
export type TRecordError = { index: number; line: number | null; field: string | null; code: string; message: string };
