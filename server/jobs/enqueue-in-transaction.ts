import PgBoss from "pg-boss";
import { Prisma } from "@/server/db/generated/prisma/client";
import type { Db } from "@/server/db/client";
import type { TJobDefinition } from "./define-job";
import { PGBOSS_SCHEMA } from "./queues";

/**
 * pg-boss's SQL ($1…$n placeholders) run through a Prisma client or interactive transaction, as
 * bound parameters (Prisma.sql), so a job row can be written in the same transaction as the
 * change that asks for it.
 */
export function prismaJobExecutor(db: Db): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const parts = text.split(/\$(\d+)/);
      const strings = parts.filter((_, i) => i % 2 === 0);
      const params = parts.filter((_, i) => i % 2 === 1).map((n) => {
        const value = values[Number(n) - 1];
        return value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value;
      });
      const rows = await db.$queryRaw<unknown[]>(Prisma.sql(strings, ...params));
      return { rows };
    },
  };
}

/**
 * Sends a job through `db` (typically the caller's transaction): it exists only if that
 * transaction commits. No pg-boss connection or start is needed to send. Takes the job's
 * definition (not the registry, which imports the jobs: no import cycle).
 */
export function enqueueJobVia<TData extends object>(db: Db, job: TJobDefinition<TData>, data: TData, opts: PgBoss.SendOptions = {}): Promise<string | null> {
  const boss = new PgBoss({ db: prismaJobExecutor(db), schema: PGBOSS_SCHEMA });
  return boss.send(job.name, job.schema.parse(data), opts);
}
