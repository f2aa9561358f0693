import { createPrismaClient, type PrismaClient } from "@/server/db/client";
import { e2eDatabaseUrl } from "./env";

/** A Prisma client on the run's database, for assertions after UI actions. Disconnect when done. */
export function e2eDb(): PrismaClient {
  return createPrismaClient(e2eDatabaseUrl());
}
