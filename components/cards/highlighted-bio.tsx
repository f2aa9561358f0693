import { Fragment } from "react";
import { cn } from "@/components/ui/cn";

const MARKER = "[contact removed]";

export type TEvidenceItem = { kind: string; value: string; field: string; weight: number };

/** Evidence items as the classifier stored them (the API types them as unknown). */
export function evidenceItems(evidence: unknown[]): TEvidenceItem[] {
  return evidence.flatMap((item) => {
    if (typeof item !== "object" || item === null) return [];
    const e = item as Record<string, unknown>;
    return typeof e.value === "string" && typeof e.kind === "string" && typeof e.field === "string" ? [{ kind: e.kind, value: e.value, field: e.field, weight: typeof e.weight === "number" ? e.weight : 0 }] : [];
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The redacted bio with "[contact removed]" markers styled as such and the classifier's matched
 * terms highlighted (case-insensitive, longest first so phrases win over their words).
 */
export function HighlightedBio({ bio, terms, className }: { bio: string; terms: string[]; className?: string }) {
  const unique = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 1))].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(${[escape(MARKER), ...unique.map((t) => `(?<![\\p{L}\\p{N}])${escape(t)}(?![\\p{L}\\p{N}])`)].join("|")})`, "giu");
  const lowered = new Set(unique.map((t) => t.toLowerCase()));
  const parts = bio.split(pattern).filter((part) => part !== undefined && part !== "");
  return (
    <p className={cn("text-sm leading-relaxed whitespace-pre-wrap", className)} data-testid="card-bio">
      {parts.map((part, index) =>
        part === MARKER ? (
          <span key={index} className="rounded border border-dashed border-warning-fg/50 bg-warning-soft px-1 font-mono text-[11px] text-warning-fg" data-testid="redaction-marker">
            {part}
          </span>
        ) : lowered.has(part.toLowerCase()) ? (
          <mark key={index} className="rounded bg-accent-soft px-0.5 text-accent-fg" data-testid="matched-term">
            {part}
          </mark>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </p>
  );
}
