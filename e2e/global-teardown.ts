import { dropDatabase } from "@/server/testing/databases";
import { e2eDatabaseUrl } from "./support/env";

/** Drops the run's database (set SXE_E2E_KEEP_DATABASE=1 to keep it for debugging). */
export default async function globalTeardown(): Promise<void> {
  if (process.env.SXE_E2E_KEEP_DATABASE === "1") {
    console.log(`Keeping e2e database ${e2eDatabaseUrl()}`);
    return;
  }
  await dropDatabase(e2eDatabaseUrl());
}
