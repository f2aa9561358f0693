import { defaultLabelRules, defaultNameStopwords, defaultNegation, defaultPersonaRules, defaultThresholds, defaultWeights } from "./default-rules";
import { careIndustries } from "./lexicons/industries-care";
import { commerceIndustries } from "./lexicons/industries-commerce";
import { cultureIndustries } from "./lexicons/industries-culture";
import { lifestyleIndustries } from "./lexicons/industries-lifestyle";
import { techIndustries } from "./lexicons/industries-tech";
import { organisationPersonas } from "./lexicons/personas-organisations";
import { peoplePersonas } from "./lexicons/personas-people";
import { cultureTribes } from "./lexicons/tribes-culture";
import { homeTribes } from "./lexicons/tribes-home";
import { lifeTribes } from "./lexicons/tribes-life";
import { lifestyleTribes } from "./lexicons/tribes-lifestyle";
import { miscTribes } from "./lexicons/tribes-misc";
import { techTribes } from "./lexicons/tribes-tech";
import { ZTaxonomy, type TTaxonomy, type TTaxonomyInput } from "./taxonomy-schema";

/**
 * The product's default taxonomy v1 (slugs are the contract; see docs taxonomy.md), as
 * editable data: slugs, names, descriptions, multilingual lexicons and the label rules.
 * `defaultTaxonomyInput` is the raw JSON-able document the console edits; `defaultTaxonomy`
 * is the same document validated by `ZTaxonomy` (parsed once at module load).
 */

export const defaultTaxonomyInput: TTaxonomyInput = {
  version: "taxonomy-v1",
  industries: [...techIndustries, ...commerceIndustries, ...lifestyleIndustries, ...cultureIndustries, ...careIndustries],
  personas: [...peoplePersonas.filter((p) => p.slug !== "unknown"), ...organisationPersonas, ...peoplePersonas.filter((p) => p.slug === "unknown")],
  tribes: [...lifestyleTribes, ...techTribes, ...lifeTribes, ...cultureTribes, ...homeTribes, ...miscTribes],
  labels: [
    { slug: "USER", name: "User", description: "a potential end user / customer (consumers, enthusiasts, students, individual professionals)" },
    { slug: "PARTNER", name: "Partner", description: "an organisation or decision maker to partner with (brands, agencies, founders, executives, small business owners)" },
    {
      slug: "AFFILIATE",
      name: "Affiliate",
      description: "a creator or community voice with an audience who could promote (creator persona with a real following, or explicit collab/UGC/affiliate/partnership signals)",
    },
    {
      slug: "FEEDBACK",
      name: "Feedback",
      description: "someone valuable for product research and feedback (early adopters, beta testers, reviewers, power users who give opinions publicly)",
    },
  ],
  nameStopwords: defaultNameStopwords,
  weights: defaultWeights,
  thresholds: defaultThresholds,
  negation: defaultNegation,
  personaRules: defaultPersonaRules,
  labelRules: defaultLabelRules,
};

export const defaultTaxonomy: TTaxonomy = ZTaxonomy.parse(defaultTaxonomyInput);
