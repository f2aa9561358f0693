import type { Metadata } from "next";
import { AuditTabs } from "@/components/audit/audit-tabs";
import { ErasureWorkspace } from "@/components/compliance/erasure-workspace";
import { NoAccess } from "@/components/console/no-access";
import { PageHeader } from "@/components/ui/page-header";
import { getServerApi } from "@/server/api/server-caller";
import { requirePage } from "../../_lib/require-page";

export const metadata: Metadata = { title: "Erasure" };

export default async function ErasurePage() {
  const { user, allowed, label } = await requirePage("/audit", "/audit/erasure");
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  const reasons = await (await getServerApi()).compliance.erasureReasons();
  return (
    <>
      <PageHeader title="Erasure" description="Erase a person's data and suppress them from future imports. Every erasure is audited with counts only." />
      <AuditTabs current="/audit/erasure" />
      <ErasureWorkspace reasons={reasons} />
    </>
  );
}
