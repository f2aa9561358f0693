import type { ComponentProps } from "react";
import { cn } from "./cn";

/** Inline code / command snippet. */
export function Code({ className, ...props }: ComponentProps<"code">) {
  return <code className={cn("rounded bg-subtle px-1 py-px font-mono text-[0.85em] text-fg", className)} {...props} />;
}
