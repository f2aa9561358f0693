import Link from "next/link";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Code } from "@/components/ui/code";

type TOptions = TRouterOutputs["handoff"]["options"];

/** The configured transports and DNC rule (the `handoff` setting), secrets masked. */
export function TransportsCard({ options }: { options: TOptions }) {
  return (
    <Card aria-labelledby="transports-title">
      <CardHeader
        id="transports-title"
        title="Transports"
        description={`The handoff setting (version ${options.version}); changes are versioned and audited.`}
        actions={
          <Link href="/settings#handoff" className={buttonClasses("secondary", "sm")}>
            Edit in Settings
          </Link>
        }
      />
      <CardBody>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]" data-testid="handoff-transports">
          <dt className="text-muted">After freezing</dt>
          <dd>{options.autoDeliver.length ? options.autoDeliver.join(", ") : "no automatic delivery"}</dd>
          <dt className="text-muted">File directory</dt>
          <dd>{options.fileDirectory ? <Code>{options.fileDirectory}</Code> : "default (<data dir>/handoff-out)"}</dd>
          <dt className="text-muted">Push endpoints</dt>
          <dd>
            {options.pushEndpoints.length ? (
              <ul className="space-y-0.5">
                {options.pushEndpoints.map((e) => (
                  <li key={e.name}>
                    <Code>{e.name}</Code> {e.url} · secret {e.secret} · timeout {e.timeoutMs} ms {e.enabled ? <Badge tone="success">enabled</Badge> : <Badge>disabled</Badge>}
                  </li>
                ))}
              </ul>
            ) : (
              "none configured"
            )}
          </dd>
          <dt className="text-muted">Queue</dt>
          <dd>{options.queue.enabled ? <>on · exchange <Code>{options.queue.exchange}</Code></> : "off (set SXE_AMQP_URL or the setting's amqpUrl)"}</dd>
          <dt className="text-muted">DNC rule</dt>
          <dd>
            contacts flagged {options.dnc.flags.join(", ") || "(none)"}: {options.dnc.action === "drop_record" ? "the whole record is left out" : "the contact is dropped"}
          </dd>
        </dl>
      </CardBody>
    </Card>
  );
}
