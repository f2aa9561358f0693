import { z } from "zod";

const ZHandoffEnv = z.object({
  /** amqp(s):// URL of the broker for the queue transport; the `handoff` setting's amqpUrl wins when set. */
  SXE_AMQP_URL: z.string().regex(/^amqps?:\/\//, "must start with amqp:// or amqps://").optional(),
  /** Public URL of the console, used for absolute schema URLs in events (default NEXTAUTH_URL, else http://localhost:3000). */
  SXE_PUBLIC_URL: z.url().optional(),
  NEXTAUTH_URL: z.url().optional(),
});

/** Handoff's optional environment, validated on use (a bad value names the variable). */
export function readHandoffEnv(source: Record<string, string | undefined> = process.env): { amqpUrl: string | null; publicUrl: string } {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([k, v]) => k in ZHandoffEnv.shape && v !== ""));
  const parsed = ZHandoffEnv.safeParse(cleaned);
  if (!parsed.success) throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return { amqpUrl: parsed.data.SXE_AMQP_URL ?? null, publicUrl: parsed.data.SXE_PUBLIC_URL ?? parsed.data.NEXTAUTH_URL ?? "http://localhost:3000" };
}
