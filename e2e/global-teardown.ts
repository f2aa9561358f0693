import { rm } from "node:fs/promises";
import { dropDatabase } from "@/server/testing/databases";
import { e2eDataDir, e2eDatabaseUrl } from "./support/env";

/** Drops the run's database and its uploads (set SXE_E2E_KEEP_DATABASE=1 to keep both for debugging). */
export default async function globalTeardown(): Promise<void> {
  if (process.env.SXE_E2E_KEEP_DATABASE === "1") {
    console.log(`Keeping e2e database ${e2eDatabaseUrl()} and uploads in ${e2eDataDir()}`);
    return;
  }
  await dropDatabase(e2eDatabaseUrl());
  await rm(e2eDataDir(), { recursive: true, force: true });
}
