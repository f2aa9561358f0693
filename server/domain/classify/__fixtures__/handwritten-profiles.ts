import { handwrittenA } from "./handwritten-profiles-a";
import { handwrittenB } from "./handwritten-profiles-b";

export type { TExpectedProfile, THandwrittenProfile } from "./handwritten-helpers";

/**
 * A held-out set written by hand for the classifier (not derived from the labelled samples):
 * varied platforms and languages (English, Spanish, Portuguese, French, German, Hinglish),
 * organisations, minors and no-signal accounts, each labelled by reading taxonomy.md.
 * The eval script scores it the same way as the samples, to catch overfitting.
 */
export const handwrittenProfiles = [...handwrittenA, ...handwrittenB];
