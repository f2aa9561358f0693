import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Code } from "@/components/ui/code";
import { LocalTime } from "@/components/ui/local-time";
import { formatCount } from "@/components/ui/format";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { VerifyChainButton } from "./verify-chain-button";

type TStatus = TRouterOutputs["audit"]["status"];

/** Chain status: head, the last verification and its result, the latest digest taken outside the chain. */
export function ChainStatus({ status }: { status: TStatus }) {
  const { head, lastVerification: v, latestDigest: d } = status;
  return (
    <Card aria-labelledby="chain-status">
      <CardHeader
        id="chain-status"
        title="Chain status"
        description="Each event's hash covers the one before it; digests pin the head outside the chain, so deleting recent events is detectable too."
        actions={<VerifyChainButton />}
      />
      <CardBody>
        <dl className="grid grid-cols-[9rem_1fr] gap-x-4 gap-y-1.5 text-sm" data-testid="chain-head">
          <dt className="text-muted">Head</dt>
          <dd className="font-medium tabular-nums">{head ? `#${Number(head.seq).toLocaleString("en-US")}` : "empty chain"}</dd>
          {head ? (
            <>
              <dt className="text-muted">Latest event</dt>
              <dd>
                <Code>{head.event}</Code> · <LocalTime value={head.occurredAt} />
              </dd>
              <dt className="text-muted">Head hash</dt>
              <dd className="min-w-0 font-mono text-xs break-all">{head.hash}</dd>
            </>
          ) : null}
          <dt className="text-muted">Last verification</dt>
          <dd data-testid="last-verification">
            {v ? (
              <span className="inline-flex flex-wrap items-center gap-2">
                <Badge tone={v.ok ? "success" : "danger"}>{v.ok ? "intact" : `broken at #${v.brokenSeq ?? "?"}`}</Badge>
                <span>
                  {formatCount(v.checked)} events · <LocalTime value={v.occurredAt} /> · {v.actorLabel ?? "unknown"} (event #{v.seq})
                </span>
              </span>
            ) : (
              <span className="text-muted">never verified</span>
            )}
          </dd>
          <dt className="text-muted">Latest digest</dt>
          <dd>
            {d ? (
              <span>
                head #{Number(d.headSeq).toLocaleString("en-US")} · <LocalTime value={d.createdAt} /> · <span className="font-mono text-xs">{d.digestHash.slice(0, 16)}…</span>
              </span>
            ) : (
              <span className="text-muted">none yet (the worker writes one every 15 minutes)</span>
            )}
          </dd>
        </dl>
      </CardBody>
    </Card>
  );
}
