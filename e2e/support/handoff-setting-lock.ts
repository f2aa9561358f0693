import pg from "pg";
import { e2eDatabaseUrl } from "./env";

/** Any fixed number: the advisory lock key guarding the shared `handoff` setting during a run. */
const HANDOFF_SETTING_LOCK = 73_004_207;

/**
 * The `handoff` setting is one row every spec shares, and a batch takes its DNC rule when it
 * freezes. The Settings journey changes the rule (drop_record), so it holds this lock exclusively
 * until it has put the setting back; specs in other files hold it shared while their batch freezes.
 * (handoff.spec.ts's own batch test runs before the journey, in the same worker.)
 */
export async function withHandoffSettingLock<T>(mode: "exclusive" | "shared", run: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    await client.query(mode === "exclusive" ? "SELECT pg_advisory_lock($1::bigint)" : "SELECT pg_advisory_lock_shared($1::bigint)", [HANDOFF_SETTING_LOCK]);
    return await run();
  } finally {
    await client.end(); // ending the session releases the lock
  }
}
