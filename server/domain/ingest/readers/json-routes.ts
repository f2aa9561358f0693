import { FileFormatError, type TFileWarning, type TSourceFormat } from "../formats";
import { isPlainObject, type TPathKey, type TRelation, type TRoute, type TRouter } from "./json-walker";

/**
 * Where the records are in each JSON layout (see spec/sources.md). Paths are relative to one
 * envelope: a root array of envelopes/users (or one JSONL line) is routed like a single one.
 */
export type TJsonFormat = Exclude<TSourceFormat, "scraper_csv">;

const RECORD: TRoute = { kind: "record" };
const CANDIDATE: TRoute = { kind: "candidate" };
const CONTAINER: TRoute = { kind: "container" };
const SKIP: TRoute = { kind: "skip" };
const side = (tag: string): TRoute => ({ kind: "side", tag });
const record = (relation: TRelation): TRoute => ({ kind: "record", relation });

/** Path inside one envelope: drops the index of a root array (arrays of pages / users / envelopes). */
const inner = (path: readonly TPathKey[]): readonly TPathKey[] => (typeof path[0] === "number" ? path.slice(1) : path);
const isIndex = (key: TPathKey | undefined): boolean => typeof key === "number";

/** Root: an object is a candidate (bare record or envelope), an array holds candidates. */
function envelopeRoot(path: readonly TPathKey[], type: string): TRoute | undefined {
  if (path.length === 0) return type === "array" ? CONTAINER : CANDIDATE;
  if (path.length === 1 && isIndex(path[0])) return CANDIDATE;
  return undefined;
}

/** Relation from a file name such as followers_1.json, Following.txt, following.js. */
export function relationFromFileName(fileName: string): TRelation {
  const name = fileName.toLowerCase();
  if (name.includes("following")) return "following";
  if (name.includes("follower") || name.includes("fans")) return "follower";
  return null;
}

function relationFromKey(key: string, fileName: string): TRelation {
  const k = key.toLowerCase();
  if (k.includes("following")) return "following";
  if (k.includes("follower")) return "follower";
  return relationFromFileName(fileName);
}

const xApiV2: TRouter = (path, type) => {
  const root = envelopeRoot(path, type);
  if (root) return root;
  const [first, second] = inner(path);
  const depth = inner(path).length;
  if (first === "data") {
    if (depth === 1) return type === "array" ? CONTAINER : RECORD;
    if (depth === 2 && isIndex(second)) return RECORD;
  }
  if (first === "errors") return depth === 1 ? CONTAINER : side("x_error");
  if (first === "meta" && depth === 1) return side("x_meta");
  if (first === "includes") return SKIP;
  return null;
};

const tiktokUserInfo: TRouter = (path, type) => {
  const root = envelopeRoot(path, type);
  if (root) return root;
  const p = inner(path);
  if (p[0] === "data") {
    if (p.length === 1) return type === "array" ? CONTAINER : CANDIDATE;
    if (p.length === 2 && p[1] === "user") return RECORD;
    if (p.length === 2 && isIndex(p[1])) return CANDIDATE;
  }
  if (p[0] === "error" && p.length === 1) return side("tiktok_error");
  return null;
};

const tiktokResearch: TRouter = (path, type) => {
  const root = envelopeRoot(path, type);
  if (root) return root;
  const p = inner(path);
  if (p[0] === "data") {
    if (p.length === 1) return type === "array" ? CONTAINER : CANDIDATE;
    const list = p[1];
    if (list === "user_followers" || list === "user_following") {
      if (p.length === 2) return CONTAINER;
      if (p.length === 3) return record(list === "user_followers" ? "follower" : "following");
    }
    if (p.length === 2 && isIndex(list)) return CANDIDATE;
  }
  if (p[0] === "error" && p.length === 1) return side("tiktok_error");
  return null;
};

/** TikTok export: any `FansList[]` / `Following[]` at any depth; every other list is skipped. */
const tiktokExport: TRouter = (path, type) => {
  const last = path.at(-1);
  const parentKey = path.at(-2);
  if (isIndex(last) && (parentKey === "FansList" || parentKey === "Following")) return record(parentKey === "FansList" ? "follower" : "following");
  if (type === "object") return CONTAINER;
  if (type === "array" && (last === "FansList" || last === "Following")) return CONTAINER;
  return SKIP;
};

const threadsProfile: TRouter = (path, type) => {
  const root = envelopeRoot(path, type);
  if (root) return root;
  const p = inner(path);
  if (p[0] === "data") {
    if (p.length === 1) return type === "array" ? CONTAINER : RECORD;
    if (p.length === 2 && isIndex(p[1])) return RECORD;
  }
  if (p[0] === "paging") return SKIP;
  if (p[0] === "error" && p.length === 1) return side("graph_error");
  return null;
};

const metaExport =
  (fileName: string): TRouter =>
  (path, type) => {
    if (path.length === 0) return CONTAINER;
    const [first] = path;
    if (path.length === 1) {
      if (isIndex(first)) return record(relationFromFileName(fileName));
      return type === "array" ? CONTAINER : SKIP;
    }
    if (path.length === 2 && typeof first === "string" && isIndex(path[1])) return record(relationFromKey(first, fileName));
    return SKIP;
  };

const scraperJson: TRouter = (path, type) => {
  if (path.length === 0) return type === "array" ? CONTAINER : CANDIDATE;
  const [first] = path;
  if (path.length === 1) {
    if (isIndex(first)) return RECORD;
    if (first === "items" || first === "data" || first === "results") return type === "array" ? CONTAINER : RECORD;
  }
  if (path.length === 2 && isIndex(path[1]) && (first === "items" || first === "data" || first === "results")) return RECORD;
  return null;
};

/** X archive `window.YTD.follower.part0 = [{"follower": {...}}, …]`: yields the inner objects. */
export const xArchiveRouter: TRouter = (path) => {
  if (path.length <= 1) return CONTAINER;
  const key = path[1];
  if (path.length === 2 && (key === "follower" || key === "following")) return record(key);
  return SKIP;
};

export function routerFor(format: TJsonFormat, fileName: string): TRouter {
  switch (format) {
    case "x_api_v2":
      return xApiV2;
    case "x_archive":
      return xArchiveRouter;
    case "tiktok_user_info":
      return tiktokUserInfo;
    case "tiktok_research":
      return tiktokResearch;
    case "tiktok_export":
      return tiktokExport;
    case "threads_profile":
      return threadsProfile;
    case "meta_export":
      return metaExport(fileName);
    case "scraper_json":
      return scraperJson;
  }
}

/** What a side value means: a warning, a per-record error, or (top-level API error) the end. */
export type TSideOutcome = { warning: TFileWarning } | { error: { code: string; message: string } } | null;

const str = (value: unknown): string => (typeof value === "string" || typeof value === "number" ? String(value) : "");

/**
 * `topLevel` is true for the document's own `error` object (the whole file is an error response:
 * FileFormatError); an `error` inside one element of an array, or on one JSONL line, only spoils
 * that element and becomes a per-record error.
 */
export function interpretSide(tag: string, value: unknown, topLevel: boolean): TSideOutcome {
  if (!isPlainObject(value)) return null;
  if (tag === "x_error") {
    const resource = str(value.resource_id) || str(value.value);
    const text = [str(value.title), str(value.detail)].filter(Boolean).join(": ") || "unknown error";
    return { warning: { code: "x_api_error", message: resource ? `X API error for ${resource}: ${text}` : `X API error: ${text}` } };
  }
  if (tag === "x_meta") {
    const next = str(value.next_token);
    if (!next) return null;
    return { warning: { code: "x_next_token", message: `This is one page of a longer list (meta.next_token ${next}); import the next pages too` } };
  }
  const code = str(value.code);
  if (tag === "tiktok_error" && (code === "" || code === "ok")) return null;
  const platform = tag === "tiktok_error" ? "TikTok" : "Threads";
  const message = `${platform} API error "${code || "unknown"}": ${str(value.message) || "no message"}`;
  if (topLevel) throw new FileFormatError(`The file is a ${platform} API error response, not data (${message})`);
  return { error: { code: tag === "tiktok_error" ? "tiktok_api_error" : "threads_api_error", message } };
}
