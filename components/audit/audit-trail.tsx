"use client";

import { useQuery } from "@tanstack/react-query";
import { Download, RefreshCw, ScrollText } from "lucide-react";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState, type FormEvent } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { useDataTable } from "@/components/data-table/use-data-table";
import { useTRPC } from "@/components/providers/trpc";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { auditColumns, type TAuditRow } from "./audit-columns";
import { AuditEventDrawer } from "./audit-event-drawer";
import { AUDIT_PAGE_SIZES, auditFilterQuery, parseAuditFilter, parseAuditPageSize, parseSeqTrail, type TAuditFilterParams } from "./audit-filter-params";

const noRows: TAuditRow[] = [];
const pad = (n: number) => String(n).padStart(2, "0");
/** A Date as the value of a datetime-local input, in the viewer's zone. */
const toLocalInput = (d: Date | undefined) => (d ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}` : "");
const fromLocalInput = (v: FormDataEntryValue | null) => (typeof v === "string" && v ? new Date(v) : undefined);

/** The audit trail: filters and the page in the URL, keyset pages on seq, event detail, export with manifest. */
export function AuditTrail({ eventNames }: { eventNames: string[] }) {
  const trpc = useTRPC();
  const pathname = usePathname();
  const params = useSearchParams();
  const filter = useMemo(() => parseAuditFilter((name) => params.get(name)), [params]);
  const trail = useMemo(() => parseSeqTrail(params.get("before")), [params]);
  const size = parseAuditPageSize(params.get("size"));
  const cursor = trail.at(-1) ?? null;
  const [open, setOpen] = useState<TAuditRow | null>(null);

  const write = useCallback(
    (next: { filter?: TAuditFilterParams; trail?: string[]; size?: number }) => {
      const q = auditFilterQuery(next.filter ?? filter);
      const t = next.trail ?? trail;
      if (t.length) q.set("before", t.join("_"));
      const s = next.size ?? size;
      if (s !== 50) q.set("size", String(s));
      const query = q.toString();
      window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [filter, trail, size, pathname],
  );

  // No placeholder rows from another filter or page: while a page loads the table says so.
  const list = useQuery(trpc.audit.list.queryOptions({ filter, limit: size, cursor }));
  const columns = useMemo(() => auditColumns(setOpen), [setOpen]);
  const rows = list.data?.items ?? noRows;
  const table = useDataTable({ data: rows, columns, getRowId: (r) => r.seq, mode: "server", pageSize: size });

  function apply(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const get = (name: string) => {
      const v = form.get(name);
      return typeof v === "string" && v.trim() ? v.trim() : undefined;
    };
    write({
      filter: { event: get("event"), actor: get("actor"), target: get("target"), outcome: get("outcome") as TAuditFilterParams["outcome"], from: fromLocalInput(form.get("from")), to: fromLocalInput(form.get("to")) },
      trail: [],
    });
  }

  const exportQuery = auditFilterQuery(filter).toString();
  const filtered = exportQuery.length > 0;
  const events = [{ value: "", label: "Any event" }, ...eventNames.map((n) => ({ value: n, label: n }))];

  return (
    <Card aria-labelledby="audit-trail">
      <CardHeader
        id="audit-trail"
        title="Audit trail"
        description="Every audited event, newest first. Filter, open an event for its full record, or export what you see with a manifest you can verify offline."
        actions={
          <div className="flex items-center gap-2">
            <Button size="sm" onClick={() => void list.refetch()} pending={list.isFetching} aria-label="Refresh the trail">
              {list.isFetching ? null : <RefreshCw aria-hidden className="size-3.5" />}
              Refresh
            </Button>
            <a href={`/api/audit/export?format=csv${exportQuery ? `&${exportQuery}` : ""}`} download className={buttonClasses("secondary", "sm")} data-testid="export-csv">
              <Download aria-hidden className="size-3.5" />
              Export CSV
            </a>
            <a href={`/api/audit/export?format=jsonl${exportQuery ? `&${exportQuery}` : ""}`} download className={buttonClasses("secondary", "sm")} data-testid="export-jsonl">
              <Download aria-hidden className="size-3.5" />
              Export JSONL
            </a>
          </div>
        }
      />
      <form
        key={params.toString()}
        onSubmit={apply}
        className="grid grid-cols-2 gap-2 border-b border-line px-4 py-3 md:grid-cols-4 xl:grid-cols-7"
        aria-label="Filter the audit trail"
      >
        <Field id="audit-event" label="Event">
          <Select id="audit-event" name="event" defaultValue={filter.event ?? ""} options={events} />
        </Field>
        <Field id="audit-actor" label="Actor (email or id)">
          <Input id="audit-actor" name="actor" defaultValue={filter.actor ?? ""} placeholder="cleo@…" />
        </Field>
        <Field id="audit-target" label="Lead card (id, lc_…, handle)">
          <Input id="audit-target" name="target" defaultValue={filter.target ?? ""} placeholder="@handle" />
        </Field>
        <Field id="audit-outcome" label="Outcome">
          <Select
            id="audit-outcome"
            name="outcome"
            defaultValue={filter.outcome ?? ""}
            options={[{ value: "", label: "Any" }, { value: "success", label: "success" }, { value: "failure", label: "failure" }, { value: "denied", label: "denied" }]}
          />
        </Field>
        <Field id="audit-from" label="From">
          <Input id="audit-from" name="from" type="datetime-local" defaultValue={toLocalInput(filter.from)} />
        </Field>
        <Field id="audit-to" label="To">
          <Input id="audit-to" name="to" type="datetime-local" defaultValue={toLocalInput(filter.to)} />
        </Field>
        <div className="flex items-end gap-2">
          <Button type="submit" variant="primary" size="sm">
            Apply
          </Button>
          {filtered ? (
            <Button size="sm" onClick={() => write({ filter: {}, trail: [] })}>
              Clear
            </Button>
          ) : null}
        </div>
      </form>
      <DataTable
        table={table}
        caption="Audit events"
        loading={list.isLoading}
        error={list.error ? list.error.message : null}
        paginate={false}
        rowTestId="audit-row"
        empty={
          <EmptyState headingLevel={3} icon={<ScrollText className="size-5" />} title={filtered || trail.length ? "No events match" : "Nothing audited yet"}>
            <p>{filtered ? "No audited event matches these filters. A handle matches only lead cards that still exist (erased people have none)." : "Sign-ins, changes, imports, enrichment and handoffs appear here as they happen."}</p>
          </EmptyState>
        }
      />
      {rows.length || trail.length ? (
        <div className="flex flex-wrap items-center justify-between gap-2 border-t border-line px-4 py-2 text-sm">
          <span className="text-muted">
            {rows.length ? `#${rows[0]!.seq} – #${rows.at(-1)!.seq}` : "no rows"} · page {trail.length + 1}
          </span>
          <div className="flex items-center gap-2">
            <label className="text-muted" htmlFor="audit-size">
              Rows
            </label>
            <Select id="audit-size" className="w-20" value={String(size)} onChange={(e) => write({ size: Number(e.target.value), trail: [] })} options={AUDIT_PAGE_SIZES.map((s) => ({ value: String(s), label: String(s) }))} />
            <Button size="sm" disabled={trail.length === 0} onClick={() => write({ trail: trail.slice(0, -1) })}>
              <ChevronLeft aria-hidden className="size-3.5" />
              Newer
            </Button>
            <Button size="sm" disabled={!list.data?.nextCursor} onClick={() => list.data?.nextCursor && write({ trail: [...trail, list.data.nextCursor] })}>
              Older
              <ChevronRight aria-hidden className="size-3.5" />
            </Button>
          </div>
        </div>
      ) : null}
      <AuditEventDrawer event={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
