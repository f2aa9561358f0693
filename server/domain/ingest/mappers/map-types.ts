import type { TPlatform, TProfileCandidate } from "../profile";
import type { TCanonicalField } from "./header-aliases";

export type TMapError = { field: string | null; code: string; message: string };
export type TMapResult = TProfileCandidate | { error: TMapError };

export type TMapOptions = {
  /** `--platform` / the console's platform picker: used when a scraper record does not say. */
  platformOverride?: TPlatform;
  /** Column mapping confirmed on the console's mapping screen (header → field, null = ignore). */
  columnMapping?: Record<string, TCanonicalField | null>;
};

export type TJsonObject = Record<string, unknown>;

export function isMapError(r: TMapResult): r is { error: TMapError } {
  return "error" in r;
}

export function mapError(code: string, message: string, field: string | null = null): { error: TMapError } {
  return { error: { field, code, message } };
}

export function isObject(v: unknown): v is TJsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function notAnObject(what: string, v: unknown): { error: TMapError } {
  const got = Array.isArray(v) ? "an array" : v === null ? "null" : typeof v;
  return mapError("not_an_object", `expected ${what} object, got ${got}`);
}

/** `get(o, "entities.url.urls.0.expanded_url")`; numeric segments index arrays. */
export function get(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split(".")) {
    if (Array.isArray(cur) && /^\d+$/.test(key)) cur = cur[Number(key)];
    else if (isObject(cur)) cur = cur[key];
    else return undefined;
  }
  return cur;
}

/** The first value that is not undefined, null or a blank string. */
export function firstPresent(...values: unknown[]): unknown {
  for (const v of values) {
    if (v === undefined || v === null) continue;
    if (typeof v === "string" && v.trim() === "") continue;
    return v;
  }
  return undefined;
}

export function isPresent(v: unknown): boolean {
  return firstPresent(v) !== undefined;
}

/** A candidate with every field absent; mappers fill in what their source has. */
export function emptyCandidate(platform: TPlatform | null, hydrated: boolean): TProfileCandidate {
  return {
    platform, platformUserId: null, handle: null, displayName: null, bio: null, website: null, location: null,
    followerCount: null, followingCount: null, postCount: null, likeCount: null, verified: null, avatarUrl: null,
    accountCreatedAt: null, hydrated,
  };
}

type TCandidateFields = Omit<TProfileCandidate, "platform" | "hydrated">;

/** A candidate from the fields a source has; fields it lacks (or leaves undefined) are null. */
export function buildCandidate(platform: TPlatform | null, hydrated: boolean, fields: Partial<TCandidateFields>): TProfileCandidate {
  const out = emptyCandidate(platform, hydrated);
  for (const [key, value] of Object.entries(fields) as [keyof TCandidateFields, unknown][]) {
    if (value !== undefined) Object.assign(out, { [key]: value });
  }
  return out;
}

/** Unwrap `{data: {...}}` / `{data: {user: {...}}}` / `{user: {...}}` envelopes when a reader passes one through. */
export function unwrapEnvelope(v: TJsonObject, keys: readonly string[]): TJsonObject {
  let cur = v;
  for (let depth = 0; depth < 2; depth++) {
    const inner = keys.map((k) => cur[k]).find(isObject);
    if (!inner) break;
    cur = inner;
  }
  return cur;
}

/** Assign an own property even for keys like "__proto__" (keys come from untrusted files). */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
