import type { Metadata } from "next";
import { AuditTabs } from "@/components/audit/audit-tabs";
import { MetricsDashboard } from "@/components/compliance/metrics-dashboard";
import { NoAccess } from "@/components/console/no-access";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "../../_lib/require-page";

export const metadata: Metadata = { title: "Metrics" };

export default async function MetricsPage() {
  const { user, allowed, label } = await requirePage("/audit", "/audit/metrics");
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  return (
    <>
      <PageHeader title="Metrics" description="Cost and volume across the pipeline: enrichment spend and match rates, imports, handoffs, spend per person." />
      <AuditTabs current="/audit/metrics" />
      <MetricsDashboard />
    </>
  );
}
