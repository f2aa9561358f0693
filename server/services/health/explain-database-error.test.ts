import { describe, expect, it } from "vitest";
import { explainDatabaseError } from "./explain-database-error";

const url = "postgresql://app:secretpw@db.internal:6543/sxe";

describe("explainDatabaseError", () => {
  it.each([
    ["a Prisma adapter 'not reachable'", { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } }, /unreachable at app@db\.internal:6543\/sxe/],
    ["a Prisma adapter 'no such database'", { code: "P1003", meta: { driverAdapterError: { cause: { kind: "DatabaseDoesNotExist" } } } }, /does not exist at app@db\.internal:6543/],
    ["a Prisma P1001", { code: "P1001" }, /unreachable/],
    ["a pg ECONNREFUSED", Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }), /unreachable/],
    ["a pg AggregateError", Object.assign(new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })]), {}), /unreachable/],
    ["bad credentials", { code: "28P01" }, /refused the credentials/],
  ])("explains %s without the password", (_name, error, expected) => {
    const message = explainDatabaseError(error, url);
    expect(message).toMatch(expected);
    expect(message).not.toContain("secretpw");
  });

  it.each([[new Error("boom")], [{ code: "P2002" }], [null], ["text"]])("ignores errors that are not about the connection: %j", (error) => {
    expect(explainDatabaseError(error, url)).toBeNull();
  });
});
