"use client";

import { useMutation } from "@tanstack/react-query";
import { ArrowDown, ArrowUp } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { toast } from "sonner";
import { labelNames, platformNames } from "@/components/cards/card-labels";
import { useTRPC } from "@/components/providers/trpc";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SettingVersion } from "@/components/settings/setting-version";
import { providerName, SandboxBadge } from "./enrichment-labels";

type TPolicyState = TRouterOutputs["enrichment"]["policy"];
type TPolicy = TPolicyState["value"];
type TProvider = TPolicy["providers"][number];

const labels = ["USER", "PARTNER", "AFFILIATE", "FEEDBACK"] as const;
const platforms = ["x", "tiktok", "threads"] as const;
const windows = [
  ["perBatch", "Per batch"],
  ["perDay", "Per day (UTC)"],
  ["perMonth", "Per month (UTC)"],
] as const;
const keyVariables: Record<string, string> = { apollo: "SXE_APOLLO_API_KEY", batchdata: "SXE_BATCHDATA_API_KEY" };

const toggle = <T,>(list: readonly T[], value: T, on: boolean): T[] => (on ? [...new Set([...list, value])] : list.filter((v) => v !== value));

function NumberField({ label, value, onChange, step = "any", min = 0, max }: { label: string; value: number; onChange: (value: number) => void; step?: string; min?: number; max?: number }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} type="number" inputMode="decimal" step={step} min={min} max={max} value={Number.isFinite(value) ? value : ""} onChange={(event) => onChange(event.target.valueAsNumber)} className="tabular-nums" />
    </div>
  );
}

/**
 * Settings → Enrichment gate policy (ADMIN): eligible labels, minimum confidence, review, platform
 * lawful-basis rule, cooldown, budgets, and the provider waterfall with pricing and the sandbox
 * flag. Provider keys come from the environment and are never shown. Saved as a new audited version.
 */
export function PolicyForm({ initial }: { initial: TPolicyState }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [saved, setSaved] = useState(initial);
  const [policy, setPolicy] = useState<TPolicy>(initial.value);
  const set = (patch: Partial<TPolicy>) => setPolicy((p) => ({ ...p, ...patch }));
  const setProvider = (index: number, patch: Partial<TProvider>) =>
    setPolicy((p) => ({ ...p, providers: p.providers.map((provider, i) => (i === index ? ({ ...provider, ...patch } as TProvider) : provider)) }));
  const move = (index: number, by: -1 | 1) =>
    setPolicy((p) => {
      const next = [...p.providers];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return { ...p, providers: next };
    });
  const save = useMutation(
    trpc.enrichment.updatePolicy.mutationOptions({
      onSuccess: (result) => {
        toast.success(`Gate policy saved as version ${result.version}`, { description: "The change is in the audit trail. Pending requests are re-checked against it at approval." });
        setSaved({ value: result.value, version: result.version, updatedAt: new Date(), isDefault: false });
        setPolicy(result.value);
        router.refresh();
      },
    }),
  );
  const dirty = JSON.stringify(policy) !== JSON.stringify(saved.value);

  return (
    <Card aria-labelledby="policy-title" data-testid="policy-form">
      <CardHeader
        id="policy-title"
        title="Enrichment gate policy"
        description={
          <>
            <SettingVersion setting={saved} defaultLabel="Default policy" />
            {" · every change is audited"}
          </>
        }
      />
      <CardBody>
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate({ value: policy, expectedVersion: saved.version });
          }}
        >
          <div className="grid gap-4 md:grid-cols-2">
            <fieldset className="space-y-1">
              <legend className="text-xs font-medium">Eligible labels</legend>
              <div className="flex flex-wrap gap-3">
                {labels.map((label) => (
                  <label key={label} className="flex items-center gap-1.5 text-sm">
                    <input type="checkbox" className="size-3.5 accent-accent" checked={policy.eligibleLabels.includes(label)} onChange={(e) => set({ eligibleLabels: toggle(policy.eligibleLabels, label, e.target.checked) })} />
                    {labelNames[label]}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset className="space-y-1">
              <legend className="text-xs font-medium">Lawful basis required before matching (platform rule)</legend>
              <div className="flex flex-wrap gap-3">
                {platforms.map((platform) => (
                  <label key={platform} className="flex items-center gap-1.5 text-sm">
                    <input
                      type="checkbox"
                      className="size-3.5 accent-accent"
                      checked={policy.lawfulBasisRequiredFor.includes(platform)}
                      onChange={(e) => set({ lawfulBasisRequiredFor: toggle(policy.lawfulBasisRequiredFor, platform, e.target.checked) })}
                    />
                    {platformNames[platform]}
                  </label>
                ))}
              </div>
            </fieldset>
            <NumberField label="Minimum classification confidence (0–1)" value={policy.minConfidence} step="0.01" max={1} onChange={(v) => set({ minConfidence: v })} />
            <NumberField label="Re-enrichment cooldown (days)" value={policy.cooldownDays} step="1" onChange={(v) => set({ cooldownDays: v })} />
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-3.5 accent-accent" checked={policy.reviewRequired} onChange={(e) => set({ reviewRequired: e.target.checked })} />
              A human review (confirm or correct) is required first
            </label>
          </div>

          <fieldset className="space-y-2">
            <legend className="text-xs font-medium">Budget caps ({policy.currency})</legend>
            <div className="grid gap-3 sm:grid-cols-3">
              {windows.map(([key, name]) => (
                <div key={key} className="grid grid-cols-2 gap-2">
                  <NumberField label={`${name}: credits`} value={policy.budget[key].credits} onChange={(v) => set({ budget: { ...policy.budget, [key]: { ...policy.budget[key], credits: v } } })} />
                  <NumberField label={`${name}: money`} value={policy.budget[key].money} onChange={(v) => set({ budget: { ...policy.budget, [key]: { ...policy.budget[key], money: v } } })} />
                </div>
              ))}
            </div>
          </fieldset>

          <fieldset className="space-y-2">
            <legend className="text-xs font-medium">Providers, in waterfall order</legend>
            <ol className="divide-y divide-line rounded-control border border-line">
              {policy.providers.map((provider, index) => (
                <li key={provider.provider} className="flex flex-wrap items-end gap-3 px-3 py-2" data-testid="policy-provider">
                  <div className="min-w-40">
                    <p className="text-sm font-medium">
                      {index + 1}. {providerName(provider.provider)} {provider.sandbox ? <SandboxBadge /> : null}
                    </p>
                    <p className="text-xs text-muted">
                      Key: <span className="font-mono">••••••••</span> from {keyVariables[provider.provider]} (never shown)
                    </p>
                  </div>
                  <label className="flex items-center gap-1.5 text-sm">
                    <input type="checkbox" className="size-3.5 accent-accent" checked={provider.enabled} onChange={(e) => setProvider(index, { enabled: e.target.checked })} />
                    Enabled
                  </label>
                  <label className="flex items-center gap-1.5 text-sm">
                    <input type="checkbox" className="size-3.5 accent-accent" checked={provider.sandbox} onChange={(e) => setProvider(index, { sandbox: e.target.checked })} />
                    Sandbox (synthetic data)
                  </label>
                  {provider.provider === "apollo" ? (
                    <>
                      <div className="w-32">
                        <NumberField label="Money per credit" value={provider.moneyPerCredit} onChange={(v) => setProvider(index, { moneyPerCredit: v })} />
                      </div>
                      <div className="w-32">
                        <NumberField label="Credits per card (estimate)" value={provider.estimatedCreditsPerCard} max={100} onChange={(v) => setProvider(index, { estimatedCreditsPerCard: v })} />
                      </div>
                    </>
                  ) : (
                    <div className="w-32">
                      <NumberField label="Money per match" value={provider.moneyPerMatch} onChange={(v) => setProvider(index, { moneyPerMatch: v })} />
                    </div>
                  )}
                  <span className="ml-auto flex gap-1">
                    <Button size="sm" variant="ghost" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Move ${providerName(provider.provider)} up`}>
                      <ArrowUp aria-hidden className="size-3.5" />
                    </Button>
                    <Button size="sm" variant="ghost" disabled={index === policy.providers.length - 1} onClick={() => move(index, 1)} aria-label={`Move ${providerName(provider.provider)} down`}>
                      <ArrowDown aria-hidden className="size-3.5" />
                    </Button>
                  </span>
                </li>
              ))}
            </ol>
          </fieldset>

          {save.error ? (
            <Alert tone="danger" live>
              {save.error.message}
            </Alert>
          ) : null}
          <div className="flex items-center gap-2">
            <Button type="submit" variant="primary" disabled={!dirty} pending={save.isPending}>
              Save policy
            </Button>
            <Button disabled={!dirty || save.isPending} onClick={() => setPolicy(saved.value)}>
              Discard changes
            </Button>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
