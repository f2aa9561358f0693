import { afterAll, beforeAll, inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/server/db/client";
import { cloneDatabase, dropDatabase } from "./databases";

/**
 * Gives a test file its own migrated database (cloned from the run's template) and a Prisma
 * client on it; both are dropped after the file. Use inside a describe or at the top of a file.
 */
export function useTestDatabase() {
  const state = {} as { url: string; db: PrismaClient };
  beforeAll(async () => {
    state.url = await cloneDatabase(inject("templateDatabaseUrl"));
    state.db = createPrismaClient(state.url);
  });
  afterAll(async () => {
    await state.db?.$disconnect();
    if (state.url) await dropDatabase(state.url);
  });
  return state;
}
