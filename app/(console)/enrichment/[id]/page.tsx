import { TRPCError } from "@trpc/server";
import { ChevronLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NoAccess } from "@/components/console/no-access";
import { BatchDetail } from "@/components/enrichment/batch-detail";
import { buttonClasses } from "@/components/ui/button";
import { formatCount } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { getServerApi } from "@/server/api/server-caller";
import { can } from "@/server/domain/auth/roles";
import { requirePage } from "../../_lib/require-page";

export const metadata: Metadata = { title: "Enrichment batch" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function EnrichmentBatchPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, allowed, label } = await requirePage(
    "/enrichment",
    params.then(({ id }) => `/enrichment/${encodeURIComponent(id)}`),
  );
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  const { id } = await params;
  if (!UUID.test(id)) notFound();

  const api = await getServerApi();
  const request = await api.enrichment.get({ id, items: { limit: 50 } }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });

  return (
    <>
      <PageHeader
        title="Enrichment batch"
        description={`${formatCount(request.progress.total)} cards · requested by ${request.requester.email}`}
        actions={
          <Link href="/enrichment" className={buttonClasses("ghost", "sm")}>
            <ChevronLeft aria-hidden className="size-3.5" />
            Enrichment
          </Link>
        }
      />
      <BatchDetail initial={request} canCancel={can(user.role, "approveEnrichment")} />
    </>
  );
}
