import { CONTACT_MARKER } from "@/server/domain/ingest/redact/contact-marker";
import { foldText } from "@/server/domain/taxonomy/fold-text";
import type { TClassifierInput } from "./classifier-types";
import type { TCompiledTaxonomy, THit } from "./compile-taxonomy";
import { emptyStream, splitName, tokenizeText, type TTokenStream } from "./tokenize";

/**
 * One pass over a profile's text fields against a compiled taxonomy: every cue found, in which
 * field, with its effective weight (cue weight × kind factor × field weight, reduced after a
 * past-role marker). Negated cues are dropped, except that a negated collab cue becomes a
 * refusal ("no collabs", "keine Kooperationen"). Also notes ages and whether the display name
 * looks like a person's name.
 */

export type TTextField = "bio" | "displayName" | "handle" | "hashtags" | "websiteDomain";
/** `clause` and `pos` locate a bio cue (clause number, token index); -1 elsewhere. */
export type TMatch = { hit: THit; field: TTextField; weight: number; clause: number; pos: number };
export type TCollected = { matches: TMatch[]; ages: number[]; personName: boolean; bioWords: number };

const PERSON_WORD = /^(\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.?)$/u;
const URL_PREFIX = /^[a-z][a-z0-9+.-]*:\/\/|^www\./;
const URL_REST = /[/?#:].*$/;
const CAMEL_WORD = /\p{Ll}\p{Lu}/u;
const SPACES = /\s+/;
const HASH = /^#/;
const LEADING_DIGIT = /^\d/;
/** Unknown words at least this long are read for compounds. */
const COMPOUND_MIN_LENGTH = 10;
/** How far (in words) a hobby marker reaches within its clause. */
const HOBBY_REACH = 3;

type TContext = { c: TCompiledTaxonomy; matches: TMatch[] };

function fieldWeight(c: TCompiledTaxonomy, field: TTextField): number {
  const f = c.taxonomy.weights.fields;
  return field === "websiteDomain" ? f.website : f[field];
}

function emit(ctx: TContext, hits: THit[], field: TTextField, factor: number, negated: boolean, past: boolean, clause = -1, pos = -1): void {
  const { c } = ctx;
  const isName = field === "displayName" || field === "handle";
  const base = fieldWeight(c, field) * factor;
  for (const hit of hits) {
    if (hit.nameOnly && !isName) continue;
    if (negated) {
      const twin = c.refusalTwin.get(hit);
      if (twin) ctx.matches.push({ hit: twin, field, weight: twin.weight * base, clause, pos });
      continue;
    }
    const pastFactor = past ? c.taxonomy.weights.pastRole[hit.dim] : 1;
    if (pastFactor > 0 && hit.weight !== 0) ctx.matches.push({ hit, field, weight: hit.weight * base * pastFactor, clause, pos });
  }
}

function lookup(c: TCompiledTaxonomy, token: string): THit[] | undefined {
  const hits = c.words.get(token);
  if (hits || token.length < 4 || !token.endsWith("s")) return hits;
  return c.words.get(token.slice(0, -1)) ?? (token.endsWith("es") ? c.words.get(token.slice(0, -2)) : undefined);
}

/** A phrase, or the same phrase with its last word in the singular ("road trips" → "road trip"). */
function lookupPhrase(c: TCompiledTaxonomy, key: string): THit[] | undefined {
  const hits = c.phrases.get(key);
  if (hits || !key.endsWith("s") || key.endsWith("ss")) return hits;
  return c.phrases.get(key.slice(0, -1));
}

/**
 * Matches a token stream, longest cue first per dimension: a phrase covers its words for the
 * dimensions it names ("travel nurse" hides "travel" from industries), while the other
 * dimensions still see the words ("head of growth" is a tribe phrase, "head of" a persona one).
 * A zero-weight phrase therefore blocks its words for its dimension without scoring.
 */
function matchTokens(ctx: TContext, stream: TTokenStream, field: TTextField, factor = 1): void {
  const { c } = ctx;
  const { tokens, segs } = stream;
  const window = c.taxonomy.negation.window;
  const isName = field === "displayName" || field === "handle";
  const covered = [0, 0, 0, 0];
  const keys: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isName && c.nameStopwords.has(token)) continue;
    // Candidate cues at i, longest first: the phrases starting here, then the word itself.
    let phraseCount = 0;
    const longest = c.phraseSpan.get(token);
    if (longest !== undefined) {
      let key = token;
      for (let len = 2; len <= longest && i + len <= tokens.length && segs[i + len - 1] === segs[i]; len++) keys[phraseCount++] = key += " " + tokens[i + len - 1]!;
    }
    let decided = false;
    let negated = false;
    let past = false;
    for (let k = phraseCount; k >= 0; k--) {
      const hits = k > 0 ? lookupPhrase(c, keys[k - 1]!) : lookup(c, token);
      if (!hits) continue;
      let fresh = hits;
      for (const hit of hits) {
        if (covered[hit.d]! > i) {
          fresh = hits.filter((h) => covered[h.d]! <= i);
          break;
        }
      }
      if (fresh.length === 0) continue;
      if (!decided) {
        decided = true;
        for (let j = i - 1; j >= 0 && j >= i - window && segs[j] === segs[i]; j--) {
          if (c.negators.has(tokens[j]!)) negated = true;
          if (c.pastMarkers.has(tokens[j]!)) past = true;
        }
      }
      emit(ctx, fresh, field, factor, negated, past, field === "bio" ? segs[i]! : -1, field === "bio" ? i : -1);
      for (const hit of fresh) covered[hit.d] = i + k + 1;
    }
    if (!decided && token.length >= COMPOUND_MIN_LENGTH && (field === "bio" || field === "displayName") && !lookup(c, token)) {
      matchCompound(ctx, token, field, field === "bio" ? segs[i]! : -1, field === "bio" ? i : -1);
    }
  }
}

function matchEmoji(ctx: TContext, emoji: string[], field: TTextField): void {
  for (const symbol of emoji) {
    const hits = ctx.c.emoji.get(symbol);
    if (hits) emit(ctx, hits, field, 1, false, false);
  }
}

/** Cues inside run-together text ("glowwithkemi"), at the substring factor. */
function matchSubstrings(ctx: TContext, text: string, field: TTextField, clause = -1, pos = -1): void {
  // A text no longer than the shortest cue can only match it whole, which the word lookup did.
  if (text.length <= ctx.c.taxonomy.weights.minSubstringLength) return;
  for (const m of ctx.c.substrings.scan(text)) emit(ctx, m.value, field, ctx.c.taxonomy.weights.substring, false, false, clause, pos);
}

/**
 * A long word the lexicon does not know may be a compound ("Softwareentwicklerin",
 * "Yogalehrerin", "Fußballtrainer"). Compounds end in their head word, so the word is read only
 * when it ends in a known cue; then every cue inside it counts, at the substring factor. This
 * keeps inflected words ("preparando") from matching the cues they happen to start with.
 */
function matchCompound(ctx: TContext, token: string, field: TTextField, clause: number, pos: number): void {
  const found = ctx.c.substrings.scan(token);
  if (!found.some((m) => m.end === token.length)) return;
  for (const m of found) emit(ctx, m.value, field, ctx.c.taxonomy.weights.substring, false, false, clause, pos);
}

function matchPieces(ctx: TContext, pieces: string[], field: TTextField): void {
  const stream = emptyStream();
  for (const p of pieces) {
    stream.tokens.push(p);
    stream.segs.push(0);
  }
  matchTokens(ctx, stream, field);
  for (const p of pieces) if (!lookup(ctx.c, p)) matchSubstrings(ctx, p, field);
}

function matchHashtag(ctx: TContext, raw: string): void {
  const bare = raw.replace(HASH, "");
  const tag = foldText(bare);
  const hits = ctx.c.hashtags.get(tag);
  if (hits) return emit(ctx, hits, "hashtags", 1, false, false);
  const pieces = splitName(bare);
  if (pieces.length > 1) return matchPieces(ctx, pieces, "hashtags");
  const word = lookup(ctx.c, tag);
  if (word) return emit(ctx, word, "hashtags", 1, false, false);
  matchSubstrings(ctx, tag, "hashtags");
}

/**
 * Website cues, most specific first: a known domain ("github.io", "substack.com") or a scanned
 * cue ("shopify", "amazon.com/shop") wins over a suffix (".ai"), and only an unknown site has its
 * own name read for cues ("pawsandpinesvet.com" → paws, vet).
 */
function matchWebsite(ctx: TContext, website: string): void {
  const url = foldText(website.trim());
  const host = url.replace(URL_PREFIX, "").replace(URL_PREFIX, "").replace(URL_REST, "");
  if (host === "" || !host.includes(".")) return;
  const { suffixes, domains, scanned } = ctx.c.domains;
  let specific = false;
  for (let suffix = host; ; ) {
    const hits = domains.get(suffix);
    if (hits) {
      specific = true;
      emit(ctx, hits, "websiteDomain", 1, false, false);
    }
    const dot = suffix.indexOf(".");
    if (dot < 0) break;
    suffix = suffix.slice(dot + 1);
  }
  for (const d of scanned) {
    if (d.mode === "path" ? url.includes(d.cue) : host.includes(d.cue)) {
      specific = true;
      emit(ctx, d.hits, "websiteDomain", 1, false, false);
    }
  }
  if (specific) return;
  for (let dot = host.indexOf("."); dot >= 0; dot = host.indexOf(".", dot + 1)) {
    const hits = suffixes.get(host.slice(dot));
    if (hits) emit(ctx, hits, "websiteDomain", 1, false, false);
  }
  const labels = host.split(".");
  labels.pop();
  matchPieces(ctx, labels[0] === "www" ? labels.slice(1) : labels, "websiteDomain");
}

/**
 * Next to a hobby marker ("padel addict", "coffee nerd", "gym by night") the topic words still
 * name the tribe, but speak less for the industry: a job's sector should win.
 */
function discountHobbyClauses(ctx: TContext, from: number): void {
  const { c, matches } = ctx;
  const factor = c.taxonomy.weights.hobbyClause;
  if (factor === 1) return;
  for (let i = from; i < matches.length; i++) {
    const marker = matches[i]!;
    if (marker.hit.dim !== "persona" || marker.hit.index !== c.personaFallback) continue;
    for (let j = from; j < matches.length; j++) {
      const m = matches[j]!;
      if (m.clause === marker.clause && m.hit.dim === "industry" && Math.abs(m.pos - marker.pos) <= HOBBY_REACH) m.weight *= factor;
    }
  }
}

function findAges(c: TCompiledTaxonomy, stream: TTokenStream): number[] {
  const { min, max } = c.taxonomy.labelRules.minorAge;
  const ages: number[] = [];
  const { tokens, segs } = stream;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.length > 2 || t.charCodeAt(0) < 48 || t.charCodeAt(0) > 57) continue;
    const n = Number(t);
    if (!Number.isInteger(n) || n < min || n > max) continue;
    const aged = segs[i + 1] === segs[i] && c.ageWords.has(tokens[i + 1]!);
    // A bare number in its own clause ("minecraft · 16 · …") reads as an age only for teens and
    // not inside a range or list of numbers ("1–10", "3, 4").
    const prevNumeric = i > 0 && LEADING_DIGIT.test(tokens[i - 1]!);
    const alone = n >= 13 && !prevNumeric && segs[i - 1] !== segs[i] && segs[i + 1] !== segs[i];
    if (alone || aged) ages.push(n);
  }
  return ages;
}

export function collectEvidence(input: TClassifierInput, c: TCompiledTaxonomy): TCollected {
  const ctx: TContext = { c, matches: [] };
  const hashtags: string[] = [...(input.hashtags ?? [])];
  let ages: number[] = [];
  let bioWords = 0;
  if (input.bio) {
    const bio = tokenizeText(input.bio.includes(CONTACT_MARKER) ? input.bio.split(CONTACT_MARKER).join(" | ") : input.bio);
    bioWords = bio.tokens.length;
    const before = ctx.matches.length;
    matchTokens(ctx, bio, "bio");
    discountHobbyClauses(ctx, before);
    matchEmoji(ctx, bio.emoji, "bio");
    ages = findAges(c, bio);
    for (const tag of bio.hashtags) if (!hashtags.some((h) => foldText(h) === tag)) hashtags.push(tag);
  }
  let personName = false;
  if (input.displayName) {
    const before = ctx.matches.length;
    const name = tokenizeText(input.displayName);
    matchTokens(ctx, name, "displayName");
    matchEmoji(ctx, name.emoji, "displayName");
    const words = input.displayName.trim().split(SPACES);
    for (const word of words) if (CAMEL_WORD.test(word)) matchPieces(ctx, splitName(word), "displayName");
    personName = ctx.matches.length === before && words.length >= 2 && words.length <= 4 && words.every((w) => PERSON_WORD.test(w));
  }
  if (input.handle) matchPieces(ctx, splitName(input.handle), "handle");
  for (const tag of hashtags) matchHashtag(ctx, tag);
  if (input.websiteDomain) matchWebsite(ctx, input.websiteDomain);
  return { matches: ctx.matches, ages, personName, bioWords };
}
