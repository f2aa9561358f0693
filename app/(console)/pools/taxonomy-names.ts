import type { TTaxonomyNames } from "@/components/cards/card-labels";
import { defaultTaxonomy } from "@/server/domain/taxonomy/default-taxonomy";

/** Slug → name maps of the taxonomy for the client (display names and correction selects). */
export function taxonomyNames(): TTaxonomyNames {
  const map = (entries: readonly { slug: string; name: string }[]) => Object.fromEntries(entries.map((e) => [e.slug, e.name]));
  return { industry: map(defaultTaxonomy.industries), persona: map(defaultTaxonomy.personas), tribe: map(defaultTaxonomy.tribes) };
}
