import type { ReactNode } from "react";
import { cn } from "./cn";

const tones = {
  danger: "border-danger-soft bg-danger-soft text-danger-fg",
  warning: "border-warning-soft bg-warning-soft text-warning-fg",
  success: "border-success-soft bg-success-soft text-success-fg",
  info: "border-accent-soft bg-accent-soft text-accent-fg",
} as const;

/** Inline message. `role="alert"` for errors announced as they appear. */
export function Alert({ tone = "info", children, className, live = false }: { tone?: keyof typeof tones; children: ReactNode; className?: string; live?: boolean }) {
  return (
    <div role={live ? "alert" : undefined} className={cn("rounded-control border px-3 py-2 text-sm", tones[tone], className)}>
      {children}
    </div>
  );
}
