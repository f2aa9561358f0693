import { z } from "zod";
import { ZRole } from "@/server/domain/auth/roles";

/** What leaves the users service: never the password hash. */
export const ZUserDto = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string().nullable(),
  role: ZRole,
  active: z.boolean(),
  lastSignInAt: z.date().nullable(),
  createdAt: z.date(),
});
export type TUserDto = z.infer<typeof ZUserDto>;

export const userDtoSelect = { id: true, email: true, name: true, role: true, active: true, lastSignInAt: true, createdAt: true } as const;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();
export const ZEmail = z.string().trim().toLowerCase().pipe(z.email({ error: "must be a valid email address" }));
