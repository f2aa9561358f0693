"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { toast } from "sonner";
import { useTRPCClient } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { labelNames, type TTaxonomyNames } from "./card-labels";
import { cardLabels, type TCardLabel } from "./cards-search";
import { useInvalidateCards } from "./use-invalidate-cards";

type TTags = { industry: string; persona: string; tribe: string; label: string | null };

/** GROWTH/ADMIN correct industry/persona/tribe/label (taxonomy slugs) → cards.setTags; only changed fields are sent. */
export function CardCorrections({ cardId, tags, names }: { cardId: string; tags: TTags; names: TTaxonomyNames }) {
  const client = useTRPCClient();
  const invalidate = useInvalidateCards();
  const id = useId();
  const [draft, setDraft] = useState<TTags>(tags);
  const [seen, setSeen] = useState(tags);
  if (seen !== tags && JSON.stringify(seen) !== JSON.stringify(tags)) {
    setSeen(tags);
    setDraft(tags);
  }
  const changes = {
    ...(draft.industry !== tags.industry ? { industry: draft.industry } : {}),
    ...(draft.persona !== tags.persona ? { persona: draft.persona } : {}),
    ...(draft.tribe !== tags.tribe ? { tribe: draft.tribe } : {}),
    ...(draft.label !== tags.label ? { label: (draft.label || null) as TCardLabel | null } : {}),
  };
  const changed = Object.keys(changes).length > 0;
  const save = useMutation({
    mutationFn: () => client.cards.setTags.mutate({ ids: [cardId], changes }),
    onSuccess: async () => {
      toast.success("Card corrected", { description: Object.keys(changes).join(", ") + " saved; the history shows the change." });
      await invalidate();
    },
    onError: (error) => toast.error("Could not save the correction", { description: error.message }),
  });

  const options = (names: Record<string, string>, current: string) => {
    const list = Object.entries(names).map(([value, label]) => ({ value, label: `${label} (${value})` }));
    return list.some((o) => o.value === current) ? list : [{ value: current, label: current }, ...list];
  };
  const fields = [
    { key: "industry", label: "Industry", options: options(names.industry, tags.industry) },
    { key: "persona", label: "Persona", options: options(names.persona, tags.persona) },
    { key: "tribe", label: "Tribe", options: options(names.tribe, tags.tribe) },
  ] as const;

  return (
    <form
      className="grid gap-3 sm:grid-cols-2"
      aria-label="Correct tags"
      onSubmit={(event) => {
        event.preventDefault();
        if (changed) save.mutate();
      }}
    >
      {fields.map((field) => (
        <div key={field.key} className="space-y-1">
          <label htmlFor={`${id}-${field.key}`} className="block text-xs font-medium">
            {field.label}
          </label>
          <Select id={`${id}-${field.key}`} className="w-full" options={field.options} value={draft[field.key]} onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })} />
        </div>
      ))}
      <div className="space-y-1">
        <label htmlFor={`${id}-label`} className="block text-xs font-medium">
          Label
        </label>
        <Select
          id={`${id}-label`}
          className="w-full"
          options={[...(tags.label ? [] : [{ value: "", label: "Unlabelled" }]), ...cardLabels.map((l) => ({ value: l, label: labelNames[l]! }))]}
          value={draft.label ?? ""}
          onChange={(event) => setDraft({ ...draft, label: event.target.value || null })}
        />
      </div>
      <div className="flex items-center gap-2 sm:col-span-2">
        <Button type="submit" size="sm" variant="primary" disabled={!changed} pending={save.isPending}>
          Save correction
        </Button>
        {changed ? (
          <Button size="sm" variant="ghost" onClick={() => setDraft(tags)}>
            Reset
          </Button>
        ) : null}
      </div>
    </form>
  );
}
