import { can, type TPermission, type TRole } from "@/server/domain/auth/roles";
import type { TNavIconName, TNavItem } from "@/components/console/nav-types";

type TNavDefinition = { href: string; label: string; icon: TNavIconName; anyOf: readonly TPermission[] | "all" };

/** The console's sections, in sidebar order, with the permission(s) that unlock each one. */
export const consoleSections = [
  { href: "/", label: "Dashboard", icon: "dashboard", anyOf: "all" },
  { href: "/imports", label: "Imports", icon: "imports", anyOf: ["viewAudience"] },
  { href: "/pools", label: "Audience pools", icon: "pools", anyOf: ["viewAudience"] },
  { href: "/review", label: "Review", icon: "review", anyOf: ["reviewAndLabel"] },
  { href: "/enrichment", label: "Enrichment", icon: "enrichment", anyOf: ["requestEnrichment", "approveEnrichment"] },
  { href: "/audit", label: "Audit", icon: "audit", anyOf: ["audit"] },
  { href: "/handoff", label: "Handoff", icon: "handoff", anyOf: ["handoff"] },
  { href: "/settings", label: "Settings", icon: "settings", anyOf: ["administer"] },
] as const satisfies readonly TNavDefinition[];

export type TConsoleHref = (typeof consoleSections)[number]["href"];

export function mayOpen(role: TRole, anyOf: TNavDefinition["anyOf"]): boolean {
  return anyOf === "all" || anyOf.some((permission) => can(role, permission));
}

/** Only what the role may use (screens.md: "Navigation shows only what the role may use"). */
export function navigationFor(role: TRole): TNavItem[] {
  return consoleSections.filter((section) => mayOpen(role, section.anyOf)).map(({ href, label, icon }) => ({ href, label, icon }));
}

export function sectionFor(href: TConsoleHref): (typeof consoleSections)[number] {
  return consoleSections.find((section) => section.href === href)!;
}
