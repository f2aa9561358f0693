"use client";

import { useId, useState } from "react";
import type { TTaxonomyNames } from "@/components/cards/card-labels";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { TReviewItem, TTagChanges } from "./review-types";

const dims = [
  { key: "industry", label: "Industry" },
  { key: "persona", label: "Persona" },
  { key: "tribe", label: "Tribe" },
] as const;

/**
 * `e` on the review queue: industry, persona and tribe as native selects (arrow keys and
 * type-ahead pick a value). Enter saves the changed fields, Esc cancels; nothing changed = cancel.
 */
export function ReviewEditForm({ item, names, pending, onSave, onCancel }: { item: TReviewItem; names: TTaxonomyNames; pending: boolean; onSave: (changes: TTagChanges) => void; onCancel: () => void }) {
  const id = useId();
  const [draft, setDraft] = useState({ industry: item.industry, persona: item.persona, tribe: item.tribe });
  const changes: TTagChanges = Object.fromEntries(dims.filter((d) => draft[d.key] !== item[d.key]).map((d) => [d.key, draft[d.key]]));
  const submit = () => (Object.keys(changes).length ? onSave(changes) : onCancel());
  const options = (dim: (typeof dims)[number]["key"]) => {
    const list = Object.entries(names[dim]).map(([value, label]) => ({ value, label: `${label} (${value})` }));
    return list.some((o) => o.value === item[dim]) ? list : [{ value: item[dim], label: item[dim] }, ...list];
  };

  return (
    <form
      aria-label={`Edit tags of ${item.handle ? `@${item.handle}` : item.publicId}`}
      className="space-y-3 rounded-control border border-accent bg-accent-soft/30 p-3"
      data-testid="review-edit-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        } else if (event.key === "Enter" && !(event.target instanceof HTMLButtonElement)) {
          event.preventDefault();
          submit();
        }
      }}
    >
      <div className="grid gap-3 sm:grid-cols-3">
        {dims.map((dim, index) => (
          <div key={dim.key} className="space-y-1">
            <label htmlFor={`${id}-${dim.key}`} className="block text-xs font-medium">
              {dim.label}
            </label>
            <Select
              id={`${id}-${dim.key}`}
              className="w-full"
              autoFocus={index === 0}
              options={options(dim.key)}
              value={draft[dim.key]}
              onChange={(event) => setDraft({ ...draft, [dim.key]: event.target.value })}
            />
          </div>
        ))}
      </div>
      <div className="flex items-center gap-2">
        <Button type="submit" size="sm" variant="primary" pending={pending}>
          Save tags
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <span className="text-xs text-muted">
          <kbd className="font-mono">Enter</kbd> saves · <kbd className="font-mono">Esc</kbd> cancels
        </span>
      </div>
    </form>
  );
}
