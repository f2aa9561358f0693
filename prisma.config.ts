import { defineConfig } from "prisma/config";

// Migrations are applied by `sxe migrate` (see server/db/migrate.ts); the Prisma CLI is used
// only for `prisma generate`, which needs DATABASE_URL to be set but never connects.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
