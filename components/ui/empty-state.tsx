import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * An honest empty state: what will appear here, and what the user can do now.
 * `headingLevel` keeps the document outline right wherever it is placed.
 */
export function EmptyState({
  icon,
  title,
  children,
  actions,
  headingLevel = 2,
  className,
}: {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  headingLevel?: 2 | 3;
  className?: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className={cn("flex flex-col items-center px-6 py-10 text-center", className)}>
      {icon ? (
        <div aria-hidden className="mb-3 flex size-10 items-center justify-center rounded-full bg-subtle text-muted">
          {icon}
        </div>
      ) : null}
      <Heading className="text-sm font-semibold text-fg">{title}</Heading>
      {children ? <div className="mt-1 max-w-md space-y-2 text-sm text-muted">{children}</div> : null}
      {actions ? <div className="mt-4 flex items-center gap-2">{actions}</div> : null}
    </div>
  );
}
