import type { PrismaClient } from "@/server/db/client";
import type { TRole } from "@/server/domain/auth/roles";
import { isDomainError } from "@/server/domain/errors";
import { createUser } from "@/server/services/users/create-user";
import { generateDemoPassword } from "./generate-demo-password";
import type { TDemoCredential, TSeedContext, TSeedStepReport } from "./seed-types";

export const demoUsers: readonly { email: string; name: string; role: TRole }[] = [
  { email: "admin@sxe.local", name: "Demo Admin", role: "ADMIN" },
  { email: "growth@sxe.local", name: "Demo Growth", role: "GROWTH" },
  { email: "compliance@sxe.local", name: "Demo Compliance", role: "COMPLIANCE" },
];

/** One user per role with a fresh random password; existing users are left exactly as they are. */
export async function seedDemoUsers(db: PrismaClient, ctx: TSeedContext): Promise<TSeedStepReport> {
  const users: TDemoCredential[] = [];
  for (const demo of demoUsers) {
    const existing = await db.user.findUnique({ where: { email: demo.email }, select: { id: true } });
    if (existing) {
      users.push({ ...demo, status: "exists", password: null });
      ctx.log(`${demo.email} exists (password unchanged)`);
      continue;
    }
    const password = generateDemoPassword();
    try {
      await createUser(db, { ...demo, password, via: "seed" }, ctx.actor);
      users.push({ ...demo, status: "created", password });
      ctx.log(`${demo.email} created`);
    } catch (error) {
      if (!(isDomainError(error) && error.code === "CONFLICT")) throw error;
      users.push({ ...demo, status: "exists", password: null }); // created concurrently by another seeder
    }
  }
  const created = users.filter((u) => u.status === "created").length;
  return { step: "demo-users", summary: `${created} created, ${users.length - created} already existed`, users };
}
