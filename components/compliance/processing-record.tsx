"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Download, FileText } from "lucide-react";
import type { FormEvent } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";

const textareaClasses = "block w-full rounded-control border border-line bg-surface px-2 py-1.5 text-sm";
const lines = (v: FormDataEntryValue | null) => String(v ?? "").split("\n").map((s) => s.trim()).filter(Boolean);
const optional = (v: FormDataEntryValue | null) => (String(v ?? "").trim() ? String(v).trim() : null);
const days = (v: FormDataEntryValue | null) => (String(v ?? "").trim() ? Number(v) : null);

/** The Art. 30 record generated from configuration (download as Markdown or print-ready HTML) and, for admins, the settings behind it. */
export function ProcessingRecord({ canEdit }: { canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const record = useQuery(trpc.compliance.processingRecord.queryOptions());
  const settings = useQuery(trpc.compliance.settings.queryOptions());
  const save = useMutation(
    trpc.compliance.updateSetting.mutationOptions({
      onSuccess: async (result, input) => {
        toast.success("Setting saved", { description: `compliance ${input.name} is now version ${result.version}; the change is audited.` });
        await queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() });
      },
    }),
  );
  const s = settings.data;

  function submit(name: "retention" | "digests" | "record") {
    return (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      if (!s) return;
      const f = new FormData(e.currentTarget);
      const value =
        name === "retention"
          ? { rawProfileDays: days(f.get("rawProfileDays")), contactDays: days(f.get("contactDays")) }
          : name === "digests"
            ? { directory: optional(f.get("directory")) }
            : {
                controllerName: String(f.get("controllerName") ?? "").trim(),
                controllerContact: String(f.get("controllerContact") ?? "").trim(),
                dpoContact: optional(f.get("dpoContact")),
                lawfulBasis: String(f.get("lawfulBasis") ?? "").trim(),
                purposes: { ingest: String(f.get("p_ingest") ?? ""), classify: String(f.get("p_classify") ?? ""), enrich: String(f.get("p_enrich") ?? ""), handoff: String(f.get("p_handoff") ?? "") },
                dataSubjects: lines(f.get("dataSubjects")),
                dataCategories: lines(f.get("dataCategories")),
                transfers: optional(f.get("transfers")),
              };
      save.mutate({ name, value, expectedVersion: s[name].version });
    };
  }

  return (
    <div className="space-y-4">
      <Card aria-labelledby="art30">
        <CardHeader
          id="art30"
          title="Record of processing activities (GDPR Art. 30)"
          description="Generated from the current configuration: purposes per stage, categories of data and people, recipients (handoff targets), processors (enabled providers), retention."
          actions={
            <div className="flex gap-2">
              <a href="/api/compliance/processing-record?format=md" download className={buttonClasses("secondary", "sm")}>
                <Download aria-hidden className="size-3.5" /> Markdown
              </a>
              <a href="/api/compliance/processing-record?format=html" target="_blank" rel="noopener" className={buttonClasses("secondary", "sm")}>
                <FileText aria-hidden className="size-3.5" /> Print-ready HTML
              </a>
            </div>
          }
        />
        <CardBody>
          {record.error ? <Alert tone="danger">{record.error.message}</Alert> : null}
          {record.data ? <pre className="max-h-[28rem] overflow-auto rounded-control bg-subtle p-3 text-xs whitespace-pre-wrap">{record.data.markdown}</pre> : <p className="text-sm text-muted">Generating…</p>}
        </CardBody>
      </Card>

      {s ? (
        <Card aria-labelledby="compliance-settings">
          <CardHeader id="compliance-settings" title="Compliance settings" description={canEdit ? "Versioned; every change is audited." : "Admins edit these; every change is audited."} />
          <CardBody className="space-y-6">
            {save.error ? <Alert tone="danger" live>{save.error.message}</Alert> : null}
            <form onSubmit={submit("retention")} className="grid grid-cols-1 gap-3 md:grid-cols-[1fr_1fr_auto] md:items-end" aria-label="Retention">
              <Field id="ret-raw" label="Raw profile content: days after last seen (empty = keep)">
                <Input id="ret-raw" name="rawProfileDays" type="number" min={1} max={36500} defaultValue={s.retention.value.rawProfileDays ?? ""} disabled={!canEdit} />
              </Field>
              <Field id="ret-contacts" label="Contacts: days after fetched (empty = keep)">
                <Input id="ret-contacts" name="contactDays" type="number" min={1} max={36500} defaultValue={s.retention.value.contactDays ?? ""} disabled={!canEdit} />
              </Field>
              {canEdit ? <Button type="submit" size="sm" pending={save.isPending && save.variables?.name === "retention"}>Save retention</Button> : null}
            </form>
            <form onSubmit={submit("digests")} className="grid grid-cols-1 gap-3 md:grid-cols-[1fr_auto] md:items-end" aria-label="Audit digests">
              <Field id="digest-dir" label="Audit digest directory (empty = database only; SXE_AUDIT_DIGEST_DIR overrides)">
                <Input id="digest-dir" name="directory" defaultValue={s.digests.value.directory ?? ""} disabled={!canEdit} placeholder="/var/lib/sxe/audit-digests" />
              </Field>
              {canEdit ? <Button type="submit" size="sm" pending={save.isPending && save.variables?.name === "digests"}>Save directory</Button> : null}
            </form>
            <form onSubmit={submit("record")} className="grid grid-cols-1 gap-3 md:grid-cols-2" aria-label="Controller and purposes">
              <Field id="c-name" label="Controller name">
                <Input id="c-name" name="controllerName" required defaultValue={s.record.value.controllerName} disabled={!canEdit} />
              </Field>
              <Field id="c-contact" label="Controller contact">
                <Input id="c-contact" name="controllerContact" required defaultValue={s.record.value.controllerContact} disabled={!canEdit} />
              </Field>
              <Field id="c-dpo" label="DPO contact (optional)">
                <Input id="c-dpo" name="dpoContact" defaultValue={s.record.value.dpoContact ?? ""} disabled={!canEdit} />
              </Field>
              <Field id="c-transfers" label="Transfers to third countries (optional)">
                <Input id="c-transfers" name="transfers" defaultValue={s.record.value.transfers ?? ""} disabled={!canEdit} />
              </Field>
              <div className="md:col-span-2">
                <Field id="c-basis" label="Lawful basis">
                  <textarea id="c-basis" name="lawfulBasis" required rows={2} className={textareaClasses} defaultValue={s.record.value.lawfulBasis} disabled={!canEdit} />
                </Field>
              </div>
              {(["ingest", "classify", "enrich", "handoff"] as const).map((stage) => (
                <Field key={stage} id={`p-${stage}`} label={`Purpose: ${stage}`}>
                  <textarea id={`p-${stage}`} name={`p_${stage}`} required rows={2} className={textareaClasses} defaultValue={s.record.value.purposes[stage]} disabled={!canEdit} />
                </Field>
              ))}
              <Field id="c-subjects" label="Categories of people (one per line)">
                <textarea id="c-subjects" name="dataSubjects" rows={3} className={textareaClasses} defaultValue={s.record.value.dataSubjects.join("\n")} disabled={!canEdit} />
              </Field>
              <Field id="c-categories" label="Categories of data (one per line)">
                <textarea id="c-categories" name="dataCategories" rows={3} className={textareaClasses} defaultValue={s.record.value.dataCategories.join("\n")} disabled={!canEdit} />
              </Field>
              {canEdit ? (
                <div>
                  <Button type="submit" size="sm" pending={save.isPending && save.variables?.name === "record"}>
                    Save controller and purposes
                  </Button>
                </div>
              ) : null}
            </form>
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
