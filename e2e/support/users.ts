import type { TRole } from "@/server/domain/auth/roles";

export type TE2eUser = { email: string; password: string; name: string; role: TRole };

/** One user per role, created by global setup through the real createUser service. */
export const e2eUsers: Record<TRole, TE2eUser> = {
  ADMIN: { role: "ADMIN", email: "ada.admin@e2e.sxe.test", password: "admin-e2e-password-1", name: "Ada Admin" },
  GROWTH: { role: "GROWTH", email: "gus.growth@e2e.sxe.test", password: "growth-e2e-password-1", name: "Gus Growth" },
  COMPLIANCE: { role: "COMPLIANCE", email: "cleo.compliance@e2e.sxe.test", password: "compliance-e2e-password-1", name: "Cleo Compliance" },
};

export const roles = Object.keys(e2eUsers) as TRole[];

/** Where each role's signed-in browser state is saved by sign-in.setup.ts. */
export const storageStatePath = (role: TRole) => `e2e/.auth/${role.toLowerCase()}.json`;

/** Exactly the sidebar each role must see, in order (architecture.md "Roles"). */
export const expectedNavigation: Record<TRole, string[]> = {
  ADMIN: ["Dashboard", "Imports", "Audience pools", "Review", "Enrichment", "Audit", "Handoff", "Settings"],
  GROWTH: ["Dashboard", "Imports", "Audience pools", "Review", "Enrichment"],
  COMPLIANCE: ["Dashboard", "Imports", "Audience pools", "Audit"],
};

export const consoleRoutes = ["/", "/imports", "/pools", "/review", "/enrichment", "/audit", "/handoff", "/settings"] as const;

/** Console pages below a section (dynamic segments), each with an example path to visit. */
export const consoleDetailRoutes = {
  "/imports/[id]": "/imports/00000000-0000-4000-8000-000000000000",
  "/cards/[id]": "/cards/00000000-0000-4000-8000-000000000000",
  "/enrichment/[id]": "/enrichment/00000000-0000-4000-8000-000000000000",
} as const;
