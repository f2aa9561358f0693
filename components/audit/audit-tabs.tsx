import Link from "next/link";
import { cn } from "@/components/ui/cn";

const tabs = [
  { href: "/audit", label: "Trail" },
  { href: "/audit/metrics", label: "Metrics" },
  { href: "/audit/erasure", label: "Erasure" },
  { href: "/audit/processing", label: "Record of processing" },
] as const;

export type TAuditTab = (typeof tabs)[number]["href"];

/** The compliance area's sections, under the one Audit entry of the sidebar. */
export function AuditTabs({ current }: { current: TAuditTab }) {
  return (
    <nav aria-label="Audit and compliance" className="mb-4 flex gap-1 border-b border-line">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.href === current ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-1.5 text-sm",
            tab.href === current ? "border-accent font-medium text-fg" : "border-transparent text-muted hover:text-fg",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
