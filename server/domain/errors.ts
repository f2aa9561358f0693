/** The one error type services throw; mapped to tRPC/HTTP/CLI exit codes in exactly one place each. */
export const domainErrorCodes = ["NOT_FOUND", "FORBIDDEN", "CONFLICT", "INVALID_STATE", "VALIDATION", "LIMIT_EXCEEDED"] as const;
export type TDomainErrorCode = (typeof domainErrorCodes)[number];

export class DomainError extends Error {
  constructor(
    readonly code: TDomainErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
