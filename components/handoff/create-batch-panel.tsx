"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { formatCount } from "@/components/ui/format";

type TOptions = TRouterOutputs["handoff"]["options"];

const labels = ["USER", "PARTNER", "AFFILIATE", "FEEDBACK"] as const;
const reviewStates = ["unreviewed", "confirmed", "corrected"] as const;
const enrichmentStates = ["none", "enriched", "unmatched"] as const;

function CheckGroup<T extends string>({ legend, values, selected, onChange }: { legend: string; values: readonly T[]; selected: T[]; onChange: (next: T[]) => void }) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-xs font-medium text-fg">{legend}</legend>
      <div className="flex flex-wrap gap-x-3 gap-y-1">
        {values.map((value) => (
          <label key={value} className="inline-flex items-center gap-1.5 text-sm">
            <input type="checkbox" checked={selected.includes(value)} onChange={(e) => onChange(e.target.checked ? [...selected, value] : selected.filter((v) => v !== value))} />
            {value.charAt(0) + value.slice(1).toLowerCase()}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Build a batch: pool + filters, live preview (count and a sample record), confirmation, create. */
export function CreateBatchPanel({ options }: { options: TOptions }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [poolId, setPoolId] = useState("");
  const [label, setLabel] = useState<(typeof labels)[number][]>([]);
  const [reviewState, setReviewState] = useState<(typeof reviewStates)[number][]>([]);
  const [enrichmentState, setEnrichmentState] = useState<(typeof enrichmentStates)[number][]>([]);
  const [confirming, setConfirming] = useState(false);
  const selection = { poolId: poolId || undefined, label, reviewState, enrichmentState };
  const preview = useQuery(trpc.handoff.preview.queryOptions(selection, { staleTime: 5_000 }));
  const create = useMutation(
    trpc.handoff.create.mutationOptions({
      onSuccess: async (batch) => {
        toast.success(`Batch ${batch.publicId} created`, { description: "The worker validates and freezes it, then runs the automatic deliveries." });
        setConfirming(false);
        await queryClient.invalidateQueries({ queryKey: trpc.handoff.list.queryKey() });
      },
    }),
  );
  const count = preview.data?.count ?? 0;
  const poolName = options.pools.find((p) => p.id === poolId)?.name ?? "all pools";

  return (
    <Card aria-labelledby="create-batch-title">
      <CardHeader id="create-batch-title" title="New batch" description="Execution-ready cards only: labelled, not erased, not suppressed. Contacts come from approved enrichment; the DNC rule applies." />
      <CardBody className="grid gap-4 lg:grid-cols-[20rem_1fr]">
        <div className="space-y-3">
          <Field id="batch-pool" label="Pool">
            <Select id="batch-pool" value={poolId} onChange={(e) => setPoolId(e.target.value)} options={[{ value: "", label: "All pools" }, ...options.pools.map((p) => ({ value: p.id, label: `${p.name} (${p.kind})` }))]} />
          </Field>
          <CheckGroup legend="Label" values={labels} selected={label} onChange={setLabel} />
          <CheckGroup legend="Review state" values={reviewStates} selected={reviewState} onChange={setReviewState} />
          <CheckGroup legend="Enrichment state" values={enrichmentStates} selected={enrichmentState} onChange={setEnrichmentState} />
          <div className="flex items-center gap-3 pt-1">
            <Button variant="primary" disabled={!count || preview.isFetching} onClick={() => setConfirming(true)}>
              Create batch
            </Button>
            <p className="text-sm text-muted" aria-live="polite" data-testid="batch-preview-count">
              {preview.isPending ? "Counting…" : preview.error ? "" : `${formatCount(count)} execution-ready ${count === 1 ? "card" : "cards"}${preview.data?.suppressed ? ` · ${formatCount(preview.data.suppressed)} suppressed` : ""}`}
            </p>
          </div>
          {preview.error ? <Alert tone="danger">{preview.error.message}</Alert> : null}
        </div>
        <div className="min-w-0">
          <h3 className="mb-1 text-xs font-medium text-fg">Sample record (lead-record v1)</h3>
          {preview.data?.sampleIssues.length ? (
            <Alert tone="warning" className="mb-2">
              This record would fail validation: {preview.data.sampleIssues.map((i) => `${i.field} ${i.reason}`).join("; ")}
            </Alert>
          ) : null}
          <pre data-testid="batch-sample" tabIndex={0} aria-label="Sample record" className="max-h-80 overflow-auto rounded-control border border-line bg-subtle p-2 text-[11px] leading-4">
            {preview.data?.sample ?? (preview.isPending ? "Loading…" : "No execution-ready card matches these filters.")}
          </pre>
        </div>
      </CardBody>
      <Dialog
        open={confirming}
        onOpenChange={(open) => {
          if (!open) create.reset();
          setConfirming(open);
        }}
        title={`Freeze ${formatCount(count)} cards?`}
        description={`From ${poolName}. The batch is validated against lead-record v1 before anything leaves; once frozen it never changes. Automatic deliveries: ${options.autoDeliver.join(", ") || "none"}.`}
        footer={
          <>
            <Button data-autofocus onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button variant="primary" pending={create.isPending} onClick={() => create.mutate(selection)}>
              Freeze batch
            </Button>
          </>
        }
      >
        {create.error ? (
          <Alert tone="danger" live>
            {create.error.message}
          </Alert>
        ) : (
          <p className="text-sm text-muted">Every delivery attempt will be logged below, with retries for failures.</p>
        )}
      </Dialog>
    </Card>
  );
}
