import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import type { TRole } from "@/server/domain/auth/roles";

/** One demo account: `password` is set only when this run created it (shown once, never stored). */
export type TDemoCredential = {
  email: string;
  name: string;
  role: TRole;
  status: "created" | "exists";
  password: string | null;
};

export type TSeedContext = { actor: TAuditActor; log: (line: string) => void };

/** What one step reports: a summary for humans and any credentials it created. */
export type TSeedStepReport = { step: string; summary: string; users?: TDemoCredential[] };

/** Seeding is a list of idempotent steps; later stages append theirs (e.g. a demo audience). */
export type TSeedStep = { name: string; run: (db: PrismaClient, ctx: TSeedContext) => Promise<TSeedStepReport> };

export type TSeedResult = { users: TDemoCredential[]; steps: TSeedStepReport[] };
