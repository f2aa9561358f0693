import type { Db } from "@/server/db/client";
import { userDtoSelect, type TUserDto } from "./user-dto";

export async function listUsers(db: Db): Promise<TUserDto[]> {
  return db.user.findMany({ select: userDtoSelect, orderBy: [{ role: "asc" }, { email: "asc" }] });
}
