import { z } from "zod";
import type { Db } from "@/server/db/client";
import type { TRole } from "@/server/domain/auth/roles";

export type TSessionUserRecord = { id: string; email: string; name: string | null; role: TRole; active: boolean };

/**
 * The fields a signed-in session depends on, re-read from the database so a disabled or
 * re-roled user loses access on the next refresh. Null when the id is unknown (or not a uuid).
 */
export async function getSessionUser(db: Db, id: string): Promise<TSessionUserRecord | null> {
  if (!z.uuid().safeParse(id).success) return null;
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, active: true } });
}
