import { z } from "zod";

export const roles = ["ADMIN", "GROWTH", "COMPLIANCE"] as const;
export const ZRole = z.enum(roles);
export type TRole = z.infer<typeof ZRole>;

/**
 * The role matrix (architecture.md "Roles"). Procedures, routes, navigation and the CLI all ask
 * this table; nothing else decides who may do what by role.
 */
export const permissions = {
  viewAudience: ["GROWTH", "COMPLIANCE", "ADMIN"],
  importAudience: ["GROWTH", "ADMIN"],
  reviewAndLabel: ["GROWTH", "ADMIN"],
  requestEnrichment: ["GROWTH", "ADMIN"],
  approveEnrichment: ["ADMIN"],
  seeContactValues: ["COMPLIANCE", "ADMIN"],
  audit: ["COMPLIANCE", "ADMIN"],
  handoff: ["ADMIN"],
  administer: ["ADMIN"],
} as const satisfies Record<string, readonly TRole[]>;

export type TPermission = keyof typeof permissions;

export const can = (role: TRole, permission: TPermission): boolean => (permissions[permission] as readonly TRole[]).includes(role);
