"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { EyeOff, Sparkles } from "lucide-react";
import Link from "next/link";
import { useId, useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableBody, TableCell, TableContainer, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { providerName } from "./enrichment-labels";

/**
 * Lead card → Enrichment: the card's contacts (values masked by the service for roles that may
 * not see them, with a note saying so) with dnc / tcpa / litigator flags, provider and fetch
 * time; businesses; and, for X-sourced cards, recording the lawful basis the gate asks for.
 */
export function CardEnrichment({ cardId, platform, canRequest }: { cardId: string; platform: string; canRequest: boolean }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.enrichment.cardContacts.queryOptions({ leadCardId: cardId }));
  const data = query.data;
  return (
    <Card aria-labelledby="card-enrichment" data-testid="card-enrichment" className="mt-4">
      <CardHeader
        id="card-enrichment"
        title="Enrichment results"
        description="Contact data from the enrichment providers. It lives only in the contacts table, never with the social profile."
        actions={
          canRequest ? (
            <Link href={`/enrichment?cards=${cardId}`} className={buttonClasses("secondary", "sm")}>
              <Sparkles aria-hidden className="size-3.5" />
              Request enrichment
            </Link>
          ) : null
        }
      />
      <CardBody className="space-y-3">
        {query.error ? <Alert tone="danger">Could not load enrichment results: {query.error.message}</Alert> : null}
        {!data && !query.error ? (
          <p className="text-sm text-muted" role="status">
            Loading enrichment results…
          </p>
        ) : null}
        {data?.masked && data.contacts.length ? (
          <p className="flex items-center gap-1.5 text-xs text-muted" data-testid="masked-note">
            <EyeOff aria-hidden className="size-3.5" />
            Values hidden for your role: compliance officers and admins see them in full.
          </p>
        ) : null}
        {data && data.contacts.length === 0 && data.businesses.length === 0 ? <p className="text-sm text-muted">No contact data: this card has not been enriched, or nothing was found.</p> : null}
        {data?.contacts.length ? (
          <TableContainer className="rounded-control border border-line">
            <Table data-testid="card-contacts">
              <caption className="sr-only">Contacts</caption>
              <TableHead>
                <tr>
                  <TableHeaderCell>Contact</TableHeaderCell>
                  <TableHeaderCell>Type</TableHeaderCell>
                  <TableHeaderCell>Flags</TableHeaderCell>
                  <TableHeaderCell>Provider</TableHeaderCell>
                  <TableHeaderCell>Fetched</TableHeaderCell>
                </tr>
              </TableHead>
              <TableBody>
                {data.contacts.map((c) => (
                  <TableRow key={c.id} data-testid="contact-row" data-masked={c.masked}>
                    <TableCell className="font-mono text-xs" data-testid="contact-value">
                      {c.value}
                    </TableCell>
                    <TableCell className="text-xs">
                      {c.type}
                      {c.subtype ? ` · ${c.subtype}` : ""}
                      {c.verificationStatus ? <span className="text-muted"> · {c.verificationStatus}</span> : null}
                    </TableCell>
                    <TableCell>
                      <span className="flex flex-wrap gap-1">
                        {c.dnc ? <Badge tone="danger">DNC</Badge> : null}
                        {c.tcpa ? <Badge tone="danger">TCPA</Badge> : null}
                        {c.litigator ? <Badge tone="danger">Litigator</Badge> : null}
                        {!c.dnc && !c.tcpa && !c.litigator ? <span className="text-xs text-muted">none</span> : null}
                      </span>
                    </TableCell>
                    <TableCell className="text-xs">
                      {providerName(c.provider)}
                      {c.providerRef ? <span className="block text-muted">{c.providerRef}</span> : null}
                    </TableCell>
                    <TableCell className="text-xs">
                      <LocalTime value={c.fetchedAt} />
                      {c.requestId ? (
                        <Link href={`/enrichment/${c.requestId}`} className="ml-1 text-muted hover:underline">
                          batch
                        </Link>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        ) : null}
        {data?.businesses.length ? (
          <ul className="space-y-1 text-sm" aria-label="Businesses">
            {data.businesses.map((b) => (
              <li key={b.id}>
                <span className="font-medium">{b.name}</span>
                <span className="ml-2 text-xs text-muted">
                  {[b.domain, b.industry, b.size, b.location, providerName(b.provider)].filter(Boolean).join(" · ")} · <LocalTime value={b.fetchedAt} />
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        {platform === "x" && canRequest ? <LawfulBasisForm cardId={cardId} /> : null}
      </CardBody>
    </Card>
  );
}

function LawfulBasisForm({ cardId }: { cardId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [basis, setBasis] = useState("");
  const record = useMutation(
    trpc.enrichment.recordLawfulBasis.mutationOptions({
      onSuccess: async () => {
        toast.success("Lawful basis recorded", { description: "The card can now be requested for enrichment (if it meets the rest of the policy)." });
        setBasis("");
        await queryClient.invalidateQueries({ queryKey: trpc.cards.get.queryKey({ id: cardId }) });
      },
    }),
  );
  return (
    <form
      className="space-y-2 border-t border-line pt-3"
      onSubmit={(event) => {
        event.preventDefault();
        record.mutate({ leadCardId: cardId, basis: basis.trim() });
      }}
    >
      <Field id={id} label="Lawful basis (X-sourced card)" hint="X's developer policy: record why matching this person to third-party contact data is lawful, e.g. “consent: opt-in form 2026-10-02”. No emails or phone numbers.">
        <Input id={id} value={basis} minLength={10} maxLength={500} onChange={(event) => setBasis(event.target.value)} aria-describedby={`${id}-hint`} />
      </Field>
      {record.error ? (
        <Alert tone="danger" live>
          {record.error.message}
        </Alert>
      ) : null}
      <Button type="submit" size="sm" disabled={basis.trim().length < 10} pending={record.isPending}>
        Record lawful basis
      </Button>
    </form>
  );
}
