import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { formatPercent } from "@/components/ui/format";
import { Num } from "@/components/ui/num";

/** `shareOf`: the key of the stage this one is a subset of (default: the stage before it). */
export type TFunnelStage = { key: string; label: string; count: number; hint: string; href?: string; shareOf?: string };

/**
 * Ingested → lead cards → tagged → eligible → enriched → handed off. Each stage shows its count,
 * its share of the stage it is drawn from (the one before it unless `shareOf` names another: a
 * handoff takes labelled cards whether or not they were enriched) and of everything ingested, and
 * links to its screen when the viewer may open it.
 */
export function Funnel({ stages }: { stages: TFunnelStage[] }) {
  const top = stages[0]?.count ?? 0;
  return (
    <Card aria-labelledby="funnel-title">
      <CardHeader id="funnel-title" title="Pipeline" description="Profiles at each stage, with their share of the stage they are drawn from." />
      <ol className="grid grid-cols-2 divide-line md:grid-cols-3 xl:grid-cols-6 xl:divide-x" data-testid="funnel">
        {stages.map((stage, index) => {
          const base = index === 0 ? null : (stages.find((s) => s.key === stage.shareOf) ?? stages[index - 1]!);
          const width = top ? Math.max(2, Math.round((stage.count / top) * 100)) : 0;
          const body = (
            <>
              <div className="flex items-center justify-between gap-2">
                <span className="text-xs font-medium text-muted">{stage.label}</span>
                {stage.href ? <ChevronRight aria-hidden className="size-3.5 text-muted group-hover:text-fg" /> : null}
              </div>
              <Num value={stage.count} className="mt-1 block text-2xl font-semibold tracking-tight" />
              <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-subtle" aria-hidden>
                <div className="h-full rounded-full bg-accent" style={{ width: `${width}%` }} />
              </div>
              <p className="mt-1.5 text-xs text-muted">
                {base === null || top === 0
                  ? stage.hint
                  : `${base === stages[0] ? "" : `${formatPercent(stage.count, base.count)} of ${base.label.toLowerCase()} · `}${formatPercent(stage.count, top)} of ingested`}
              </p>
            </>
          );
          return (
            <li key={stage.key} data-stage={stage.key} className="border-line border-b xl:border-b-0">
              {stage.href ? (
                <Link href={stage.href} className="group block h-full px-4 py-3 hover:bg-subtle/60">
                  {body}
                </Link>
              ) : (
                <div className="h-full px-4 py-3">{body}</div>
              )}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
