/**
 * The audit trail's filters and page trail as URL search params (`event`, `actor`, `target`,
 * `outcome`, `from`, `to` as ISO, `before` = seq trail `120_70`, `size`). Parsed the same way on
 * the server (first page) and in the browser; anything malformed is dropped.
 */
export type TAuditFilterParams = { event?: string; actor?: string; target?: string; outcome?: "success" | "failure" | "denied"; from?: Date; to?: Date };

const outcomes = ["success", "failure", "denied"] as const;
export const AUDIT_PAGE_SIZES = [25, 50, 100, 200] as const;

type TGet = (name: string) => string | null | undefined;

const text = (v: string | null | undefined, max: number) => (v && v.trim() && v.length <= max ? v.trim() : undefined);
const date = (v: string | null | undefined) => {
  if (!v) return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
};

export function parseAuditFilter(get: TGet): TAuditFilterParams {
  const outcome = get("outcome");
  return {
    event: text(get("event"), 60),
    actor: text(get("actor"), 320),
    target: text(get("target"), 200),
    outcome: (outcomes as readonly string[]).includes(outcome ?? "") ? (outcome as TAuditFilterParams["outcome"]) : undefined,
    from: date(get("from")),
    to: date(get("to")),
  };
}

export function parseSeqTrail(value: string | null | undefined): string[] {
  if (!value) return [];
  const steps = value.split("_");
  return steps.every((s) => /^[1-9][0-9]{0,18}$/.test(s)) ? steps : [];
}

export function parseAuditPageSize(value: string | null | undefined): number {
  const n = Number(value);
  return (AUDIT_PAGE_SIZES as readonly number[]).includes(n) ? n : 50;
}

/** The filter as query params (for the URL and the export link). */
export function auditFilterQuery(filter: TAuditFilterParams): URLSearchParams {
  const q = new URLSearchParams();
  if (filter.event) q.set("event", filter.event);
  if (filter.actor) q.set("actor", filter.actor);
  if (filter.target) q.set("target", filter.target);
  if (filter.outcome) q.set("outcome", filter.outcome);
  if (filter.from) q.set("from", filter.from.toISOString());
  if (filter.to) q.set("to", filter.to.toISOString());
  return q;
}
