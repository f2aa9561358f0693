import Link from "next/link";
import type { ReactNode } from "react";
import { formatConfidence, Initials, LabelBadge, nameOf, platformNames, ReviewBadge, type TTaxonomyNames } from "@/components/cards/card-labels";
import { ClassificationExplanation, matchedBioTerms } from "@/components/cards/classification-explanation";
import { HighlightedBio } from "@/components/cards/highlighted-bio";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { formatCompact } from "@/components/ui/format";
import type { TReviewItem } from "./review-types";

/** Below this classification confidence a card is flagged "low confidence" (the queue puts them first). */
export const LOW_CONFIDENCE = 0.5;

function Tag({ term, children, confidence, corrected }: { term: string; children: ReactNode; confidence?: number; corrected: boolean }) {
  return (
    <div className="rounded-control border border-line px-3 py-2">
      <dt className="text-[11px] font-medium text-muted uppercase">{term}</dt>
      <dd className="mt-0.5 flex flex-wrap items-center gap-2 text-base font-medium">
        {children}
        {corrected ? <Badge tone="warning">corrected</Badge> : null}
        {confidence !== undefined ? <span className="text-xs font-normal text-muted tabular-nums" title={`${term} confidence`}>{formatConfidence(confidence)}</span> : null}
      </dd>
    </div>
  );
}

/** One lead card, large: profile, bio with matched terms, tags with confidences and the explanation. */
export function ReviewCard({ item, names, selected, saving, children }: { item: TReviewItem; names: TTaxonomyNames; selected: boolean; saving: boolean; children?: ReactNode }) {
  const title = item.handle ? `@${item.handle}` : item.publicId;
  const low = item.classificationConfidence < LOW_CONFIDENCE;
  return (
    <Card aria-labelledby="review-card-title" data-testid="review-card" data-card-id={item.id} className={cn(selected && "ring-2 ring-accent")}>
      <div className="flex flex-wrap items-start justify-between gap-3 border-b border-line px-4 py-3">
        <div className="flex min-w-0 items-center gap-3">
          <Initials text={item.displayName ?? item.handle ?? "?"} />
          <div className="min-w-0">
            <h2 id="review-card-title" className="truncate text-lg font-semibold">
              {title}
            </h2>
            <p className="text-sm text-muted">
              {[item.displayName, platformNames[item.platform] ?? item.platform, item.followerCount === null ? null : `${formatCompact(item.followerCount)} followers`].filter(Boolean).join(" · ")}
            </p>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-1.5" data-testid="review-card-state">
          {selected ? <Badge tone="accent">selected</Badge> : null}
          {saving ? <Badge tone="neutral">saving…</Badge> : null}
          <ReviewBadge state={item.reviewState} />
          <LabelBadge label={item.label} />
          <Link href={`/cards/${item.id}`} className="text-xs text-accent hover:underline">
            Open card page
          </Link>
        </div>
      </div>
      <CardBody className="space-y-4">
        {item.bio ? <HighlightedBio bio={item.bio} terms={matchedBioTerms(item.explanation)} className="text-base" /> : <p className="text-sm text-muted">No bio.</p>}
        <dl className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4" data-testid="review-tags">
          <Tag term="Industry" confidence={item.confidences.industry} corrected={item.correctedFields.includes("industry")}>
            {nameOf(names.industry, item.industry)}
          </Tag>
          <Tag term="Persona" confidence={item.confidences.persona} corrected={item.correctedFields.includes("persona")}>
            {nameOf(names.persona, item.persona)}
          </Tag>
          <Tag term="Tribe" confidence={item.confidences.tribe} corrected={item.correctedFields.includes("tribe")}>
            {nameOf(names.tribe, item.tribe)}
          </Tag>
          <Tag term="Label" confidence={item.confidences.label} corrected={item.correctedFields.includes("label")}>
            <span data-testid="review-label">
              <LabelBadge label={item.label} />
            </span>
          </Tag>
        </dl>
        <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="review-confidence">
          <span>
            Classification confidence <strong className="tabular-nums">{formatConfidence(item.classificationConfidence)}</strong>
          </span>
          {low ? <Badge tone="warning">low confidence</Badge> : null}
          <span className="text-muted">· base confidence {formatConfidence(item.baseConfidence)}</span>
          {item.secondaryTribes.length ? <span className="text-muted">· also {item.secondaryTribes.map((t) => nameOf(names.tribe, t)).join(", ")}</span> : null}
        </p>
        {children}
        <ClassificationExplanation explanation={item.explanation} names={names} headingId="review-explanation" />
      </CardBody>
    </Card>
  );
}
