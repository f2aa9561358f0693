import type { HTMLAttributes } from "react";
import { cn } from "./cn";

export type TBadgeTone = "neutral" | "accent" | "success" | "warning" | "danger";

const tones: Record<TBadgeTone, string> = {
  neutral: "bg-subtle text-muted border-line",
  accent: "bg-accent-soft text-accent-fg border-accent-soft",
  success: "bg-success-soft text-success-fg border-success-soft",
  warning: "bg-warning-soft text-warning-fg border-warning-soft",
  danger: "bg-danger-soft text-danger-fg border-danger-soft",
};

export function Badge({ tone = "neutral", className, ...props }: HTMLAttributes<HTMLSpanElement> & { tone?: TBadgeTone }) {
  return (
    <span
      className={cn("inline-flex items-center rounded border px-1.5 py-px text-[11px] leading-4 font-medium whitespace-nowrap", tones[tone], className)}
      {...props}
    />
  );
}
