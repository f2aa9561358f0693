import type { ComponentProps } from "react";
import { cn } from "./cn";

export const controlClasses =
  "h-8 w-full rounded-control border border-line-strong bg-surface px-2.5 text-sm text-fg placeholder:text-muted " +
  "disabled:cursor-not-allowed disabled:bg-subtle aria-invalid:border-danger";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(controlClasses, className)} {...props} />;
}
