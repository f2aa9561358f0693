"use client";

import { ClipboardCheck, FileUp, LayoutDashboard, type LucideIcon, Send, Settings, ShieldCheck, Sparkles, Users } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import type { TNavIconName, TNavItem } from "./nav-types";

const icons: Record<TNavIconName, LucideIcon> = {
  dashboard: LayoutDashboard,
  imports: FileUp,
  pools: Users,
  review: ClipboardCheck,
  enrichment: Sparkles,
  audit: ShieldCheck,
  handoff: Send,
  settings: Settings,
};

function isActive(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** Primary navigation. The server decides which items the role sees; this only marks the current one. */
export function Sidebar({ items }: { items: TNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Primary" className="flex-1 overflow-y-auto px-2 py-3">
      <ul className="space-y-0.5">
        {items.map((item) => {
          const Icon = icons[item.icon];
          const active = isActive(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex h-8 items-center gap-2.5 rounded-control px-2.5 text-sm font-medium text-sidebar-fg transition-colors hover:bg-sidebar-active hover:text-white",
                  "focus-visible:outline-white",
                  active && "bg-sidebar-active text-white",
                )}
              >
                <Icon aria-hidden className="size-4 shrink-0" />
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
