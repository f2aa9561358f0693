import type { ComponentProps } from "react";
import { cn } from "./cn";

type TVariant = "primary" | "secondary" | "ghost" | "danger";
type TSize = "sm" | "md";

const variants: Record<TVariant, string> = {
  primary: "bg-accent text-white hover:bg-accent-hover border-transparent",
  secondary: "bg-surface text-fg border-line-strong hover:bg-subtle",
  ghost: "bg-transparent text-fg border-transparent hover:bg-subtle",
  danger: "bg-danger text-white hover:bg-danger-hover border-transparent",
};

const sizes: Record<TSize, string> = {
  sm: "h-7 px-2.5 text-xs gap-1.5",
  md: "h-8 px-3 text-sm gap-2",
};

export type TButtonProps = ComponentProps<"button"> & { variant?: TVariant; size?: TSize; pending?: boolean };

/** Classes for things that look like buttons but are links. */
export function buttonClasses(variant: TVariant = "secondary", size: TSize = "md", className?: string): string {
  return cn(
    "inline-flex shrink-0 items-center justify-center rounded-control border font-medium whitespace-nowrap transition-colors",
    "disabled:cursor-not-allowed disabled:opacity-60",
    variants[variant],
    sizes[size],
    className,
  );
}

export function Button({ variant = "secondary", size = "md", pending = false, className, disabled, children, type = "button", ...props }: TButtonProps) {
  return (
    <button
      type={type}
      className={buttonClasses(variant, size, className)}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      {...props}
    >
      {pending ? <span aria-hidden className="size-3 animate-spin rounded-full border-2 border-current border-t-transparent" /> : null}
      {children}
    </button>
  );
}
