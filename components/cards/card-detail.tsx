"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/components/providers/trpc";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatCount } from "@/components/ui/format";
import { LocalTime } from "@/components/ui/local-time";
import { CardCorrections } from "./card-corrections";
import { EnrichmentBadge, formatConfidence, LabelBadge, labelNames, nameOf, platformNames, ReviewBadge, type TTaxonomyNames } from "./card-labels";
import { ClassificationExplanation, matchedBioTerms } from "./classification-explanation";
import { HighlightedBio } from "./highlighted-bio";

export type TCardDetail = TRouterOutputs["cards"]["get"];

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-3 border-b border-line py-1 text-sm last:border-b-0">
      <dt className="text-muted">{term}</dt>
      <dd className="text-right">{children}</dd>
    </div>
  );
}

const countOrDash = (value: number | null) => (value === null ? "—" : formatCount(value));

function describeChange(metadata: Record<string, unknown>, names: TTaxonomyNames): string {
  const before = (metadata.before ?? {}) as Record<string, unknown>;
  const after = (metadata.after ?? {}) as Record<string, unknown>;
  const show = (dim: string, value: unknown) =>
    value === null || value === undefined ? "none" : dim === "label" ? (labelNames[String(value)] ?? String(value)) : dim in names ? nameOf(names[dim as keyof TTaxonomyNames], String(value)) : String(value);
  const changes = Object.keys(after)
    .filter((dim) => before[dim] !== after[dim])
    .map((dim) => `${dim}: ${show(dim, before[dim])} → ${show(dim, after[dim])}`);
  const review = typeof metadata.reviewState === "string" ? metadata.reviewState : null;
  return [...changes, ...(review ? [`review ${review}`] : [])].join(" · ");
}

/** Lead card detail: profile, lineage, classification with evidence, pools, corrections and history. */
export function CardDetail({ initial, names, canEdit }: { initial: TCardDetail; names: TTaxonomyNames; canEdit: boolean }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.cards.get.queryOptions({ id: initial.card.id }, { initialData: initial }));
  const detail = query.data ?? initial;
  const { card, profile, lineage, classification, pools, history } = detail;
  const bioTerms = matchedBioTerms(classification.explanation);
  const dimensions = [
    { key: "industry", label: "Industry", value: nameOf(names.industry, card.industry) },
    { key: "persona", label: "Persona", value: nameOf(names.persona, card.persona) },
    { key: "tribe", label: "Tribe", value: nameOf(names.tribe, card.tribe) },
    { key: "label", label: "Label", value: <LabelBadge label={card.label} /> },
  ] as const;

  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <div className="space-y-4 lg:col-span-2">
        <Card aria-labelledby="card-profile">
          <CardHeader id="card-profile" title="Profile" description="As imported; contact data was removed at import and shows as a marker." />
          <CardBody className="space-y-3">
            {profile.bio ? <HighlightedBio bio={profile.bio} terms={bioTerms} /> : <p className="text-sm text-muted">No bio.</p>}
            {profile.contactRedacted ? (
              <p className="text-xs text-muted">
                {formatCount(profile.redactionCount)} contact {profile.redactionCount === 1 ? "detail was" : "details were"} removed from this profile at import.
              </p>
            ) : null}
            {card.hashtags.length ? (
              <ul aria-label="Hashtags" className="flex flex-wrap gap-1">
                {card.hashtags.map((tag) => (
                  <li key={tag}>
                    <Badge>#{tag}</Badge>
                  </li>
                ))}
              </ul>
            ) : null}
            <dl className="grid gap-x-6 sm:grid-cols-2">
              <Fact term="Platform">{platformNames[card.platform] ?? card.platform}</Fact>
              <Fact term="Followers">{countOrDash(profile.followerCount)}</Fact>
              <Fact term="Following">{countOrDash(profile.followingCount)}</Fact>
              <Fact term="Posts">{countOrDash(profile.postCount)}</Fact>
              <Fact term="Likes">{countOrDash(profile.likeCount)}</Fact>
              <Fact term="Verified">{profile.verified === null ? "—" : profile.verified ? "Yes" : "No"}</Fact>
              <Fact term="Location">{profile.location ?? "—"}</Fact>
              <Fact term="Website">{profile.website ?? card.websiteDomain ?? "—"}</Fact>
            </dl>
          </CardBody>
        </Card>

        <Card aria-labelledby="card-classification">
          <CardHeader
            id="card-classification"
            title="Classification"
            description={
              <>
                Overall confidence {formatConfidence(classification.confidence)} · base {formatConfidence(card.baseConfidence)}
                {classification.classifierVersion ? ` · ${classification.classifierVersion}` : ""}
                {classification.classifiedAt ? (
                  <>
                    {" · "}
                    <LocalTime value={classification.classifiedAt} />
                  </>
                ) : null}
              </>
            }
          />
          <CardBody className="space-y-4">
            <dl className="grid gap-x-6 sm:grid-cols-2" data-testid="card-tags">
              {dimensions.map((d) => (
                <Fact key={d.key} term={d.label}>
                  <span className="inline-flex items-center gap-2">
                    {d.value}
                    {card.correctedFields.includes(d.key) ? <Badge tone="warning">corrected</Badge> : null}
                    {classification.confidences[d.key] !== undefined ? <span className="text-xs text-muted tabular-nums">{formatConfidence(classification.confidences[d.key]!)}</span> : null}
                  </span>
                </Fact>
              ))}
              <Fact term="Secondary tribes">{card.secondaryTribes.length ? card.secondaryTribes.map((t) => nameOf(names.tribe, t)).join(", ") : "—"}</Fact>
              <Fact term="Review">
                <ReviewBadge state={card.reviewState} />
              </Fact>
              <Fact term="Enrichment">
                <EnrichmentBadge state={card.enrichmentState} />
              </Fact>
            </dl>
            <ClassificationExplanation explanation={classification.explanation} names={names} headingId="card-explanation" />
          </CardBody>
        </Card>

        {canEdit ? (
          <Card aria-labelledby="card-correct">
            <CardHeader id="card-correct" title="Correct tags" description="A correction marks the card reviewed and is kept when the card is classified again." />
            <CardBody>
              <CardCorrections cardId={card.id} tags={{ industry: card.industry, persona: card.persona, tribe: card.tribe, label: card.label }} names={names} />
            </CardBody>
          </Card>
        ) : null}

        <Card aria-labelledby="card-history">
          <CardHeader id="card-history" title="History" description="Every recorded event for this card, newest first, from the audit log." />
          {history.length === 0 ? (
            <CardBody>
              <p className="text-sm text-muted">No events recorded for this card yet.</p>
            </CardBody>
          ) : (
            <ol className="divide-y divide-line" data-testid="card-history">
              {history.map((entry) => (
                <li key={entry.seq} className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 px-4 py-2 text-sm" data-testid="history-entry">
                  <span className="text-xs text-muted tabular-nums">
                    <LocalTime value={entry.at} />
                  </span>
                  <Badge tone={entry.outcome === "success" ? "neutral" : "danger"}>{entry.event}</Badge>
                  <span className="text-xs text-muted">{entry.actor}</span>
                  <span className="basis-full text-xs">{describeChange(entry.metadata, names)}</span>
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>

      <div className="space-y-4">
        <Card aria-labelledby="card-lineage">
          <CardHeader id="card-lineage" title="Lineage" />
          <CardBody>
            <dl data-testid="card-lineage">
              <Fact term="First import">
                <Link href={`/imports/${lineage.firstImport.id}`} className="text-accent hover:underline">
                  {lineage.firstImport.fileName}
                </Link>
              </Fact>
              <Fact term="Last import">
                <Link href={`/imports/${lineage.lastImport.id}`} className="text-accent hover:underline">
                  {lineage.lastImport.fileName}
                </Link>
              </Fact>
              <Fact term="First seen">
                <LocalTime value={profile.firstSeenAt} />
              </Fact>
              <Fact term="Last seen">
                <LocalTime value={profile.lastSeenAt} />
              </Fact>
              <Fact term="Card id">
                <span className="font-mono text-xs">{card.publicId}</span>
              </Fact>
            </dl>
          </CardBody>
        </Card>
        <Card aria-labelledby="card-pools">
          <CardHeader id="card-pools" title="Pools" />
          <CardBody>
            {pools.length === 0 ? (
              <p className="text-sm text-muted">In no pool.</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {pools.map((pool) => (
                  <li key={pool.id} className="flex items-center justify-between gap-2">
                    <Link href={`/pools?pool=${pool.id}`} className="truncate text-accent hover:underline">
                      {pool.name}
                    </Link>
                    <Badge>{pool.kind}</Badge>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
