import type { Metadata } from "next";
import { AuditTabs, type TAuditTab } from "@/components/audit/audit-tabs";
import { AuditTrail } from "@/components/audit/audit-trail";
import { ChainStatus } from "@/components/audit/chain-status";
import { ErasureWorkspace } from "@/components/compliance/erasure-workspace";
import { MetricsDashboard } from "@/components/compliance/metrics-dashboard";
import { ProcessingRecord } from "@/components/compliance/processing-record";
import { NoAccess } from "@/components/console/no-access";
import { Code } from "@/components/ui/code";
import { PageHeader } from "@/components/ui/page-header";
import { getServerApi } from "@/server/api/server-caller";
import { can } from "@/server/domain/auth/roles";
import { requirePage } from "../_lib/require-page";

export const metadata: Metadata = { title: "Audit" };

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;
const tabs = ["trail", "metrics", "erasure", "processing"] as const satisfies readonly TAuditTab[];

/** The compliance area: trail (default), metrics, erasure, record of processing — one sidebar entry, tabs in `?tab=`. */
export default async function AuditPage({ searchParams }: { searchParams: TSearchParams }) {
  const { user, allowed, label } = await requirePage("/audit");
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  const requested = (await searchParams).tab;
  const tab = tabs.find((t) => t === requested) ?? "trail";
  const api = await getServerApi();

  if (tab === "metrics") {
    return (
      <>
        <PageHeader title="Audit" description="Cost and volume across the pipeline: enrichment spend and match rates, imports, handoffs, spend per person." />
        <AuditTabs current="metrics" />
        <MetricsDashboard />
      </>
    );
  }
  if (tab === "erasure") {
    const reasons = await api.compliance.erasureReasons();
    return (
      <>
        <PageHeader title="Audit" description="Erase a person's data and suppress them from future imports. Every erasure is audited with counts only." />
        <AuditTabs current="erasure" />
        <ErasureWorkspace reasons={reasons} />
      </>
    );
  }
  if (tab === "processing") {
    return (
      <>
        <PageHeader title="Audit" description="The record of processing activities and the compliance settings it is generated from." />
        <AuditTabs current="processing" />
        <ProcessingRecord canEdit={can(user.role, "administer")} />
      </>
    );
  }
  const [status, eventNames] = await Promise.all([api.audit.status(), api.audit.events()]);
  return (
    <>
      <PageHeader
        title="Audit"
        description={
          <>
            The tamper-evident record of every sign-in, change, import, enrichment, handoff and erasure. Auditors verify an export offline with{" "}
            <Code>npx sxe audit verify --file export.jsonl --manifest manifest.json</Code>.
          </>
        }
      />
      <AuditTabs current="trail" />
      <div className="space-y-4">
        <ChainStatus status={status} />
        <AuditTrail eventNames={eventNames} />
      </div>
    </>
  );
}
