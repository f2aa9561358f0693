import { getPrisma, type PrismaClient } from "@/server/db/client";
import { readDatabaseEnv } from "@/server/config/env";

/**
 * The database handle the web process passes to services. Routers and pages get it from here
 * (they may not import server/db themselves), so every query still goes through a service.
 */
export function serviceDb(): PrismaClient {
  return getPrisma(readDatabaseEnv().DATABASE_URL);
}
