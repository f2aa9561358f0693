import type { TTaxonomyInput } from "./taxonomy-schema";
import { affiliateSignals, feedbackSignals, minorSignals, refusalSignals } from "./lexicons/label-signals";

/**
 * The default weights, thresholds, negation words and persona/label rules. Field weights follow
 * "bio > name/handle > hashtags"; thresholds are the minimum evidence for an answer other than
 * unknown/none (one plain bio word scores 1, a strong one 2–3).
 */

export const defaultWeights: TTaxonomyInput["weights"] = {
  fields: { bio: 1, displayName: 0.7, handle: 0.6, hashtags: 0.5, website: 0.6 },
  kinds: { term: 1, phrase: 1, hashtag: 2, emoji: 0.4, domain: 1 },
  substring: 0.6,
  minSubstringLength: 4,
  pastRole: { industry: 0.5, persona: 0.15, tribe: 0.5, signal: 0.5 },
  tribeToIndustry: 0.5,
  tribeToIndustryMax: 1.2,
  handleCap: 0.9,
  hobbyClause: 0.5,
};

export const defaultThresholds: TTaxonomyInput["thresholds"] = {
  industry: 1,
  persona: 1,
  tribe: 1,
  secondaryTribe: 1,
  secondaryTribeRatio: 0.4,
  maxSecondaryTribes: 3,
  signal: 1,
  confidenceScale: 3,
};

export const defaultNegation: TTaxonomyInput["negation"] = {
  negators: [
    ...["not", "no", "never", "non", "nor", "without", "dont", "doesnt", "isnt", "aint", "wont", "zero", "nope"],
    ...["nunca", "sin", "ni", "nada"],
    ...["nao", "sem", "nem", "jamais"],
    ...["pas", "ne", "sans", "aucun", "aucune"],
    ...["kein", "keine", "keinen", "keiner", "nicht", "nie", "ohne"],
    ...["nahi", "nahin", "mat"],
  ],
  pastMarkers: ["ex", "prev", "previously", "former", "formerly", "retired", "past", "antes", "anteriormente", "ehemals", "ehemalige", "ehemaliger", "ancien", "ancienne"],
  window: 2,
};

export const defaultPersonaRules: TTaxonomyInput["personaRules"] = {
  fallback: "enthusiast",
  promotions: [
    { from: ["enthusiast"], to: "creator", minFollowers: 5_000 },
    { from: ["professional", "student"], to: "creator", minFollowers: 10_000 },
  ],
  personNamePenalty: { personas: ["brand", "agency"], factor: 0.4 },
  impliedIndustries: [{ persona: "student", industry: "education", weight: 1 }],
};

export const defaultLabelRules: TTaxonomyInput["labelRules"] = {
  personaLabels: {
    brand: "PARTNER",
    agency: "PARTNER",
    founder: "PARTNER",
    executive: "PARTNER",
    small_business_owner: "PARTNER",
    journalist_media: "USER",
    creator: "AFFILIATE",
    professional: "USER",
    freelancer_consultant: "USER",
    student: "USER",
    enthusiast: "USER",
    unknown: "USER",
  },
  organisationPersonas: ["brand", "agency", "founder", "executive", "small_business_owner"],
  outletPersonas: ["journalist_media"],
  outletMarkerPersona: "brand",
  creatorPersonas: ["creator"],
  creatorMinFollowers: 1_000,
  audience: { personas: ["professional", "freelancer_consultant"], minFollowers: 10_000 },
  minorAge: { min: 10, max: 17 },
  ageWords: ["yo", "y", "yrs", "years", "anos", "ans", "jahre", "saal", "ano"],
  signals: { affiliate: affiliateSignals, feedback: feedbackSignals, refusal: refusalSignals, minor: minorSignals },
};

export const defaultNameStopwords: string[] = [
  ...["baker", "cook", "fisher", "carpenter", "mason", "taylor", "porter", "hunter", "shepherd", "gardner", "smith", "miller", "potter", "cooper", "archer", "walker", "bishop", "marshall", "chandler"],
  ...["hope", "joy", "grace", "faith", "sky", "summer", "rose", "lily", "ruby", "jade", "amber", "coco", "honey", "sage", "river", "jazz", "melody", "harmony", "echo", "storm"],
  ...["ivy", "willow", "hazel", "olive", "ginger", "pepper", "basil", "robin", "raven", "phoenix", "journey", "nova", "miles", "brook", "forest", "glen", "moss", "stone", "reed"],
  ...["penny", "bill", "cash", "sterling", "crystal", "destiny", "serenity", "karma", "luna", "star", "stella", "sol", "chelsea", "jordan", "austin", "paris", "sydney", "brooks"],
  ...["swift", "rust", "claude", "gemini", "banks", "price", "dean", "major", "judge", "king", "fox", "wolf", "bird", "rich", "winter", "dawn", "angel", "pilot"],
];
