import { Sparkles } from "lucide-react";
import type { Metadata } from "next";
import { NoAccess } from "@/components/console/no-access";
import { StagePlaceholder } from "@/components/console/stage-placeholder";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/server/domain/auth/roles";
import { requirePage } from "../_lib/require-page";

export const metadata: Metadata = { title: "Enrichment" };

export default async function EnrichmentPage() {
  const { user, allowed, label } = await requirePage("/enrichment");
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  const approver = can(user.role, "approveEnrichment");
  return (
    <>
      <PageHeader title="Enrichment" description="Requests for contact data, their approval, and the batches that run them." />
      <StagePlaceholder
        icon={<Sparkles className="size-5" />}
        title="No enrichment requests"
        willShow={
          approver
            ? "Pending requests will appear here for approval with requester, cards, cost estimate and policy snapshot (you can never approve your own), followed by running and finished batches with progress, matches, credits and cost."
            : "Your requests will appear here with their approval status, followed by running and finished batches with progress, matches, credits and cost."
        }
        now="Requesting and approving enrichment is not built yet and no enrichment provider is connected, so nothing can be requested or spent today."
      />
    </>
  );
}
