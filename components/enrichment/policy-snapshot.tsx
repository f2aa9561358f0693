import { labelNames, platformNames } from "@/components/cards/card-labels";
import { formatCount } from "@/components/ui/format";
import { money, providerName } from "./enrichment-labels";

type TSnapshotPolicy = {
  eligibleLabels?: string[]; minConfidence?: number; reviewRequired?: boolean; lawfulBasisRequiredFor?: string[]; cooldownDays?: number; currency?: string;
  budget?: Record<string, { credits: number; money: number }>;
  providers?: { provider: string; enabled: boolean; sandbox: boolean }[];
};

/** The policy a request was made (or approved) under, as the approver needs to read it. */
export function PolicySnapshot({ snapshot }: { snapshot: unknown }) {
  const value = (snapshot ?? {}) as { version?: number; policy?: TSnapshotPolicy };
  const policy = value.policy;
  if (!policy) return <p className="text-xs text-muted">No policy snapshot recorded.</p>;
  const currency = policy.currency ?? "USD";
  const rows: [string, string][] = [
    ["Version", value.version === undefined ? "—" : `v${value.version}`],
    ["Eligible labels", (policy.eligibleLabels ?? []).map((l) => labelNames[l] ?? l).join(", ") || "—"],
    ["Minimum confidence", policy.minConfidence === undefined ? "—" : policy.minConfidence.toFixed(2)],
    ["Review required", policy.reviewRequired ? "Yes" : "No"],
    ["Lawful basis required for", (policy.lawfulBasisRequiredFor ?? []).map((p) => platformNames[p] ?? p).join(", ") || "none"],
    ["Cooldown", `${formatCount(policy.cooldownDays ?? 0)} days`],
    ...Object.entries(policy.budget ?? {}).map(([window, cap]): [string, string] => [`Budget ${window.replace(/^per/, "per ").toLowerCase()}`, `${formatCount(cap.credits)} credits · ${money(cap.money, currency)}`]),
    ["Providers", (policy.providers ?? []).filter((p) => p.enabled).map((p) => `${providerName(p.provider)}${p.sandbox ? " (sandbox)" : ""}`).join(" → ") || "none"],
  ];
  return (
    <dl className="grid gap-x-4 text-xs sm:grid-cols-2" data-testid="policy-snapshot">
      {rows.map(([term, detail]) => (
        <div key={term} className="flex justify-between gap-2 border-b border-line py-0.5">
          <dt className="text-muted">{term}</dt>
          <dd className="text-right">{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
