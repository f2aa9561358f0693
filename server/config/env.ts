import { z } from "zod";

/** A process's environment failed validation; the message names every offending variable. */
export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

const ZPostgresUrl = z
  .string({ error: "is required (a postgresql:// connection string)" })
  .refine((value) => /^postgres(ql)?:\/\//.test(value), "must start with postgresql:// or postgres://")
  .refine((value) => URL.canParse(value), "is not a valid URL");

const ZDatabaseEnv = z.object({
  DATABASE_URL: ZPostgresUrl,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

const ZWebEnv = ZDatabaseEnv.extend({
  NEXTAUTH_SECRET: z.string({ error: "is required (at least 32 random characters)" }).min(32, "must be at least 32 characters"),
  NEXTAUTH_URL: z.url({ error: "must be the console's public URL, e.g. http://localhost:3000" }).optional(),
  OIDC_ISSUER: z.url({ error: "must be the issuer URL of your OpenID Connect provider" }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("SSO"),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
}).superRefine((env, ctx) => {
  const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    ctx.addIssue({
      code: "custom",
      path: ["OIDC_ISSUER"],
      message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together to enable SSO",
    });
  }
});

const ZWorkerEnv = ZDatabaseEnv.extend({
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  WORKER_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
});

const ZStorageEnv = z.object({
  SXE_DATA_DIR: z.string().min(1).default(".data"),
  SXE_MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(1024 ** 3),
});

export type TStorageEnv = z.infer<typeof ZStorageEnv>;
export type TDatabaseEnv = z.infer<typeof ZDatabaseEnv>;
export type TWebEnv = z.infer<typeof ZWebEnv>;
export type TWorkerEnv = z.infer<typeof ZWorkerEnv>;

type Source = Record<string, string | undefined>;

function parseEnv<T>(schema: z.ZodType<T>, source: Source): T {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "environment"} ${issue.message}`);
  throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
}

export const readDatabaseEnv = (source: Source = process.env) => parseEnv(ZDatabaseEnv, source);
export const readWebEnv = (source: Source = process.env) => parseEnv(ZWebEnv, source);
export const readStorageEnv = (source: Source = process.env) => parseEnv(ZStorageEnv, source);
export const readWorkerEnv = (source: Source = process.env) => parseEnv(ZWorkerEnv, source);
