import { formatCount } from "@/components/ui/format";
import { Table, TableBody, TableCell, TableContainer, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { money } from "./enrichment-labels";

export type TCallStatsRow = { key: string; name: string; calls: number; matched: number; unmatched: number; skipped: number; failed: number; credits: number; cost: number; emphasis?: boolean };

const counts = ["calls", "matched", "unmatched", "skipped", "failed", "credits"] as const;
const countHeaders: Record<(typeof counts)[number], string> = { calls: "Calls", matched: "Matched", unmatched: "Unmatched", skipped: "Skipped", failed: "Failed", credits: "Credits" };

/** Provider calls and what they returned, one row per group (provider, requester, day, request…), with their credits and cost. */
export function CallStatsTable({ caption, label, rows, currency, testId }: { caption: string; label: string; rows: TCallStatsRow[]; currency: string; testId?: string }) {
  return (
    <TableContainer>
      <Table data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <TableHead>
          <tr>
            <TableHeaderCell>{label}</TableHeaderCell>
            {counts.map((c) => (
              <TableHeaderCell key={c} className="text-right">
                {countHeaders[c]}
              </TableHeaderCell>
            ))}
            <TableHeaderCell className="text-right">Cost</TableHeaderCell>
          </tr>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key} className={r.emphasis ? "font-semibold" : undefined}>
              <TableCell className="max-w-72 truncate" title={r.name}>
                {r.name}
              </TableCell>
              {counts.map((c) => (
                <TableCell key={c} className="text-right tabular-nums">
                  {formatCount(r[c])}
                </TableCell>
              ))}
              <TableCell className="text-right tabular-nums">{money(r.cost, currency)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
