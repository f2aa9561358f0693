import type { Metadata } from "next";
import { cardsQueryKey, parseCardsSearch } from "@/components/cards/cards-search";
import { NoAccess } from "@/components/console/no-access";
import { PoolsWorkspace } from "@/components/pools/pools-workspace";
import { PageHeader } from "@/components/ui/page-header";
import { getServerApi } from "@/server/api/server-caller";
import { can } from "@/server/domain/auth/roles";
import { requirePage } from "../_lib/require-page";
import { taxonomyNames } from "./taxonomy-names";

export const metadata: Metadata = { title: "Audience pools" };

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PoolsPage({ searchParams }: { searchParams: TSearchParams }) {
  const { user, allowed, label } = await requirePage("/pools");
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  const canEdit = can(user.role, "reviewAndLabel");

  // The cards page the URL asks for (same parsing as the table's URL state), rendered at once.
  const params = await searchParams;
  const search = parseCardsSearch((name) => {
    const value = params[name];
    return (Array.isArray(value) ? value[0] : value) ?? null;
  });
  const api = await getServerApi();
  const [pools, cards] = await Promise.all([
    api.pools.list(),
    api.cards.list({ filter: search.filter, sort: search.sort, cursor: search.cursor, limit: search.pageSize }).catch(() => api.cards.list({ filter: search.filter, sort: search.sort, limit: search.pageSize })),
  ]);

  return (
    <>
      <PageHeader
        title="Audience pools"
        description={
          canEdit
            ? "Groups of lead cards: one per import, saved filters, or hand-picked sets. Slice them, label in bulk and save what you find as a pool."
            : "Groups of lead cards: one per import, saved filters, or hand-picked sets. Your role reads them; Growth staff and admins label and build pools."
        }
      />
      <PoolsWorkspace pools={pools} initialCards={cards} initialKey={cardsQueryKey(search)} names={taxonomyNames()} canEdit={canEdit} />
    </>
  );
}
