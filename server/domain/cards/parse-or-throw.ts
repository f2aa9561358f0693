import type { z } from "zod";
import { DomainError } from "@/server/domain/errors";

/** Parses service input, turning the first zod issue into a VALIDATION DomainError. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError("VALIDATION", `${issue.path.join(".") || "input"}: ${issue.message}`);
  }
  return parsed.data;
}
