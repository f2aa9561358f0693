import type { HTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";

export function Card({ className, ...props }: HTMLAttributes<HTMLElement>) {
  return <section className={cn("rounded-card border border-line bg-surface", className)} {...props} />;
}

/** Card heading row: title (a real heading, level chosen by the page) and optional actions. */
export function CardHeader({ title, description, actions, level = 2, id }: { title: string; description?: ReactNode; actions?: ReactNode; level?: 2 | 3; id?: string }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="flex items-start justify-between gap-3 border-b border-line px-4 py-2.5">
      <div className="min-w-0">
        <Heading id={id} className="text-sm font-semibold text-fg">
          {title}
        </Heading>
        {description ? <p className="mt-0.5 text-xs text-muted">{description}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
    </div>
  );
}

export function CardBody({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn("px-4 py-3", className)} {...props} />;
}
