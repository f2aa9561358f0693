import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { permissions, roles, type TRole } from "@/server/domain/auth/roles";
import { useTestDatabase } from "@/server/testing/test-database";
import { appRouter, createCaller } from "./root";
import type { TAccess, TContext } from "./trpc";

/**
 * Enumerates every procedure of appRouter from its definition (nothing listed by hand) and proves
 * that anonymous callers get UNAUTHORIZED, roles without the declared permission get FORBIDDEN,
 * and roles with it get past the access check (other errors, e.g. BAD_REQUEST for empty input, are fine).
 */

const ZAccess = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("public") }),
  z.object({ kind: z.literal("authed") }),
  z.object({ kind: z.literal("permission"), permission: z.enum(Object.keys(permissions) as [keyof typeof permissions]) }),
]);

type TProcedureInfo = { path: string; type: string; access: TAccess | null };

function enumerateProcedures(): TProcedureInfo[] {
  // At runtime _def.procedures is flat ("users.create" → procedure); its declared type is nested.
  const flat = appRouter._def.procedures as Record<string, unknown>;
  return Object.entries(flat).map(([path, procedure]) => {
    const def = (procedure as { _def: { type: string; meta?: { access?: unknown } } })._def;
    const access = ZAccess.safeParse(def.meta?.access);
    return { path, type: def.type, access: access.success ? access.data : null };
  });
}

/** Procedures that are public on purpose (keep this short; each needs a reason). */
const PUBLIC_ON_PURPOSE: string[] = [];
const KNOWN = ["me.get", "dashboard.summary", "users.list", "users.create", "users.disable", "users.changeRole", "settings.list", "audit.head", "audit.verify"];

function allowedRoles(access: TAccess): readonly TRole[] {
  if (access.kind === "permission") return permissions[access.permission];
  return roles;
}

describe("RBAC over every tRPC procedure", () => {
  const t = useTestDatabase();
  const procedures = enumerateProcedures();

  const ctxFor = (role: TRole | null): TContext => ({
    db: t.db,
    user: role ? { id: randomUUID(), email: `${role.toLowerCase()}@rbac.test`, name: null, role } : null,
    requestId: "rbac-test",
  });

  async function call(path: string, role: TRole | null): Promise<unknown> {
    let target: unknown = createCaller(ctxFor(role));
    for (const key of path.split(".")) target = (target as Record<string, unknown>)[key];
    if (typeof target !== "function") throw new Error(`caller has no procedure at ${path}`);
    try {
      await (target as (input: unknown) => Promise<unknown>)(undefined);
      return null;
    } catch (error) {
      return error;
    }
  }

  const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : error === null ? "OK" : `non-tRPC error: ${String(error)}`);

  it("finds every known procedure by walking the router", () => {
    const paths = procedures.map((p) => p.path);
    expect(paths.length).toBeGreaterThanOrEqual(KNOWN.length);
    expect(paths).toEqual(expect.arrayContaining(KNOWN));
  });

  it("every procedure declares its access in meta", () => {
    const undeclared = procedures.filter((p) => p.access === null).map((p) => p.path);
    expect(undeclared).toEqual([]);
  });

  it("no procedure is public unless listed here on purpose", () => {
    expect(procedures.filter((p) => p.access?.kind === "public").map((p) => p.path)).toEqual(PUBLIC_ON_PURPOSE);
  });

  it("has no lazy routers (their procedures would escape this enumeration)", () => {
    expect(Object.keys(appRouter._def.lazy)).toEqual([]);
  });

  it("permission-gated procedures follow the role matrix", () => {
    const gates = Object.fromEntries(procedures.map((p) => [p.path, p.access?.kind === "permission" ? p.access.permission : p.access?.kind]));
    expect(gates).toMatchObject({
      "me.get": "authed",
      "dashboard.summary": "viewAudience",
      "users.list": "administer",
      "users.create": "administer",
      "users.disable": "administer",
      "users.changeRole": "administer",
      "settings.list": "administer",
      "audit.head": "audit",
      "audit.verify": "audit",
      "audit.status": "audit",
      "audit.events": "audit",
      "audit.list": "audit",
      "audit.cardTrail": "audit",
      "compliance.metrics": "audit",
      "compliance.erasureReasons": "audit",
      "compliance.erasurePreview": "audit",
      "compliance.erase": "audit",
      "compliance.erasures": "audit",
      "compliance.processingRecord": "audit",
      "compliance.settings": "audit",
      "compliance.updateSetting": "administer",
      "imports.list": "viewAudience",
      "imports.get": "viewAudience",
      "imports.cancel": "importAudience",
      "imports.preview": "importAudience",
      "imports.options": "viewAudience",
      "reports.phase": "viewAudience",
      "cards.list": "viewAudience",
      "cards.facets": "viewAudience",
      "cards.count": "viewAudience",
      "cards.get": "viewAudience",
      "cards.setTags": "reviewAndLabel",
      "cards.confirm": "reviewAndLabel",
      "review.queue": "reviewAndLabel",
      "pools.list": "viewAudience",
      "pools.names": "viewAudience",
      "pools.get": "viewAudience",
      "pools.createRule": "reviewAndLabel",
      "pools.createManual": "reviewAndLabel",
      "pools.rename": "reviewAndLabel",
      "pools.archive": "reviewAndLabel",
      "pools.addCards": "reviewAndLabel",
      "pools.removeCards": "reviewAndLabel",
      "enrichment.preview": "requestEnrichment",
      "enrichment.request": "requestEnrichment",
      "enrichment.list": "viewAudience",
      "enrichment.get": "viewAudience",
      "enrichment.approve": "approveEnrichment",
      "enrichment.reject": "approveEnrichment",
      "enrichment.cancel": "approveEnrichment",
      "enrichment.costs": "viewAudience",
      "enrichment.cardContacts": "viewAudience",
      "enrichment.recordLawfulBasis": "requestEnrichment",
      "enrichment.policy": "administer",
      "enrichment.updatePolicy": "administer",
      "handoff.list": "handoff",
      "handoff.get": "handoff",
      "handoff.options": "handoff",
      "handoff.preview": "handoff",
      "handoff.create": "handoff",
      "handoff.deliver": "handoff",
      "handoff.config": "administer",
      "handoff.saveConfig": "administer",
      "apiTokens.list": "administer",
      "apiTokens.create": "administer",
      "apiTokens.revoke": "administer",
    });
  });

  for (const procedure of enumerateProcedures()) {
    const access = procedure.access;
    if (!access || access.kind === "public") continue;

    it(`${procedure.path}: anonymous → UNAUTHORIZED`, async () => {
      expect(codeOf(await call(procedure.path, null))).toBe("UNAUTHORIZED");
    });

    for (const role of roles) {
      const allowed = allowedRoles(access).includes(role);
      it(`${procedure.path}: ${role} → ${allowed ? "allowed" : "FORBIDDEN"}`, async () => {
        const code = codeOf(await call(procedure.path, role));
        if (allowed) {
          expect(["UNAUTHORIZED", "FORBIDDEN"]).not.toContain(code);
          expect(code).not.toMatch(/^non-tRPC/);
        } else {
          expect(code).toBe("FORBIDDEN");
        }
      });
    }
  }
});
