import type { TRole } from "@/server/domain/auth/roles";

/** What our sessions carry (set in server/auth/auth-options.ts callbacks). */
declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string | null; role: TRole };
  }
  interface User {
    role?: TRole;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    id?: string;
    role?: TRole;
    /** Epoch ms of the last re-read of role/active from the database. */
    refreshedAt?: number;
  }
}
