import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { seedDemoUsers } from "./seed-demo-users";
import type { TSeedResult, TSeedStep } from "./seed-types";

export type { TDemoCredential, TSeedResult, TSeedStep, TSeedStepReport } from "./seed-types";

/** The default demo: users first; later stages append steps here (e.g. a demo audience). */
export const demoSeedSteps: TSeedStep[] = [{ name: "demo-users", run: seedDemoUsers }];

const seedActor: TAuditActor = { type: "system", id: "seed", label: "sxe seed" };

/**
 * Runs the seed steps in order. Every step is idempotent, so seeding twice changes nothing and
 * reports what already existed. Generated passwords appear in the result once and nowhere else.
 */
export async function seedDemo(
  db: PrismaClient,
  opts: { actor?: TAuditActor; log?: (line: string) => void; steps?: readonly TSeedStep[] } = {},
): Promise<TSeedResult> {
  const ctx = { actor: opts.actor ?? seedActor, log: opts.log ?? (() => {}) };
  const result: TSeedResult = { users: [], steps: [] };
  for (const step of opts.steps ?? demoSeedSteps) {
    const report = await step.run(db, ctx);
    result.steps.push(report);
    result.users.push(...(report.users ?? []));
  }
  return result;
}
