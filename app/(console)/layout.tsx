import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/console/console-shell";
import { getCurrentUser } from "@/server/auth/session";
import { navigationFor } from "./_lib/navigation";
import { SignInRedirect } from "./_lib/sign-in-redirect";

// Per-request: every page reads the session cookie, so nothing here is prerendered at build time.
export const dynamic = "force-dynamic";

/**
 * Every page in this group is signed-in only. Anonymous visitors get no shell, only a redirect to
 * sign-in: from the page's own requirePage() (which knows its path, so sign-in returns there) or,
 * as a backstop for any page without it, from <SignInRedirect /> which uses requireUser().
 * Signed-in visitors get the shell with the sections their role may open; each page then checks
 * its own permission.
 */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <>
        {children}
        <SignInRedirect />
      </>
    );
  }
  return (
    <ConsoleShell user={user} nav={navigationFor(user.role)}>
      {children}
    </ConsoleShell>
  );
}
