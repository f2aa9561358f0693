import os from "node:os";
import type { Command } from "commander";
import { EnvError, readDatabaseEnv } from "@/server/config/env";
import { createPrismaClient, type PrismaClient } from "@/server/db/client";
import { describeDatabaseUrl } from "@/server/db/connection";
import { MigrationError } from "@/server/db/migrate";
import type { TAuditActor } from "@/server/domain/audit/events";
import { isDomainError } from "@/server/domain/errors";
import { explainDatabaseError } from "@/server/services/health/explain-database-error";

/** Exit codes: 0 ok, 1 failed, 2 bad configuration, 3 audit chain broken, 130 interrupted. */
export const exitCodes = { ok: 0, failed: 1, config: 2, auditBroken: 3, interrupted: 130 } as const;

/** Ends a command with a message and a chosen exit code (e.g. the user pressed Ctrl-C). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = exitCodes.failed) {
    super(message);
    this.name = "CliError";
  }
}

export type TCliContext = {
  /** DATABASE_URL, validated on first use (EnvError names the variable). */
  databaseUrl(): string;
  /** A Prisma client on DATABASE_URL, created on first use and closed after the command. */
  db(): PrismaClient;
  /** Who the audit log says did it: the OS user running the CLI. */
  actor: TAuditActor;
  out(line?: string): void;
  json(value: unknown): void;
};

function cliActor(): TAuditActor {
  let username: string;
  try {
    username = os.userInfo().username;
  } catch {
    username = process.env.USER ?? "unknown";
  }
  return { type: "cli", id: username.slice(0, 100) || "unknown", label: "sxe cli" };
}

const jsonReplacer = (_key: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);

/** The one place CLI errors become messages and exit codes. Never prints the database password. */
export function describeCliError(error: unknown, databaseUrl: string | undefined): { exitCode: number; message: string } {
  if (error instanceof CliError) return { exitCode: error.exitCode, message: error.message };
  if (error instanceof EnvError) return { exitCode: exitCodes.config, message: error.message };
  if (isDomainError(error)) return { exitCode: exitCodes.failed, message: error.message };
  if (error instanceof MigrationError) return { exitCode: exitCodes.failed, message: error.message };
  const connection = databaseUrl ? explainDatabaseError(error, databaseUrl) : null;
  if (connection) return { exitCode: exitCodes.failed, message: connection };
  const raw = error instanceof Error ? error.message : String(error);
  return { exitCode: exitCodes.failed, message: databaseUrl ? raw.replaceAll(databaseUrl, describeDatabaseUrl(databaseUrl)) : raw };
}

const wantsStack = (command: Command) =>
  Boolean(command.optsWithGlobals<{ verbose?: boolean }>().verbose) || ["debug", "trace"].includes(process.env.LOG_LEVEL ?? "");

/** Wraps a command action: lazy env and database, error mapping, exit code, cleanup. */
export function runCommand<TOptions, TArgs extends unknown[] = []>(action: (ctx: TCliContext, options: TOptions, ...args: TArgs) => Promise<number | void>) {
  return async (...params: unknown[]): Promise<void> => {
    // commander calls actions with (...positional arguments, options, command)
    const command = params.at(-1) as Command;
    const options = params.at(-2) as TOptions;
    const args = params.slice(0, -2) as TArgs;
    let url: string | undefined;
    let db: PrismaClient | undefined;
    const ctx: TCliContext = {
      databaseUrl: () => (url ??= readDatabaseEnv().DATABASE_URL),
      db: () => (db ??= createPrismaClient(ctx.databaseUrl())),
      actor: cliActor(),
      out: (line = "") => void process.stdout.write(`${line}\n`),
      json: (value) => void process.stdout.write(`${JSON.stringify(value, jsonReplacer, 2)}\n`),
    };
    try {
      process.exitCode = (await action(ctx, options, ...args)) ?? exitCodes.ok;
    } catch (error) {
      const { exitCode, message } = describeCliError(error, url);
      process.stderr.write(`error: ${message}\n`);
      if (wantsStack(command) && error instanceof Error && error.stack) process.stderr.write(`${error.stack.replaceAll(url ?? "\u0000", "[DATABASE_URL]")}\n`);
      process.exitCode = exitCode;
    } finally {
      await db?.$disconnect().catch(() => {});
    }
  };
}
