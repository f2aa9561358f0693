export type TNavIconName = "dashboard" | "imports" | "pools" | "review" | "enrichment" | "audit" | "handoff" | "settings";

/** One sidebar entry, already filtered for the viewer's role by the server. */
export type TNavItem = { href: string; label: string; icon: TNavIconName };
