import { Prisma } from "@/server/db/generated/prisma/client";
import { requestDtoSelect } from "./enrichment-request-dto";

/** FROM/JOIN part shared by get and list (requester, approver, item counts per status). */
export const requestFrom = Prisma.sql`
  FROM enrichment_requests r
  JOIN users q ON q.id = r.requester_id
  LEFT JOIN users a ON a.id = r.approver_id
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE i.status = 'pending')::int AS pending, count(*) FILTER (WHERE i.status = 'running')::int AS running,
           count(*) FILTER (WHERE i.status = 'matched')::int AS matched, count(*) FILTER (WHERE i.status = 'unmatched')::int AS unmatched,
           count(*) FILTER (WHERE i.status = 'skipped')::int AS skipped, count(*) FILTER (WHERE i.status = 'failed')::int AS failed,
           count(*) FILTER (WHERE i.status = 'cancelled')::int AS cancelled, count(*)::int AS total
      FROM enrichment_items i WHERE i.request_id = r.id) p`;

export const requestSelect = Prisma.raw(`SELECT ${requestDtoSelect}`);
