import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "./generated/prisma/client";

/** A client or an open transaction: every service takes one so callers choose the boundary. */
export type Db = PrismaClient | Prisma.TransactionClient;
export type { PrismaClient };

export function createPrismaClient(databaseUrl: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: 10 });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { sxePrisma?: PrismaClient };

/** The process-wide client (one per process; survives Next.js dev reloads). */
export function getPrisma(databaseUrl: string): PrismaClient {
  globalForPrisma.sxePrisma ??= createPrismaClient(databaseUrl);
  return globalForPrisma.sxePrisma;
}
