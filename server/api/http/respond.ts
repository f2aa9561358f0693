import { getCurrentUser, type TSessionUser } from "@/server/auth/session";
import { can, type TPermission } from "@/server/domain/auth/roles";
import { isDomainError, type TDomainErrorCode } from "@/server/domain/errors";

const statusByCode: Record<TDomainErrorCode, number> = { NOT_FOUND: 404, FORBIDDEN: 403, CONFLICT: 409, INVALID_STATE: 409, VALIDATION: 400, LIMIT_EXCEEDED: 413 };

export const jsonError = (status: number, message: string) => Response.json({ error: message }, { status });

/** Route-handler guard with the same answers as tRPC: 401 anonymous, 403 wrong role. */
export async function authorize(permission: TPermission): Promise<{ user: TSessionUser } | { response: Response }> {
  const user = await getCurrentUser();
  if (!user) return { response: jsonError(401, "Sign in to continue") };
  if (!can(user.role, permission)) return { response: jsonError(403, `Your role does not allow this (${permission})`) };
  return { user };
}

/** The one mapping of DomainError to HTTP for route handlers (tRPC has its own, in domain-error.ts). */
export function errorResponse(error: unknown): Response {
  if (isDomainError(error)) return jsonError(statusByCode[error.code], error.message);
  console.error(error);
  return jsonError(500, "Internal server error");
}
