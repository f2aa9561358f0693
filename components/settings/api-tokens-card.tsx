"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { LocalTime } from "@/components/ui/local-time";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableContainer, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";

type TToken = TRouterOutputs["apiTokens"]["list"][number];
const scopes = ["batches:read", "records:read"] as const;
const expiryOptions = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
  { value: "never", label: "Never" },
];

function tokenState(token: TToken, now: number): { label: string; tone: "success" | "danger" | "warning" } {
  if (token.revokedAt) return { label: "revoked", tone: "danger" };
  if (token.expiresAt && token.expiresAt.getTime() <= now) return { label: "expired", tone: "warning" };
  return { label: "active", tone: "success" };
}

function CreateTokenDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<string[]>([...scopes]);
  const [expiry, setExpiry] = useState("90");
  const [created, setCreated] = useState<string | null>(null);
  const create = useMutation(
    trpc.apiTokens.create.mutationOptions({
      onSuccess: async ({ token }) => {
        setCreated(token);
        await queryClient.invalidateQueries({ queryKey: trpc.apiTokens.list.queryKey() });
      },
    }),
  );
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({
      name: String(form.get("name") ?? ""),
      platform: String(form.get("platform") ?? ""),
      scopes: chosen.filter((s): s is (typeof scopes)[number] => (scopes as readonly string[]).includes(s)),
      expiresInDays: expiry === "never" ? null : Number(expiry),
    });
  }
  const close = (next: boolean) => {
    if (!next) {
      create.reset();
      setCreated(null);
    }
    onOpenChange(next);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={created ? "Copy the token now" : "Create API token"}
      description={created ? "It is shown this once; only its hash is stored." : "For one execution platform pulling batches from /api/handoff/v1. Audited."}
      footer={
        created ? (
          <Button variant="primary" onClick={() => close(false)}>Done</Button>
        ) : (
          <>
            <Button onClick={() => close(false)}>Cancel</Button>
            <Button type="submit" form="create-token-form" variant="primary" pending={create.isPending}>Create token</Button>
          </>
        )
      }
    >
      {created ? (
        <div className="space-y-2">
          <Input readOnly value={created} aria-label="New API token" data-testid="new-api-token" onFocus={(e) => e.currentTarget.select()} className="font-mono text-xs" />
          <Button size="sm" onClick={() => void navigator.clipboard?.writeText(created).then(() => toast.success("Token copied"))}>Copy</Button>
        </div>
      ) : (
        <form id="create-token-form" onSubmit={onSubmit} className="space-y-3">
          {create.error ? <Alert tone="danger" live>{create.error.message}</Alert> : null}
          <Field id="token-name" label="Name">
            <Input id="token-name" name="name" required maxLength={100} autoComplete="off" />
          </Field>
          <Field id="token-platform" label="Platform" hint="lower-case letters, digits, - and _ (e.g. acme-dialer)">
            <Input id="token-platform" name="platform" required maxLength={60} pattern="[a-z0-9][a-z0-9_\-]*" autoComplete="off" aria-describedby="token-platform-hint" />
          </Field>
          <fieldset className="space-y-1">
            <legend className="text-xs font-medium">Scopes</legend>
            {scopes.map((scope) => (
              <label key={scope} className="mr-3 inline-flex items-center gap-1.5 text-sm">
                <input type="checkbox" checked={chosen.includes(scope)} onChange={(e) => setChosen(e.target.checked ? [...chosen, scope] : chosen.filter((s) => s !== scope))} />
                <code>{scope}</code>
              </label>
            ))}
          </fieldset>
          <Field id="token-expiry" label="Expires after">
            <Select id="token-expiry" value={expiry} onChange={(e) => setExpiry(e.target.value)} options={expiryOptions} />
          </Field>
        </form>
      )}
    </Dialog>
  );
}

/** API tokens for execution platforms: create (shown once), list, revoke (with confirmation). */
export function ApiTokensCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tokens = useQuery(trpc.apiTokens.list.queryOptions());
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<TToken | null>(null);
  const [now] = useState(() => Date.now());
  const revoke = useMutation(
    trpc.apiTokens.revoke.mutationOptions({
      onSuccess: async (token) => {
        toast.success(`Token ${token.name} revoked`);
        setRevoking(null);
        await queryClient.invalidateQueries({ queryKey: trpc.apiTokens.list.queryKey() });
      },
    }),
  );
  return (
    <Card aria-labelledby="api-tokens-title">
      <CardHeader id="api-tokens-title" title="API tokens" description="Per-platform tokens for the handoff pull API; hashed at rest, scoped, expiring, revocable." actions={<Button size="sm" variant="primary" onClick={() => setCreating(true)}>Create token</Button>} />
      {tokens.error ? <Alert tone="danger" className="m-3">{tokens.error.message}</Alert> : null}
      {tokens.isPending ? (
        <p className="px-4 py-3 text-sm text-muted">Loading tokens…</p>
      ) : tokens.data?.length ? (
        <TableContainer>
          <Table>
            <caption className="sr-only">API tokens</caption>
            <TableHead>
              <tr>
                <TableHeaderCell>Name</TableHeaderCell>
                <TableHeaderCell>Platform</TableHeaderCell>
                <TableHeaderCell>Token</TableHeaderCell>
                <TableHeaderCell>Scopes</TableHeaderCell>
                <TableHeaderCell>Expires</TableHeaderCell>
                <TableHeaderCell>Last used</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell><span className="sr-only">Actions</span></TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {tokens.data.map((token) => {
                const state = tokenState(token, now);
                return (
                  <TableRow key={token.id} data-testid="api-token-row">
                    <TableCell>{token.name}</TableCell>
                    <TableCell><code className="text-xs">{token.platform}</code></TableCell>
                    <TableCell><code className="text-xs">{token.prefix}…</code></TableCell>
                    <TableCell className="text-xs">{token.scopes.join(", ")}</TableCell>
                    <TableCell className="text-xs">{token.expiresAt ? <LocalTime value={token.expiresAt} /> : "never"}</TableCell>
                    <TableCell className="text-xs">{token.lastUsedAt ? <LocalTime value={token.lastUsedAt} /> : "never"}</TableCell>
                    <TableCell><Badge tone={state.tone}>{state.label}</Badge></TableCell>
                    <TableCell>{state.label === "active" ? <Button size="sm" variant="ghost" onClick={() => setRevoking(token)}>Revoke</Button> : null}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      ) : (
        <EmptyState headingLevel={3} icon={<KeyRound className="size-5" />} title="No API tokens">
          <p>Create one per execution platform that pulls batches from the handoff API.</p>
        </EmptyState>
      )}
      <CreateTokenDialog open={creating} onOpenChange={setCreating} />
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke ${revoking?.name ?? "token"}?`}
        description={`${revoking?.platform ?? "The platform"} can no longer pull batches with it; requests get 401 at once. This cannot be undone.`}
        cancelLabel="Cancel"
        confirmLabel="Revoke token"
        pending={revoke.isPending}
        error={revoke.error}
        onConfirm={() => revoking && revoke.mutate({ id: revoking.id })}
        onCancel={() => {
          setRevoking(null);
          revoke.reset();
        }}
      />
    </Card>
  );
}
