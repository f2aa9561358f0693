import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/console/console-shell";
import { requireUser } from "@/server/auth/session";
import { navigationFor } from "./_lib/navigation";

// Per-request: every page reads the session cookie, so nothing here is prerendered at build time.
export const dynamic = "force-dynamic";

/** Every page in this group is signed-in only; each page also checks its own permission. */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <ConsoleShell user={user} nav={navigationFor(user.role)}>
      {children}
    </ConsoleShell>
  );
}
