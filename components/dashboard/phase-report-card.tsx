import { ClipboardCheck } from "lucide-react";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Code } from "@/components/ui/code";
import { EmptyState } from "@/components/ui/empty-state";
import { formatPercent } from "@/components/ui/format";
import { Num } from "@/components/ui/num";
import { Progress } from "@/components/ui/progress";
import { Table, TableBody, TableCell, TableContainer, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";

type TPhaseReport = TRouterOutputs["reports"]["phase"];
type TShares = Record<string, { count: number }>;

const labelNames: Record<keyof TPhaseReport["labelDistribution"], string> = {
  USER: "User", PARTNER: "Partner", AFFILIATE: "Affiliate", FEEDBACK: "Feedback", unlabelled: "Unlabelled",
};
const reviewNames: Record<keyof TPhaseReport["reviewProgress"], string> = { unreviewed: "Unreviewed", confirmed: "Confirmed", corrected: "Corrected" };

/** Counts of one breakdown (labels, review states) with each one's share of all lead cards. */
function ShareTable({ id, title, column, names, shares, total }: { id: string; title: string; column: string; names: Record<string, string>; shares: TShares; total: number }) {
  return (
    <div>
      <h3 id={id} className="px-4 pt-3 pb-1.5 text-xs font-semibold text-muted">
        {title}
      </h3>
      <TableContainer>
        <Table aria-labelledby={id}>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{column}</TableHeaderCell>
              <TableHeaderCell className="text-right">Cards</TableHeaderCell>
              <TableHeaderCell className="w-2/5">Share of lead cards</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {Object.entries(names).map(([key, name]) => {
              const count = shares[key]?.count ?? 0;
              return (
                <TableRow key={key} data-share={key}>
                  <TableCell>{name}</TableCell>
                  <TableCell className="text-right">
                    <Num value={count} />
                  </TableCell>
                  <TableCell>
                    <div className="flex items-center gap-2">
                      <Progress value={count} max={total} label={`${name}: share of lead cards`} className="flex-1" />
                      <span className="w-12 text-right text-xs tabular-nums text-muted">{formatPercent(count, total)}</span>
                    </div>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </div>
  );
}

/**
 * "Exit criteria (phases 1–3)": every profile becomes a lead card, no enrichment data on cards,
 * ≥ 80% of cards tagged with a persona and a tribe — each with its target, the measured value and
 * a met / not met badge — followed by the label distribution and the review progress.
 */
export function PhaseReportCard({ report }: { report: TPhaseReport }) {
  const met = report.exitCriteria.filter((c) => c.met).length;
  return (
    <Card aria-labelledby="phase-report-title" data-testid="phase-report">
      <CardHeader
        id="phase-report-title"
        title="Exit criteria (phases 1–3)"
        description={
          report.rawProfiles === 0
            ? "Measured once profiles are imported."
            : `${met} of ${report.exitCriteria.length} met · measured over ${report.rawProfiles.toLocaleString("en-US")} profiles and ${report.leadCards.toLocaleString("en-US")} lead cards (erased ones left out)`
        }
      />
      {report.rawProfiles === 0 ? (
        <EmptyState headingLevel={3} icon={<ClipboardCheck className="size-5" />} title="No profiles yet">
          <p>
            Once audience files are imported, this card checks that every profile becomes a lead card, that no card carries enrichment data, and that at
            least 80% of cards are tagged with a persona and a tribe. Import files with the <Code>npx sxe import</Code> command; <Code>npx sxe report</Code> prints the same report.
          </p>
        </EmptyState>
      ) : (
        <>
          <TableContainer>
            <Table aria-labelledby="phase-report-title">
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Criterion</TableHeaderCell>
                  <TableHeaderCell>Target</TableHeaderCell>
                  <TableHeaderCell>Actual</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {report.exitCriteria.map((criterion) => (
                  <TableRow key={criterion.id} data-criterion={criterion.id}>
                    <TableCell className="font-medium">{criterion.name}</TableCell>
                    <TableCell className="text-muted">{criterion.target}</TableCell>
                    <TableCell className="tabular-nums">{criterion.actual}</TableCell>
                    <TableCell>
                      <Badge tone={criterion.met ? "success" : "danger"}>{criterion.met ? "Met" : "Not met"}</Badge>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <div className="grid border-t border-line lg:grid-cols-2 lg:divide-x lg:divide-line">
            <ShareTable id="phase-report-labels" title="Labels" column="Label" names={labelNames} shares={report.labelDistribution} total={report.leadCards} />
            <ShareTable id="phase-report-review" title="Review progress" column="State" names={reviewNames} shares={report.reviewProgress} total={report.leadCards} />
          </div>
        </>
      )}
    </Card>
  );
}
