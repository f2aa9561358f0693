import type { Metadata } from "next";
import { AuditTabs } from "@/components/audit/audit-tabs";
import { AuditTrail } from "@/components/audit/audit-trail";
import { ChainStatus } from "@/components/audit/chain-status";
import { NoAccess } from "@/components/console/no-access";
import { Code } from "@/components/ui/code";
import { PageHeader } from "@/components/ui/page-header";
import { getServerApi } from "@/server/api/server-caller";
import { requirePage } from "../_lib/require-page";

export const metadata: Metadata = { title: "Audit" };

export default async function AuditPage() {
  const { user, allowed, label } = await requirePage("/audit");
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  const api = await getServerApi();
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
      <AuditTabs current="/audit" />
      <div className="space-y-4">
        <ChainStatus status={status} />
        <AuditTrail eventNames={eventNames} />
      </div>
    </>
  );
}
