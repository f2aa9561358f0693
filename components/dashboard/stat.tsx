import Link from "next/link";
import type { ReactNode } from "react";

/** A small labelled figure for the dashboard strip; a link when the viewer may open its screen. */
export function Stat({ label, value, note, href }: { label: string; value: ReactNode; note?: ReactNode; href?: string }) {
  const content = (
    <>
      <dt className="text-xs font-medium text-muted">{label}</dt>
      <dd className="mt-0.5 text-base font-semibold">{value}</dd>
      {note ? <dd className="text-xs text-muted">{note}</dd> : null}
    </>
  );
  return (
    <div className="rounded-card border border-line bg-surface">
      {href ? (
        <Link href={href} className="block rounded-card px-4 py-2.5 hover:bg-subtle/60">
          <dl>{content}</dl>
        </Link>
      ) : (
        <dl className="px-4 py-2.5">{content}</dl>
      )}
    </div>
  );
}
