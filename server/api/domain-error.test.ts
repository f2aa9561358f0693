import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError, domainErrorCodes } from "@/server/domain/errors";
import { toTRPCError, trpcCodeForDomainError } from "./domain-error";
import { createCallerFactory, publicProcedure, router } from "./trpc";

const expected = [
  ["NOT_FOUND", "NOT_FOUND"],
  ["FORBIDDEN", "FORBIDDEN"],
  ["CONFLICT", "CONFLICT"],
  ["INVALID_STATE", "PRECONDITION_FAILED"],
  ["VALIDATION", "BAD_REQUEST"],
  ["LIMIT_EXCEEDED", "TOO_MANY_REQUESTS"],
] as const;

// A throwaway router: procedures that throw, called through the real middleware stack.
const testRouter = router({
  throwDomain: publicProcedure.input(z.object({ code: z.enum(domainErrorCodes) })).query(({ input }): string => {
    throw new DomainError(input.code, `boom ${input.code}`, { id: "x" });
  }),
  throwPlain: publicProcedure.query((): string => {
    throw new Error("unexpected");
  }),
});
// Nothing here touches the database; the context only has to have the right shape.
const caller = createCallerFactory(testRouter)({ db: {} as never, user: null, requestId: "test" });

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("DomainError → tRPC code", () => {
  it("covers every domain code exactly as specified", () => {
    expect(Object.keys(trpcCodeForDomainError).sort()).toEqual([...domainErrorCodes].sort());
    expect(Object.entries(trpcCodeForDomainError).sort()).toEqual([...expected].map(([a, b]) => [a, b]).sort());
  });

  it.each(expected)("toTRPCError maps %s to %s and keeps message and cause", (domainCode, trpcCode) => {
    const cause = new DomainError(domainCode, "nope");
    const error = toTRPCError(cause);
    expect(error.code).toBe(trpcCode);
    expect(error.message).toBe("nope");
    expect(error.cause).toBe(cause);
  });

  it.each(expected)("a procedure throwing %s reaches the caller as %s", async (domainCode, trpcCode) => {
    const error = await errorOf(caller.throwDomain({ code: domainCode }));
    expect(error.code).toBe(trpcCode);
    expect(error.message).toBe(`boom ${domainCode}`);
    expect(error.cause).toBeInstanceOf(DomainError);
  });

  it("leaves other errors as INTERNAL_SERVER_ERROR", async () => {
    expect((await errorOf(caller.throwPlain())).code).toBe("INTERNAL_SERVER_ERROR");
  });

  it("reports bad input as BAD_REQUEST", async () => {
    expect((await errorOf(caller.throwDomain({ code: "NOPE" as never }))).code).toBe("BAD_REQUEST");
  });
});
