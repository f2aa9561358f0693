import Link from "next/link";
import { cn } from "@/components/ui/cn";

const tabs = [
  { id: "trail", href: "/audit", label: "Trail" },
  { id: "metrics", href: "/audit?tab=metrics", label: "Metrics" },
  { id: "erasure", href: "/audit?tab=erasure", label: "Erasure" },
  { id: "processing", href: "/audit?tab=processing", label: "Record of processing" },
] as const;

export type TAuditTab = (typeof tabs)[number]["id"];

/** The compliance area's sections, under the one Audit entry of the sidebar (`?tab=`). */
export function AuditTabs({ current }: { current: TAuditTab }) {
  return (
    <nav aria-label="Audit and compliance" className="mb-4 flex gap-1 border-b border-line">
      {tabs.map((tab) => (
        <Link
          key={tab.id}
          href={tab.href}
          aria-current={tab.id === current ? "page" : undefined}
          className={cn("-mb-px border-b-2 px-3 py-1.5 text-sm", tab.id === current ? "border-accent font-medium text-fg" : "border-transparent text-muted hover:text-fg")}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
