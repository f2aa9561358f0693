import { TRPCError } from "@trpc/server";
import { ChevronLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LeadCardTrail } from "@/components/audit/lead-card-trail";
import { CardDetail } from "@/components/cards/card-detail";
import { LabelBadge, platformNames } from "@/components/cards/card-labels";
import { NoAccess } from "@/components/console/no-access";
import { CardEnrichment } from "@/components/enrichment/card-enrichment";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getServerApi } from "@/server/api/server-caller";
import { can } from "@/server/domain/auth/roles";
import { requirePage } from "../../_lib/require-page";
import { taxonomyNames } from "../../pools/taxonomy-names";

export const metadata: Metadata = { title: "Lead card" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function LeadCardPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, allowed, label } = await requirePage(
    "/pools",
    params.then(({ id }) => `/cards/${encodeURIComponent(id)}`),
  );
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  const { id } = await params;
  if (!UUID.test(id)) notFound();

  const api = await getServerApi();
  const detail = await api.cards.get({ id }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { card } = detail;

  return (
    <>
      <PageHeader
        title={card.handle ? `@${card.handle}` : card.publicId}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            {card.displayName ? <span>{card.displayName}</span> : null}
            <span>{platformNames[card.platform] ?? card.platform}</span>
            <LabelBadge label={card.label} />
          </span>
        }
        actions={
          <Link href="/pools" className={buttonClasses("secondary", "sm")}>
            <ChevronLeft aria-hidden className="size-3.5" />
            Audience pools
          </Link>
        }
      />
      <CardDetail initial={detail} names={taxonomyNames()} canEdit={can(user.role, "reviewAndLabel")} />
      <CardEnrichment cardId={card.id} platform={card.platform} canRequest={can(user.role, "requestEnrichment")} />
      {can(user.role, "audit") ? <LeadCardTrail id={card.id} /> : null}
    </>
  );
}
