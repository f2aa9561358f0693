import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import type { DomainError, TDomainErrorCode } from "@/server/domain/errors";

/** The one place a DomainError code becomes a tRPC (and so HTTP) code. */
export const trpcCodeForDomainError = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  INVALID_STATE: "PRECONDITION_FAILED",
  VALIDATION: "BAD_REQUEST",
  LIMIT_EXCEEDED: "TOO_MANY_REQUESTS",
} as const satisfies Record<TDomainErrorCode, TRPC_ERROR_CODE_KEY>;

export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: trpcCodeForDomainError[error.code], message: error.message, cause: error });
}
