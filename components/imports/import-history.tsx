import { Card, CardHeader } from "@/components/ui/card";
import { formatDuration } from "@/components/ui/format";
import { LocalTime } from "@/components/ui/local-time";
import { Num } from "@/components/ui/num";
import { Table, TableBody, TableCell, TableContainer, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { ImportStatusBadge } from "./import-status-badge";

type TImportList = TRouterOutputs["imports"]["list"];

const counts = [
  ["read", "Read"],
  ["accepted", "Accepted"],
  ["rejected", "Rejected"],
  ["duplicates", "Duplicates"],
  ["redacted", "Redacted"],
] as const;

/** The latest import jobs, newest first, as the imports API returns them. */
export function ImportHistory({ list }: { list: TImportList }) {
  return (
    <Card aria-labelledby="import-history">
      <CardHeader
        id="import-history"
        title="Import history"
        description={list.nextCursor ? `The latest ${list.items.length} imports. Older ones are not listed on this screen yet.` : "Every import so far, newest first."}
      />
      <TableContainer>
        <Table>
          <caption className="sr-only">Import jobs</caption>
          <TableHead>
            <tr>
              <TableHeaderCell>File</TableHeaderCell>
              <TableHeaderCell>Platform · format</TableHeaderCell>
              <TableHeaderCell>Run by</TableHeaderCell>
              <TableHeaderCell>Started</TableHeaderCell>
              <TableHeaderCell className="text-right">Duration</TableHeaderCell>
              {counts.map(([, label]) => (
                <TableHeaderCell key={label} className="text-right">
                  {label}
                </TableHeaderCell>
              ))}
              <TableHeaderCell>Status</TableHeaderCell>
            </tr>
          </TableHead>
          <TableBody>
            {list.items.map((job) => (
              <TableRow key={job.id} data-testid="import-row">
                <TableCell className="max-w-64">
                  <div className="truncate font-medium" title={job.fileName}>
                    {job.fileName}
                  </div>
                  {job.poolName ? <div className="truncate text-xs text-muted">pool {job.poolName}</div> : null}
                </TableCell>
                <TableCell className="text-muted">{[job.platform, job.format].filter(Boolean).join(" · ") || "—"}</TableCell>
                <TableCell className="text-muted">{job.actorEmail ?? "system"}</TableCell>
                <TableCell>
                  <LocalTime value={job.startedAt ?? job.createdAt} className="whitespace-nowrap text-muted" />
                </TableCell>
                <TableCell className="text-right text-muted tabular-nums">
                  {job.startedAt && job.finishedAt ? formatDuration(job.finishedAt.getTime() - job.startedAt.getTime()) : "—"}
                </TableCell>
                {counts.map(([key]) => (
                  <TableCell key={key} className="text-right">
                    <Num value={job[key]} compact />
                  </TableCell>
                ))}
                <TableCell>
                  <ImportStatusBadge status={job.status} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Card>
  );
}
