import { Badge } from "@/components/ui/badge";
import { labelNames, nameOf, type TTaxonomyNames } from "./card-labels";
import { humanizeSlug } from "./cards-search";
import { evidenceItems } from "./highlighted-bio";

export type TExplanationEntry = { dimension: string; slug: string; evidence: unknown[] };

/** The bio terms and phrases the classifier matched (highlighted in the bio). */
export function matchedBioTerms(explanation: TExplanationEntry[]): string[] {
  return explanation.flatMap((entry) => evidenceItems(entry.evidence).filter((item) => item.field === "bio" && (item.kind === "term" || item.kind === "phrase")).map((item) => item.value));
}

/** "Why": each decided dimension with the evidence (terms, rules) that decided it. */
export function ClassificationExplanation({ explanation, names, headingId }: { explanation: TExplanationEntry[]; names: TTaxonomyNames; headingId: string }) {
  const entries = explanation.map((entry) => ({ ...entry, items: evidenceItems(entry.evidence) }));
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="mb-1 text-xs font-semibold text-muted uppercase">
        Why
      </h3>
      {entries.length === 0 ? <p className="text-sm text-muted">The classifier left no explanation for this card.</p> : null}
      <ul className="space-y-1.5 text-sm">
        {entries.map((entry) => (
          <li key={`${entry.dimension}-${entry.slug}`} className="flex flex-wrap items-baseline gap-1.5">
            <span className="font-medium">
              {humanizeSlug(entry.dimension)}:{" "}
              {entry.dimension === "label" ? (labelNames[entry.slug] ?? entry.slug) : entry.dimension in names ? nameOf(names[entry.dimension as keyof TTaxonomyNames], entry.slug) : entry.slug}
            </span>
            {entry.items.length ? (
              entry.items.map((item, index) => (
                <Badge key={index} tone={item.field === "bio" ? "accent" : "neutral"} title={`${item.kind} in ${item.field}, weight ${item.weight}`}>
                  {item.value}
                  <span className="ml-1 font-normal">· {item.field}</span>
                </Badge>
              ))
            ) : (
              <span className="text-xs text-muted">no evidence recorded</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
