import type { TLexiconInput } from "../taxonomy-schema";

/**
 * Writing aids for the default lexicons. They only build plain data (`{ value, weight }`
 * objects), so the result is the same JSON the console edits. Default cue weight is 1; strong,
 * unambiguous cues get 2–3, hints 0.3–0.8, and a negative weight argues against a slug.
 */
export const w = (weight: number, ...values: string[]) => values.map((value) => ({ value, weight }));

export type TEntryInput = { slug: string; name: string; description: string; lexicon: TLexiconInput };
export type TTribeEntryInput = TEntryInput & { industry: string | null };
