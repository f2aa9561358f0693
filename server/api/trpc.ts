import { randomUUID } from "node:crypto";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import { getCurrentUser, type TSessionUser } from "@/server/auth/session";
import { can, type TPermission } from "@/server/domain/auth/roles";
import { isDomainError } from "@/server/domain/errors";
import { serviceDb } from "@/server/services/service-db";
import { toTRPCError } from "./domain-error";

export type { TSessionUser };

/** Who may call a procedure. Every procedure carries one in its meta (read by the RBAC test). */
export type TAccess = { kind: "public" } | { kind: "authed" } | { kind: "permission"; permission: TPermission };
export type TProcedureMeta = { access: TAccess };

export type TContext = { db: ReturnType<typeof serviceDb>; user: TSessionUser | null; requestId: string };

const ZRequestId = z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/);

/** Context for HTTP requests and the RSC caller: the next-auth session plus a request id for audit rows. */
export async function createTRPCContext(opts: { headers: Headers }): Promise<TContext> {
  const given = ZRequestId.safeParse(opts.headers.get("x-request-id"));
  return { db: serviceDb(), user: await getCurrentUser(), requestId: given.success ? given.data : randomUUID() };
}

const t = initTRPC
  .context<TContext>()
  .meta<TProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error, ctx }) {
      const hideMessage = error.code === "INTERNAL_SERVER_ERROR" && process.env.NODE_ENV === "production";
      return {
        ...shape,
        message: hideMessage ? "Internal server error" : shape.message,
        data: {
          ...shape.data,
          requestId: ctx?.requestId ?? null,
          zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Services throw DomainError; this is the only place it becomes a TRPCError. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isDomainError(result.error.cause)) throw toTRPCError(result.error.cause);
  return result;
});

const requireSignedIn = t.middleware(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue" });
  return next({ ctx: { user: ctx.user } });
});

function requirePermission(permission: TPermission) {
  return t.middleware(({ ctx, next }) => {
    if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue" });
    if (!can(ctx.user.role, permission)) throw new TRPCError({ code: "FORBIDDEN", message: `Your role does not allow this (${permission})` });
    return next({ ctx: { user: ctx.user } });
  });
}

// The bare builder stays private: procedures are made only through the helpers below, each of
// which declares its access in meta and enforces it before `.input()` is parsed.
const base = t.procedure.use(mapDomainErrors);

/** No sign-in needed. Use sparingly. */
export const publicProcedure = base.meta({ access: { kind: "public" } });
/** Any signed-in user; anonymous → UNAUTHORIZED. */
export const authedProcedure = base.meta({ access: { kind: "authed" } }).use(requireSignedIn);

/** Signed-in users whose role has `permission` (server/domain/auth/roles.ts); others → FORBIDDEN. */
export function permissionProcedure(permission: TPermission) {
  return base.meta({ access: { kind: "permission", permission } }).use(requirePermission(permission));
}

export const viewerProcedure = permissionProcedure("viewAudience");
export const growthProcedure = permissionProcedure("reviewAndLabel");
export const approverProcedure = permissionProcedure("approveEnrichment");
export const complianceProcedure = permissionProcedure("audit");
export const handoffProcedure = permissionProcedure("handoff");
export const adminProcedure = permissionProcedure("administer");

/** The audit actor for the signed-in user. */
export const userActor = (user: TSessionUser) => ({ type: "user" as const, id: user.id, label: user.email });
