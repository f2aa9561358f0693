import { explainConnectionError } from "@/server/db/connection";

/** Prisma's driver-adapter error kinds that mean "could not talk to the database at all". */
const adapterKinds: Record<string, string> = {
  DatabaseNotReachable: "ECONNREFUSED",
  SocketTimeout: "ETIMEDOUT",
  ConnectionClosed: "ECONNRESET",
  TlsConnectionError: "ECONNRESET",
  DatabaseDoesNotExist: "3D000",
  AuthenticationFailed: "28P01",
  DatabaseAccessDenied: "28000",
};
const prismaCodes: Record<string, string> = { P1001: "ECONNREFUSED", P1002: "ETIMEDOUT", P1017: "ECONNRESET", P1003: "3D000", P1000: "28P01", P1010: "28000" };
const driverCodes = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ECONNRESET", "3D000", "28P01", "28000"]);

type TErrorShape = { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } }; errors?: unknown };

function connectionCode(error: unknown): string | null {
  if (!error || typeof error !== "object") return null;
  const e = error as TErrorShape;
  const kind = e.meta?.driverAdapterError?.cause?.kind;
  if (typeof kind === "string" && adapterKinds[kind]) return adapterKinds[kind] ?? null;
  if (typeof e.code === "string" && prismaCodes[e.code]) return prismaCodes[e.code] ?? null;
  if (typeof e.code === "string" && driverCodes.has(e.code)) return e.code;
  if (Array.isArray(e.errors)) {
    for (const inner of e.errors) {
      const code = connectionCode(inner);
      if (code) return code;
    }
  }
  return null;
}

/**
 * If `error` means the database could not be reached (or refused us), a sentence naming host and
 * port and never the password; otherwise null. Understands pg errors and Prisma adapter errors.
 */
export function explainDatabaseError(error: unknown, databaseUrl: string): string | null {
  const code = connectionCode(error);
  return code ? explainConnectionError({ code }, databaseUrl) : null;
}
