import { ScrollText } from "lucide-react";
import type { Metadata } from "next";
import { ChainHead } from "@/components/audit/chain-head";
import { VerifyChainButton } from "@/components/audit/verify-chain-button";
import { NoAccess } from "@/components/console/no-access";
import { StagePlaceholder } from "@/components/console/stage-placeholder";
import { PageHeader } from "@/components/ui/page-header";
import { getServerApi } from "@/server/api/server-caller";
import { requirePage } from "../_lib/require-page";

export const metadata: Metadata = { title: "Audit" };

export default async function AuditPage() {
  const { user, allowed, label } = await requirePage("/audit");
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  const api = await getServerApi();
  const head = await api.audit.head();
  return (
    <>
      <PageHeader
        title="Audit"
        description="The tamper-evident record of every sign-in, change, import, enrichment and handoff."
        actions={<VerifyChainButton />}
      />
      <div className="space-y-4">
        <ChainHead head={head} />
        <StagePlaceholder
          icon={<ScrollText className="size-5" />}
          title="Audit trail browser not built yet"
          willShow="The full trail will be listed here by sequence with time, actor, event, target, outcome and cost, with filters, event detail, one person's trail, and CSV/JSONL export with a manifest."
          now="Events are already being recorded. Today you can verify the whole chain with the button above; the result is itself recorded as an audit event."
        />
      </div>
    </>
  );
}
