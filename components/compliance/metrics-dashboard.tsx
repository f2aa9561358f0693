"use client";

import { useQuery } from "@tanstack/react-query";
import { Download } from "lucide-react";
import { usePathname, useSearchParams } from "next/navigation";
import { useMemo, type FormEvent, type ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatCount, formatMoney } from "@/components/ui/format";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";

const palette = ["#2563eb", "#16a34a", "#d97706", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#4b5563"];
const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function parseDay(value: string | null): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Rows of (day, key, value) → one object per day with a property per key (what stacked bars want). */
function pivot<T>(rows: T[], day: (r: T) => string, key: (r: T) => string, value: (r: T) => number) {
  const keys = [...new Set(rows.map(key))].sort();
  const byDay = new Map<string, Record<string, number | string>>();
  for (const r of rows) {
    const entry = byDay.get(day(r)) ?? { day: day(r) };
    entry[key(r)] = ((entry[key(r)] as number | undefined) ?? 0) + value(r);
    byDay.set(day(r), entry);
  }
  return { keys, data: [...byDay.values()].sort((a, b) => String(a.day).localeCompare(String(b.day))) };
}

function Series({ id, title, description, csvHref, empty, children }: { id: string; title: string; description: string; csvHref: string; empty: boolean; children: ReactNode }) {
  return (
    <Card aria-labelledby={id}>
      <CardHeader
        id={id}
        title={title}
        level={3}
        description={description}
        actions={
          <a href={csvHref} download className={buttonClasses("secondary", "sm")} aria-label={`Download ${title} as CSV`}>
            <Download aria-hidden className="size-3.5" />
            CSV
          </a>
        }
      />
      <CardBody>{empty ? <p className="py-8 text-center text-sm text-muted">No data in this range.</p> : <div className="h-56">{children}</div>}</CardBody>
    </Card>
  );
}

/** Cost and volume charts for a UTC date range in the URL (`from`, `to` inclusive days), each series downloadable as CSV. */
export function MetricsDashboard() {
  const trpc = useTRPC();
  const params = useSearchParams();
  const pathname = usePathname();
  const today = new Date(`${isoDay(new Date())}T00:00:00Z`);
  const from = parseDay(params.get("from")) ?? new Date(today.getTime() - 29 * DAY);
  const toDay = parseDay(params.get("to")) ?? today;
  const to = new Date(toDay.getTime() + DAY);
  const metrics = useQuery({ ...trpc.compliance.metrics.queryOptions({ from, to }), placeholderData: (p) => p });
  const m = metrics.data;
  const csv = (series: string) => `/api/compliance/metrics?series=${series}&from=${from.toISOString()}&to=${to.toISOString()}`;

  const spend = useMemo(() => pivot(m?.spendByProviderDay ?? [], (r) => r.day, (r) => r.provider, (r) => r.amount), [m]);
  const credits = useMemo(() => pivot(m?.spendByProviderDay ?? [], (r) => r.day, (r) => r.provider, (r) => r.credits), [m]);
  const match = useMemo(() => pivot(m?.matchByDay ?? [], (r) => r.day, (r) => r.key, (r) => r.value), [m]);
  const handoffs = useMemo(() => pivot(m?.handoffsByTransport ?? [], (r) => r.transport, (r) => r.status, (r) => r.count), [m]);

  function apply(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const q = new URLSearchParams();
    q.set("tab", "metrics");
    const f = String(form.get("from") ?? "");
    const t = String(form.get("to") ?? "");
    if (f) q.set("from", f);
    if (t) q.set("to", t);
    window.history.replaceState(null, "", `${pathname}?${q.toString()}`);
  }

  const totalAmount = (m?.spendByProviderDay ?? []).reduce((s, r) => s + r.amount, 0);
  const totalCredits = (m?.spendByProviderDay ?? []).reduce((s, r) => s + r.credits, 0);

  return (
    <div className="space-y-4">
      <form onSubmit={apply} className="flex flex-wrap items-end gap-3" aria-label="Date range" key={params.toString()}>
        <Field id="metrics-from" label="From (UTC day)">
          <Input id="metrics-from" name="from" type="date" defaultValue={isoDay(from)} />
        </Field>
        <Field id="metrics-to" label="To (UTC day, inclusive)">
          <Input id="metrics-to" name="to" type="date" defaultValue={isoDay(toDay)} />
        </Field>
        <Button type="submit" variant="primary" size="sm" pending={metrics.isFetching}>
          Show
        </Button>
        {m ? (
          <p className="text-sm text-muted" data-testid="metrics-totals">
            {formatMoney(totalAmount)} · {formatCount(totalCredits)} credits in range
          </p>
        ) : null}
      </form>
      {metrics.error ? <Alert tone="danger">{metrics.error.message}</Alert> : null}
      {metrics.isLoading ? <p className="text-sm text-muted">Loading metrics…</p> : null}
      {m ? (
        <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
          <Series id="m-spend" title="Money by provider and day" description="Enrichment cost per provider (items finished that day)." csvHref={csv("spend-by-provider-day")} empty={spend.data.length === 0}>
            <ResponsiveContainer>
              <BarChart data={spend.data}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="day" fontSize={11} />
                <YAxis fontSize={11} />
                <Tooltip formatter={(v) => formatMoney(Number(v))} />
                <Legend />
                {spend.keys.map((k, i) => <Bar key={k} dataKey={k} stackId="a" fill={palette[i % palette.length]} />)}
              </BarChart>
            </ResponsiveContainer>
          </Series>
          <Series id="m-credits" title="Credits by provider and day" description="Provider credits consumed." csvHref={csv("spend-by-provider-day")} empty={credits.data.length === 0}>
            <ResponsiveContainer>
              <BarChart data={credits.data}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="day" fontSize={11} />
                <YAxis fontSize={11} />
                <Tooltip />
                <Legend />
                {credits.keys.map((k, i) => <Bar key={k} dataKey={k} stackId="a" fill={palette[i % palette.length]} />)}
              </BarChart>
            </ResponsiveContainer>
          </Series>
          <Series id="m-match" title="Records matched / unmatched" description="Enrichment items by result per day." csvHref={csv("match-by-day")} empty={match.data.length === 0}>
            <ResponsiveContainer>
              <BarChart data={match.data}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="day" fontSize={11} />
                <YAxis fontSize={11} allowDecimals={false} />
                <Tooltip />
                <Legend />
                {match.keys.map((k, i) => <Bar key={k} dataKey={k} stackId="a" fill={palette[i % palette.length]} />)}
              </BarChart>
            </ResponsiveContainer>
          </Series>
          <Series id="m-volume" title="Imports and cards per day" description="Import jobs started and lead cards created." csvHref={csv("volume-by-day")} empty={m.volumeByDay.length === 0}>
            <ResponsiveContainer>
              <LineChart data={m.volumeByDay}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="day" fontSize={11} />
                <YAxis yAxisId="cards" fontSize={11} allowDecimals={false} />
                <YAxis yAxisId="imports" orientation="right" fontSize={11} allowDecimals={false} />
                <Tooltip />
                <Legend />
                <Line yAxisId="cards" dataKey="cards" stroke={palette[0]} dot={false} />
                <Line yAxisId="imports" dataKey="imports" stroke={palette[2]} dot={false} />
              </LineChart>
            </ResponsiveContainer>
          </Series>
          <Series id="m-batches" title="Enrichment batches by outcome" description="Requests created in range, by current status." csvHref={csv("enrichment-batches-by-outcome")} empty={m.enrichmentBatchesByOutcome.length === 0}>
            <ResponsiveContainer>
              <BarChart data={m.enrichmentBatchesByOutcome}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="outcome" fontSize={11} />
                <YAxis fontSize={11} allowDecimals={false} />
                <Tooltip />
                <Bar dataKey="count" name="batches" fill={palette[4]} />
              </BarChart>
            </ResponsiveContainer>
          </Series>
          <Series id="m-handoffs" title="Handoffs by transport" description="Delivery attempts by transport and status." csvHref={csv("handoffs-by-transport")} empty={handoffs.data.length === 0}>
            <ResponsiveContainer>
              <BarChart data={handoffs.data.map((r) => ({ ...r, transport: r.day }))}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="transport" fontSize={11} />
                <YAxis fontSize={11} allowDecimals={false} />
                <Tooltip />
                <Legend />
                {handoffs.keys.map((k, i) => <Bar key={k} dataKey={k} stackId="a" fill={palette[(i + 1) % palette.length]} />)}
              </BarChart>
            </ResponsiveContainer>
          </Series>
          <Series id="m-actors" title="Spend per actor" description="Cost recorded on audited events, by who caused it." csvHref={csv("spend-by-actor")} empty={m.spendByActor.length === 0}>
            <ResponsiveContainer>
              <BarChart data={m.spendByActor} layout="vertical" margin={{ left: 40 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" fontSize={11} />
                <YAxis type="category" dataKey="actor" fontSize={11} width={160} />
                <Tooltip formatter={(v) => formatMoney(Number(v))} />
                <Bar dataKey="amount" name="amount" fill={palette[0]} />
              </BarChart>
            </ResponsiveContainer>
          </Series>
        </div>
      ) : null}
    </div>
  );
}
