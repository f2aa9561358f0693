import { describe, expect, it } from "vitest";
import { EnvError } from "@/server/config/env";
import { MigrationError } from "@/server/db/migrate";
import { DomainError } from "@/server/domain/errors";
import { formatTable } from "./format-table";
import { CliError, describeCliError } from "./run-command";

const url = "postgresql://app:secretpw@db.internal:6543/sxe";

describe("describeCliError", () => {
  it.each([
    ["EnvError", new EnvError("Invalid environment:\n  DATABASE_URL is required"), 2, /DATABASE_URL/],
    ["DomainError", new DomainError("CONFLICT", "A user with email a@b.co already exists"), 1, /already exists/],
    ["MigrationError", new MigrationError("Migration 2026_x was modified after it was applied", "2026_x"), 1, /2026_x/],
    ["CliError", new CliError("interrupted", 130), 130, /interrupted/],
    ["unreachable database", { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } }, 1, /unreachable at app@db\.internal:6543/],
    ["anything else", new Error(`boom at ${url}`), 1, /boom at app@db\.internal:6543\/sxe/],
  ])("maps %s", (_name, error, exitCode, message) => {
    const described = describeCliError(error, url);
    expect(described.exitCode).toBe(exitCode);
    expect(described.message).toMatch(message);
    expect(described.message).not.toContain("secretpw");
  });
});

describe("formatTable", () => {
  it("pads columns under their headers", () => {
    expect(formatTable(["A", "LONGER"], [["xyz", "1"], ["", "22"]]).split("\n")).toEqual(["A    LONGER", "---  ------", "xyz  1", "     22"]);
  });
});
