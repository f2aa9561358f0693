"use client";

import { Download } from "lucide-react";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Code } from "@/components/ui/code";
import { EmptyState } from "@/components/ui/empty-state";
import { formatBytes, formatCount, formatDuration } from "@/components/ui/format";
import { LocalTime } from "@/components/ui/local-time";
import { Num } from "@/components/ui/num";
import { Table, TableBody, TableCell, TableContainer, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { CancelImportButton } from "./cancel-import-button";
import { formatName, isActive, platformLabel, type TFormatLabels } from "./import-labels";
import { ImportProgress } from "./import-progress";
import { ImportStatusBadge } from "./import-status-badge";
import { useImportJob, type TImportJob } from "./use-import-job";

function CountTile({ name, label, value, note, pending }: { name: string; label: string; value: number; note?: ReactNode; pending: boolean }) {
  return (
    <div className="min-w-0 px-4 py-3" data-testid={`count-${name}`}>
      <dt className="text-xs font-medium text-muted">{label}</dt>
      <dd className="mt-0.5 text-xl font-semibold tracking-tight">{pending ? <span className="text-muted">—</span> : <Num value={value} />}</dd>
      {note ? <dd className="mt-0.5 text-xs text-muted">{note}</dd> : null}
    </div>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[9rem_1fr] gap-3 py-1.5">
      <dt className="text-muted">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}

const dash = <span className="text-muted">—</span>;

/** imports.get returns the first 50 problems; at that many the list is probably cut. */
const FIRST_ERRORS_SHOWN = 50;

/** Import job detail: live while it runs, then its counts, file facts, warnings and rejected records. */
export function ImportDetail({ initial, formatLabels, canCancel }: { initial: TImportJob; formatLabels: TFormatLabels; canCancel: boolean }) {
  const query = useImportJob(initial.id, { initialData: initial });
  const job = query.data ?? initial;
  const active = isActive(job.status);
  const format = formatName(job.format, formatLabels);
  const duration = job.startedAt && job.finishedAt ? formatDuration(job.finishedAt.getTime() - job.startedAt.getTime()) : null;
  const errorsHref = `/api/imports/${job.id}/errors`;

  return (
    <div className="space-y-4">
      {query.error ? (
        <Alert tone="warning" live>
          Could not refresh this job: {query.error.message}. Showing what was last loaded.
        </Alert>
      ) : null}

      <Card aria-labelledby="job-status">
        <CardHeader
          id="job-status"
          title="Status"
          description={active ? "Updates every second while the job is queued or running." : undefined}
          actions={
            <>
              <ImportStatusBadge status={job.status} />
              {active && canCancel ? <CancelImportButton job={job} /> : null}
              {job.rejected > 0 && !active ? (
                <a href={errorsHref} download className={buttonClasses("secondary", "sm")}>
                  <Download aria-hidden className="size-3.5" />
                  Download error report (CSV)
                </a>
              ) : null}
            </>
          }
        />
        <CardBody className="space-y-3">
          {active || job.status === "completed" ? <ImportProgress job={job} /> : null}
          {job.status === "failed" ? (
            <Alert tone="danger">
              <strong className="font-semibold">The import failed:</strong> {job.errorMessage ?? "no reason was recorded."} Nothing from this file was saved.
            </Alert>
          ) : null}
          {job.status === "cancelled" ? (
            <Alert tone="warning">
              <strong className="font-semibold">Cancelled:</strong> {job.errorMessage ?? "the import was stopped."} Nothing from this file was saved.
            </Alert>
          ) : null}
          <dl className="grid grid-cols-2 divide-line rounded-control border border-line sm:grid-cols-3 lg:grid-cols-6 lg:divide-x">
            <CountTile name="read" label="Read" value={job.read} pending={false} note={active ? "so far" : "records in the file"} />
            <CountTile
              name="accepted"
              label="Accepted"
              value={job.accepted}
              pending={active}
              note={active ? "counted at the end" : `${formatCount(job.created)} new · ${formatCount(job.updated)} updated · ${formatCount(job.unchanged)} unchanged`}
            />
            <CountTile name="rejected" label="Rejected" value={job.rejected} pending={active} note={active ? "counted at the end" : "failed validation"} />
            <CountTile name="duplicates" label="Duplicates" value={job.duplicates} pending={active} note={active ? "counted at the end" : "repeated within the file"} />
            <CountTile name="redacted" label="Redacted" value={job.redacted} pending={active} note={active ? "counted at the end" : "contact data removed"} />
            <CountTile name="suppressed" label="Suppressed" value={job.suppressed} pending={active} note={active ? "counted at the end" : "erased people, not stored"} />
          </dl>
        </CardBody>
      </Card>

      <div className="grid items-start gap-4 lg:grid-cols-2">
        <Card aria-labelledby="job-file">
          <CardHeader id="job-file" title="File and timing" />
          <CardBody className="py-1.5">
            <dl className="divide-y divide-line text-sm">
              <Detail term="Detected format">
                <span title={format.full}>{format.short}</span>
              </Detail>
              <Detail term="Platform">{job.platform ? platformLabel(job.platform) : job.format ? "per row (from the file)" : dash}</Detail>
              <Detail term="Pool">{job.poolName ?? dash}</Detail>
              <Detail term="Size">
                {formatBytes(job.byteSize)} <span className="text-muted">({formatCount(job.byteSize)} bytes)</span>
              </Detail>
              <Detail term="SHA-256">
                <Code className="break-all" data-testid="sha256">
                  {job.sha256}
                </Code>
              </Detail>
              <Detail term="Run by">{job.actorEmail ?? "system"}</Detail>
              <Detail term="Uploaded">
                <LocalTime value={job.createdAt} />
              </Detail>
              <Detail term="Started">{job.startedAt ? <LocalTime value={job.startedAt} /> : <span className="text-muted">not yet</span>}</Detail>
              <Detail term="Finished">{job.finishedAt ? <LocalTime value={job.finishedAt} /> : <span className="text-muted">{active ? "still running" : "—"}</span>}</Detail>
              <Detail term="Duration">{duration ?? dash}</Detail>
              <Detail term="Job ID">
                <Code>{job.id}</Code>
              </Detail>
            </dl>
          </CardBody>
        </Card>

        <Card aria-labelledby="job-warnings">
          <CardHeader id="job-warnings" title="Warnings" description="About the file as a whole (records with problems are listed under rejected records)." />
          {job.warnings.length ? (
            <ul className="divide-y divide-line" data-testid="warnings">
              {job.warnings.map((warning, index) => (
                <li key={index} className="flex items-start gap-2 px-4 py-2 text-sm">
                  <Badge tone="warning" className="mt-0.5 font-mono">
                    {warning.code}
                  </Badge>
                  <span className="min-w-0 break-words">{warning.message}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="px-4 py-3 text-sm text-muted">{active ? "Warnings are listed when the job finishes." : "No warnings for this file."}</p>
          )}
        </Card>
      </div>

      <Card aria-labelledby="job-rejected">
        <CardHeader
          id="job-rejected"
          title="Rejected records"
          description={
            job.firstErrors.length >= FIRST_ERRORS_SHOWN
              ? `The first ${formatCount(job.firstErrors.length)} problems, in file order. The error report lists every problem of the ${formatCount(job.rejected)} rejected records.`
              : job.firstErrors.length
                ? "Every problem found, in file order (a record can have several)."
                : undefined
          }
          actions={
            job.rejected > 0 && !active ? (
              <a href={errorsHref} download className={buttonClasses("ghost", "sm")} aria-label="Download error report (CSV) for every rejected record">
                <Download aria-hidden className="size-3.5" />
                All as CSV
              </a>
            ) : null
          }
        />
        {job.firstErrors.length ? (
          <TableContainer>
            <Table>
              <caption className="sr-only">First rejected records</caption>
              <TableHead>
                <tr>
                  <TableHeaderCell className="w-24 text-right">Record</TableHeaderCell>
                  <TableHeaderCell className="w-24 text-right">Line</TableHeaderCell>
                  <TableHeaderCell className="w-40">Field</TableHeaderCell>
                  <TableHeaderCell>Reason</TableHeaderCell>
                </tr>
              </TableHead>
              <TableBody>
                {job.firstErrors.map((error, index) => (
                  <TableRow key={index} data-testid="rejected-row">
                    <TableCell className="text-right tabular-nums">{formatCount(error.record)}</TableCell>
                    <TableCell className="text-right text-muted tabular-nums">{error.line === null ? "—" : formatCount(error.line)}</TableCell>
                    <TableCell className="font-mono text-xs">{error.field ?? "—"}</TableCell>
                    <TableCell>
                      <span className="mr-2 font-mono text-xs text-muted">{error.code}</span>
                      {error.message}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        ) : (
          <EmptyState headingLevel={3} title={active ? "Nothing rejected yet" : "No rejected records"}>
            <p>{active ? "Rejected records are listed once the job finishes." : job.status === "completed" ? "Every record read passed validation." : "The job ended before any record was kept."}</p>
          </EmptyState>
        )}
      </Card>
    </div>
  );
}
