import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "@/server/auth/auth-options";

type TRouteContext = { params: Promise<{ nextauth: string[] }> };

/** next-auth's endpoints (csrf, providers, signin, callback, session, signout) under /api/auth. */
function handler(req: NextRequest, context: TRouteContext): Promise<Response> {
  return NextAuth(getAuthOptions())(req, context);
}

export { handler as GET, handler as POST };
