"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { SettingVersion } from "@/components/settings/setting-version";
import { Select } from "@/components/ui/select";
import { describeSaveError, toDraft, toSaveInput, type THandoffConfigView, type THandoffDraft } from "./handoff-config-draft";
import { PushEndpointsEditor } from "./push-endpoints-editor";

const transports = [
  ["file", "File"],
  ["api_push", "API push"],
  ["queue", "Queue"],
] as const;
const flags = [
  ["dnc", "DNC"],
  ["tcpa", "TCPA"],
  ["litigator", "Litigator"],
] as const;
const dncActions = [
  { value: "drop_contact", label: "Drop the flagged contact, keep the record" },
  { value: "drop_record", label: "Leave the whole record out of the batch" },
];

const toggle = <T,>(list: readonly T[], value: T, on: boolean): T[] => (on ? [...new Set([...list, value])] : list.filter((v) => v !== value));

/**
 * Settings → Handoff (ADMIN): automatic deliveries, file directory, signed push endpoints (secrets
 * write-only: a hint is shown, an empty field keeps the stored one), the queue broker, max attempts
 * and the DNC rule. Saved as a new audited version of the `handoff` setting.
 */
export function HandoffConfigForm({ initial }: { initial: THandoffConfigView }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState<THandoffDraft>(() => toDraft(initial.value));
  const set = (patch: Partial<THandoffDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = useMutation(
    trpc.handoff.saveConfig.mutationOptions({
      onSuccess: async (result) => {
        toast.success(`Handoff settings saved as version ${result.version}`, { description: "The change is in the audit trail. Batches frozen from now on use it." });
        router.refresh();
        try {
          // saveConfig answers with the version only: read the (masked) setting again.
          const fresh = await queryClient.fetchQuery({ ...trpc.handoff.config.queryOptions(), staleTime: 0 });
          setSaved(fresh);
          setDraft(toDraft(fresh.value));
        } catch {
          toast.error("Saved, but the form could not reload the settings", { description: "Reload the page before editing again." });
        }
      },
    }),
  );
  const dirty = JSON.stringify(draft) !== JSON.stringify(toDraft(saved.value));
  const queueHint = saved.queue.environmentUrlSet ? "Empty: SXE_AMQP_URL from the environment is used." : "Empty: the queue transport is off (SXE_AMQP_URL is not set either).";

  return (
    <Card id="handoff" className="scroll-mt-4" aria-labelledby="handoff-config-title" data-testid="handoff-config-form">
      <CardHeader
        id="handoff-config-title"
        title="Handoff transports"
        description={
          <>
            <SettingVersion setting={saved} defaultLabel="Default settings" />
            {` · queue ${saved.queue.enabled ? "on" : "off"} · every change is audited`}
          </>
        }
      />
      <CardBody>
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(toSaveInput(draft, saved.version));
          }}
        >
          <div className="grid gap-4 md:grid-cols-2">
            <fieldset className="space-y-1">
              <legend className="text-xs font-medium">Deliver automatically after a batch is frozen</legend>
              <div className="flex flex-wrap gap-3">
                {transports.map(([transport, name]) => (
                  <label key={transport} className="flex items-center gap-1.5 text-sm">
                    <input type="checkbox" className="size-3.5 accent-accent" checked={draft.autoDeliver.includes(transport)} onChange={(e) => set({ autoDeliver: toggle(draft.autoDeliver, transport, e.target.checked) })} />
                    {name}
                  </label>
                ))}
              </div>
            </fieldset>
            <Field id="handoff-max-attempts" label="Attempts per delivery (1–10)">
              <Input id="handoff-max-attempts" type="number" inputMode="numeric" min={1} max={10} step={1} value={Number.isFinite(draft.maxAttempts) ? draft.maxAttempts : ""} onChange={(e) => set({ maxAttempts: e.target.valueAsNumber })} className="tabular-nums" />
            </Field>
            <Field id="handoff-file-directory" label="File directory" hint="Empty: <data dir>/handoff-out.">
              <Input id="handoff-file-directory" value={draft.fileDirectory ?? ""} maxLength={500} autoComplete="off" aria-describedby="handoff-file-directory-hint" onChange={(e) => set({ fileDirectory: e.target.value === "" ? null : e.target.value })} />
            </Field>
          </div>

          <PushEndpointsEditor endpoints={draft.pushEndpoints} onChange={(pushEndpoints) => set({ pushEndpoints })} />

          <fieldset className="grid gap-4 md:grid-cols-2">
            <legend className="mb-1 text-xs font-medium">Queue (CloudEvents on RabbitMQ)</legend>
            <Field id="handoff-amqp-url" label="Broker URL (amqp:// or amqps://)" hint={`${queueHint} A stored password is shown as •••• and kept if left so.`}>
              <Input id="handoff-amqp-url" value={draft.amqpUrl ?? ""} autoComplete="off" aria-describedby="handoff-amqp-url-hint" onChange={(e) => set({ amqpUrl: e.target.value === "" ? null : e.target.value })} />
            </Field>
            <Field id="handoff-exchange" label="Exchange">
              <Input id="handoff-exchange" value={draft.exchange} required maxLength={100} autoComplete="off" onChange={(e) => set({ exchange: e.target.value })} />
            </Field>
          </fieldset>

          <fieldset className="grid gap-4 md:grid-cols-2">
            <legend className="mb-1 text-xs font-medium">DNC rule</legend>
            <fieldset className="space-y-1">
              <legend className="text-xs font-medium">Contacts flagged</legend>
              <div className="flex flex-wrap gap-3">
                {flags.map(([flag, name]) => (
                  <label key={flag} className="flex items-center gap-1.5 text-sm">
                    <input type="checkbox" className="size-3.5 accent-accent" checked={draft.dnc.flags.includes(flag)} onChange={(e) => set({ dnc: { ...draft.dnc, flags: toggle(draft.dnc.flags, flag, e.target.checked) } })} />
                    {name}
                  </label>
                ))}
              </div>
            </fieldset>
            <Field id="handoff-dnc-action" label="DNC action">
              <Select id="handoff-dnc-action" value={draft.dnc.action} options={dncActions} onChange={(e) => set({ dnc: { ...draft.dnc, action: e.target.value === "drop_record" ? "drop_record" : "drop_contact" } })} />
            </Field>
          </fieldset>

          {save.error ? (
            <Alert tone="danger" live>
              <p>Not saved:</p>
              <ul className="list-disc pl-5" data-testid="handoff-config-errors">
                {describeSaveError(save.error.message, draft.pushEndpoints.map((e) => e.name)).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          <div className="flex items-center gap-2">
            <Button type="submit" variant="primary" disabled={!dirty} pending={save.isPending}>
              Save handoff settings
            </Button>
            <Button disabled={!dirty || save.isPending} onClick={() => {
                setDraft(toDraft(saved.value));
                save.reset();
              }}
            >
              Discard changes
            </Button>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
