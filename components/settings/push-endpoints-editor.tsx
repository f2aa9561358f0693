"use client";

import { Plus, Trash2 } from "lucide-react";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { TEndpointDraft } from "./handoff-config-draft";

const newEndpoint = (rowId: string): TEndpointDraft => ({ rowId, name: "", url: "https://", secret: "", secretHint: null, enabled: true, timeoutMs: 10_000 });

function EndpointRow({ endpoint, index, onChange, onRemove }: { endpoint: TEndpointDraft; index: number; onChange: (patch: Partial<TEndpointDraft>) => void; onRemove: () => void }) {
  const id = `push-endpoint-${endpoint.rowId}`;
  const title = endpoint.name || `endpoint ${index + 1}`;
  return (
    <li data-testid="push-endpoint">
      <fieldset className="grid items-end gap-3 px-3 py-2 sm:grid-cols-[10rem_1fr_14rem_7rem_auto_auto]">
        <legend className="sr-only">Push endpoint {title}</legend>
        <div className="space-y-1">
          <Label htmlFor={`${id}-name`}>Name</Label>
          <Input id={`${id}-name`} value={endpoint.name} required maxLength={60} pattern="[a-z0-9][a-z0-9_\-]*" autoComplete="off" onChange={(e) => onChange({ name: e.target.value })} />
        </div>
        <div className="space-y-1">
          <Label htmlFor={`${id}-url`}>URL</Label>
          <Input id={`${id}-url`} type="url" value={endpoint.url} required autoComplete="off" onChange={(e) => onChange({ url: e.target.value })} />
        </div>
        <div className="space-y-1">
          <Label htmlFor={`${id}-secret`}>HMAC secret</Label>
          <Input
            id={`${id}-secret`}
            type="password"
            value={endpoint.secret}
            minLength={16}
            maxLength={200}
            autoComplete="new-password"
            placeholder={endpoint.secretHint ? `${endpoint.secretHint} (leave empty to keep)` : "at least 16 characters"}
            onChange={(e) => onChange({ secret: e.target.value })}
          />
        </div>
        <div className="space-y-1">
          <Label htmlFor={`${id}-timeout`}>Timeout (ms)</Label>
          <Input id={`${id}-timeout`} type="number" inputMode="numeric" min={100} max={120_000} step={100} value={Number.isFinite(endpoint.timeoutMs) ? endpoint.timeoutMs : ""} onChange={(e) => onChange({ timeoutMs: e.target.valueAsNumber })} className="tabular-nums" />
        </div>
        <label className="flex h-8 items-center gap-1.5 text-sm">
          <input type="checkbox" className="size-3.5 accent-accent" checked={endpoint.enabled} onChange={(e) => onChange({ enabled: e.target.checked })} />
          Enabled
        </label>
        <Button variant="ghost" onClick={onRemove} aria-label={`Remove push endpoint ${title}`}>
          <Trash2 aria-hidden className="size-3.5" />
        </Button>
      </fieldset>
    </li>
  );
}

/** The signed API push endpoints: add, edit, remove. A stored secret is never shown; leaving the field empty keeps it. */
export function PushEndpointsEditor({ endpoints, onChange }: { endpoints: TEndpointDraft[]; onChange: (endpoints: TEndpointDraft[]) => void }) {
  const added = useRef(0);
  return (
    <fieldset className="space-y-2">
      <legend className="text-xs font-medium">Signed API push endpoints (X-SXE-Signature: HMAC-SHA256 of the body)</legend>
      {endpoints.length ? (
        <ol className="divide-y divide-line rounded-control border border-line">
          {endpoints.map((endpoint, index) => (
            <EndpointRow
              key={endpoint.rowId}
              endpoint={endpoint}
              index={index}
              onChange={(patch) => onChange(endpoints.map((e) => (e.rowId === endpoint.rowId ? { ...e, ...patch } : e)))}
              onRemove={() => onChange(endpoints.filter((e) => e.rowId !== endpoint.rowId))}
            />
          ))}
        </ol>
      ) : (
        <p className="text-sm text-muted">No push endpoints.</p>
      )}
      <Button size="sm" disabled={endpoints.length >= 20} onClick={() => onChange([...endpoints, newEndpoint(`new-${++added.current}`)])}>
        <Plus aria-hidden className="size-3.5" />
        Add endpoint
      </Button>
    </fieldset>
  );
}
