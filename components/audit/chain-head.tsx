import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Code } from "@/components/ui/code";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import type { TRouterOutputs } from "@/components/providers/router-types";

type THead = TRouterOutputs["audit"]["head"];

/** The newest link of the hash chain: verifying recomputes every hash up to here. */
export function ChainHead({ head }: { head: THead }) {
  return (
    <Card aria-labelledby="chain-head">
      <CardHeader id="chain-head" title="Chain head" description="Each audit event's hash covers the one before it, so editing or deleting any event breaks every later hash." />
      {head ? (
        <CardBody>
          <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-2 text-sm" data-testid="chain-head">
            <dt className="text-muted">Sequence</dt>
            <dd className="font-medium tabular-nums">#{Number(head.seq).toLocaleString("en-US")}</dd>
            <dt className="text-muted">Latest event</dt>
            <dd>
              <Code>{head.event}</Code>
            </dd>
            <dt className="text-muted">Recorded</dt>
            <dd>
              <LocalTime value={head.occurredAt} />
            </dd>
            <dt className="text-muted">Head hash</dt>
            <dd className="min-w-0 font-mono text-xs break-all">{head.hash}</dd>
          </dl>
        </CardBody>
      ) : (
        <EmptyState headingLevel={3} title="Nothing audited yet">
          <p>The chain starts with the first audited event (a sign-in, a user change, an import).</p>
        </EmptyState>
      )}
    </Card>
  );
}
