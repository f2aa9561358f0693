import pino, { type DestinationStream, type Logger } from "pino";

/**
 * Structured JSON logs (pino). Log ids, counts and durations; never bios, contact data or secrets.
 * The redact list is a safety net for the secrets we know by name, at the top level and one or two
 * levels down (`{ user: { passwordHash } }`, `{ env: { DATABASE_URL } }`).
 */
export type TLogger = Logger;

const levels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
type TLevel = (typeof levels)[number];

const secretKeys = [
  "password",
  "passwordHash",
  "newPassword",
  "token",
  "tokenHash",
  "accessToken",
  "refreshToken",
  "secret",
  "apiKey",
  "authorization",
  "cookie",
  "DATABASE_URL",
  "TEST_DATABASE_URL",
  "databaseUrl",
  "connectionString",
  "NEXTAUTH_SECRET",
  "OIDC_CLIENT_SECRET",
];

export const redactPaths = [
  ...secretKeys,
  ...secretKeys.map((key) => `*.${key}`),
  ...secretKeys.map((key) => `*.*.${key}`),
  'req.headers["x-api-key"]',
];

export function resolveLogLevel(value: string | undefined = process.env.LOG_LEVEL): TLevel {
  const level = value?.trim().toLowerCase();
  return (levels as readonly string[]).includes(level ?? "") ? (level as TLevel) : "info";
}

/** A named logger (`{"name":"worker",…}`); level from LOG_LEVEL unless given. */
export function createLogger(name: string, opts: { level?: string; destination?: DestinationStream } = {}): TLogger {
  const options = {
    name,
    level: resolveLogLevel(opts.level),
    redact: { paths: redactPaths, censor: "[redacted]" },
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return opts.destination ? pino(options, opts.destination) : pino(options);
}
