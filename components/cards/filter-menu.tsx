"use client";

import { ChevronDown } from "lucide-react";
import { useId, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { formatCompact, formatCount } from "@/components/ui/format";

/**
 * A compact dropdown built on <details>/<summary>: opens with Enter/Space, every option is a
 * real checkbox (Tab/Space), Escape closes it and returns focus to the toggle.
 */
export function MenuButton({ label, active, children, align = "start", testId }: { label: ReactNode; active?: boolean; children: ReactNode; align?: "start" | "end"; testId?: string }) {
  return (
    <details
      className="group relative"
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key === "Escape" && event.currentTarget.open) {
          event.currentTarget.open = false;
          event.currentTarget.querySelector("summary")?.focus();
        }
      }}
    >
      <summary
        className={cn(
          "inline-flex h-7 cursor-pointer list-none items-center gap-1 rounded-control border px-2 text-xs font-medium select-none hover:bg-subtle [&::-webkit-details-marker]:hidden",
          "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent",
          active ? "border-accent bg-accent-soft text-accent-fg" : "border-line bg-surface text-fg",
        )}
      >
        {label}
        <ChevronDown aria-hidden className="size-3 transition-transform group-open:rotate-180" />
      </summary>
      <div className={cn("absolute z-20 mt-1 max-h-80 min-w-56 overflow-y-auto rounded-card border border-line bg-surface p-1 shadow-lg", align === "end" ? "right-0" : "left-0")}>
        {children}
      </div>
    </details>
  );
}

export type TFacetOption = { value: string; label: string; count?: number };

/** Checkbox list of a facet's values with their counts; the selected values stay listed. */
export function FacetMenu({
  title,
  options,
  selected: fromUrl,
  onChange,
  approximate = false,
}: {
  title: string;
  options: TFacetOption[];
  selected: string[];
  onChange: (next: string[]) => void;
  /** Counts estimated from a sample: shown as "≈1.2k". */
  approximate?: boolean;
}) {
  const id = useId();
  // The URL catches up a tick after a click; keep the clicked state meanwhile so the box does not flicker back.
  const [pending, setPending] = useState<{ base: string; next: string[] } | null>(null);
  const base = fromUrl.join(",");
  const selected = pending && pending.base === base ? pending.next : fromUrl;
  return (
    <MenuButton label={selected.length ? `${title} · ${selected.length}` : title} active={selected.length > 0} testId={`facet-${title}`}>
      <fieldset>
        <legend className="sr-only">{title}</legend>
        {options.length === 0 ? <p className="px-2 py-1.5 text-xs text-muted">No values in this view</p> : null}
        {approximate ? <p className="px-2 py-1 text-[11px] text-muted">≈ counts estimated from a sample of the cards in view</p> : null}
        {options.map((option, index) => {
          const checked = selected.includes(option.value);
          return (
            <label key={option.value} htmlFor={`${id}-${index}`} className="flex cursor-pointer items-center gap-2 rounded px-2 py-1 text-xs hover:bg-subtle">
              <input
                id={`${id}-${index}`}
                type="checkbox"
                className="size-3.5 accent-accent"
                checked={checked}
                onChange={() => {
                  const next = checked ? selected.filter((v) => v !== option.value) : [...selected, option.value];
                  setPending({ base, next });
                  onChange(next);
                }}
              />
              <span className="flex-1 truncate">{option.label}</span>
              <span className="text-muted tabular-nums">{option.count === undefined ? "" : approximate ? `≈${formatCompact(option.count)}` : formatCount(option.count)}</span>
            </label>
          );
        })}
      </fieldset>
    </MenuButton>
  );
}
