/** Where a connection string points, without its password: safe to print and log. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname || "localhost";
    const port = parsed.port || "5432";
    const database = parsed.pathname.replace(/^\//, "") || "(default)";
    const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : "";
    return `${user}${host}:${port}/${database}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

const unreachableCodes = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ECONNRESET"]);

/** Turns a driver error into a sentence that names host and port and never the password. */
export function explainConnectionError(error: unknown, url: string): string {
  const where = describeDatabaseUrl(url);
  const code = (error as { code?: string } | null)?.code;
  if (code && unreachableCodes.has(code)) return `Database unreachable at ${where} (${code}). Is PostgreSQL running and DATABASE_URL correct?`;
  if (code === "3D000") return `Database does not exist at ${where}. Create it (createdb) or fix DATABASE_URL.`;
  if (code === "28P01" || code === "28000") return `Database refused the credentials for ${where} (${code}).`;
  const message = error instanceof Error ? error.message : String(error);
  return `Database error at ${where}: ${message.replaceAll(url, where)}`;
}
