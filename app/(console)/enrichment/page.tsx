import type { Metadata } from "next";
import { NoAccess } from "@/components/console/no-access";
import { Approvals } from "@/components/enrichment/approvals";
import { Batches } from "@/components/enrichment/batches";
import { CostSummary } from "@/components/enrichment/cost-summary";
import { batchStatuses, SandboxBanner } from "@/components/enrichment/enrichment-labels";
import { RequestPanel, type TRequestSource } from "@/components/enrichment/request-panel";
import { PageHeader } from "@/components/ui/page-header";
import { getServerApi } from "@/server/api/server-caller";
import { can } from "@/server/domain/auth/roles";
import { requirePage } from "../_lib/require-page";

export const metadata: Metadata = { title: "Enrichment" };

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `?cards=id,id` / `?pool=id` / `?selection=key` (a large table selection kept in the tab) open the request panel. */
function requestSource(params: Record<string, string | string[] | undefined>): TRequestSource | null {
  const cards = first(params.cards)?.split(",").map((id) => id.trim().toLowerCase()).filter((id) => UUID.test(id));
  if (cards?.length) return { cardIds: [...new Set(cards)] };
  const pool = first(params.pool);
  if (pool && UUID.test(pool)) return { poolId: pool.toLowerCase() };
  const selection = first(params.selection);
  if (selection && UUID.test(selection)) return { storageKey: selection };
  return null;
}

export default async function EnrichmentPage({ searchParams }: { searchParams: TSearchParams }) {
  const { user, allowed, label } = await requirePage("/enrichment");
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  const canRequest = can(user.role, "requestEnrichment");
  const canApprove = can(user.role, "approveEnrichment");
  const source = canRequest ? requestSource(await searchParams) : null;

  const api = await getServerApi();
  const [pending, batches, policy] = await Promise.all([
    api.enrichment.list({ status: ["pending"], limit: 50 }),
    api.enrichment.list({ status: [...batchStatuses], limit: 20 }),
    // The policy (admin-only) says whether a provider is the sandbox now; others infer it from the requests' snapshots.
    can(user.role, "administer") ? api.enrichment.policy() : null,
  ]);
  const sandboxNow = policy ? policy.value.providers.some((p) => p.enabled && p.sandbox) : [...pending.items, ...batches.items].some((r) => r.sandbox);

  return (
    <>
      <PageHeader
        title="Enrichment"
        description={
          canApprove
            ? "Requests for contact data, their approval (never your own), the batches that run them, and what they cost."
            : "Ask for contact data for eligible cards, follow the approval, watch batches run and what they cost."
        }
      />
      <div className="space-y-4">
        {sandboxNow ? <SandboxBanner /> : null}
        {source ? <RequestPanel source={source} /> : null}
        <Approvals initial={pending} currentUserId={user.id} canDecide={canApprove} />
        <Batches initial={batches} />
        <CostSummary />
      </div>
    </>
  );
}
