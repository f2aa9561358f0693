import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { NoAccess } from "@/components/console/no-access";
import { ReviewPoolFilter } from "@/components/review/review-pool-filter";
import { ReviewQueue } from "@/components/review/review-queue";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getServerApi } from "@/server/api/server-caller";
import { requirePage } from "../_lib/require-page";
import { taxonomyNames } from "../pools/taxonomy-names";

export const metadata: Metadata = { title: "Review" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIRST_PAGE = 50;

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewPage({ searchParams }: { searchParams: TSearchParams }) {
  const { user, allowed, label } = await requirePage("/review");
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  const params = await searchParams;
  const raw = Array.isArray(params.pool) ? params.pool[0] : params.pool;
  const requested = raw && UUID.test(raw) ? raw.toLowerCase() : null;

  const api = await getServerApi();
  const [pools, queue] = await Promise.all([
    api.pools.names(),
    api.review.queue({ limit: FIRST_PAGE, poolId: requested }).then(
      (page) => ({ page, missing: false }),
      async (error: unknown) => {
        if (!(error instanceof TRPCError && error.code === "NOT_FOUND")) throw error;
        return { page: await api.review.queue({ limit: FIRST_PAGE }), missing: true };
      },
    ),
  ]);
  const poolId = queue.missing ? null : requested;

  return (
    <>
      <PageHeader
        title="Review"
        description="Confirm or correct how lead cards were classified, one card at a time, from the keyboard."
        actions={<ReviewPoolFilter pools={pools} poolId={poolId} />}
      />
      {queue.missing || (raw && !requested) ? (
        <Alert tone="warning" className="mb-3">
          That pool does not exist (or was removed); the queue shows all lead cards.
        </Alert>
      ) : null}
      <ReviewQueue key={poolId ?? "all"} initial={queue.page} poolId={poolId} names={taxonomyNames()} />
    </>
  );
}
