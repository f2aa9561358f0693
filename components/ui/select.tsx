import type { ComponentProps } from "react";
import { cn } from "./cn";
import { controlClasses } from "./input";

export type TSelectOption = { value: string; label: string };

/** A native select: keyboard and screen-reader behaviour for free. */
export function Select({ className, options, ...props }: ComponentProps<"select"> & { options: readonly TSelectOption[] }) {
  return (
    <select className={cn(controlClasses, "pr-7", className)} {...props}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
