import { z } from "zod";
import { defineSetting } from "./define-setting";

/**
 * Handoff configuration: which transports run automatically when a batch is frozen, where the
 * file transport writes, the signed push endpoints (secrets are masked wherever they are shown),
 * the queue broker, and the DNC rule applied to contacts carrying compliance flags.
 */
export const handoffTransports = ["file", "api_push", "queue"] as const;
export const contactFlags = ["dnc", "tcpa", "litigator"] as const;

export const ZPushEndpoint = z
  .object({
    name: z.string().trim().regex(/^[a-z0-9][a-z0-9_-]{0,59}$/, "use lower-case letters, digits, - and _"),
    url: z.url().refine((u) => /^https?:\/\//.test(u), "must be http(s)"),
    /** HMAC-SHA256 key for X-SXE-Signature; never shown after saving. */
    secret: z.string().min(16, "at least 16 characters").max(200),
    enabled: z.boolean().default(true),
    timeoutMs: z.number().int().min(100).max(120_000).default(10_000),
  })
  .strict();
export type TPushEndpoint = z.infer<typeof ZPushEndpoint>;

export const ZHandoffConfig = z
  .object({
    /** Transports delivered automatically right after a batch is frozen. */
    autoDeliver: z.array(z.enum(handoffTransports)).max(3).default(["file"]),
    /** Folder the file transport copies a batch's files into (default: <SXE_DATA_DIR>/handoff-out). */
    fileDirectory: z.string().trim().min(1).max(500).nullable().default(null),
    pushEndpoints: z.array(ZPushEndpoint).max(20).default([]),
    /** Attempts per delivery before it is left failed (the worker retries failed ones later). */
    maxAttempts: z.number().int().min(1).max(10).default(3),
    /** amqp(s):// URL of the broker; the queue transport is off while neither this nor SXE_AMQP_URL is set. */
    amqpUrl: z.string().regex(/^amqps?:\/\//, "must start with amqp:// or amqps://").nullable().default(null),
    exchange: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/).default("sxe.events"),
    dnc: z
      .object({
        /** Contacts carrying any of these flags are not handed off… */
        flags: z.array(z.enum(contactFlags)).max(3).default(["dnc"]),
        /** …either by dropping the contact, or by leaving the whole record out of the batch. */
        action: z.enum(["drop_contact", "drop_record"]).default("drop_contact"),
      })
      .strict()
      .default({ flags: ["dnc"], action: "drop_contact" }),
  })
  .strict();
export type THandoffConfig = z.infer<typeof ZHandoffConfig>;
export type TDncRule = THandoffConfig["dnc"];

export const handoffSetting = defineSetting<THandoffConfig>({
  key: "handoff",
  description: "Handoff transports: auto-delivery, file directory, signed push endpoints, queue broker and the DNC rule.",
  schema: ZHandoffConfig,
  defaultValue: ZHandoffConfig.parse({}),
});

/** "••••abcd": enough to recognise a secret, never enough to use it. */
export const maskSecret = (secret: string) => `••••${secret.slice(-4)}`;

const MASK = "••••";
const amqpCredentials = /^(amqps?:\/\/[^:@/]+:)([^@/]+)(@)/;

/** The broker URL with its password masked ("amqp://user:••••@host"), for showing the setting. */
export const maskAmqpUrl = (url: string) => url.replace(amqpCredentials, `$1${MASK}$3`);

/**
 * The broker URL to store when an editor sends one back: a password left masked is the stored one.
 * Null when the masked password cannot be restored (nothing stored to keep): the editor must type it.
 */
export function restoreMaskedAmqpPassword(submitted: string, stored: string | null): string | null {
  const masked = submitted.match(amqpCredentials);
  if (!masked || masked[2] !== MASK) return submitted;
  const password = stored?.match(amqpCredentials)?.[2];
  return password ? submitted.replace(amqpCredentials, (_, head: string, _pw: string, at: string) => `${head}${password}${at}`) : null;
}
