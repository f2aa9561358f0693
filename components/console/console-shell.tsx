import type { ReactNode } from "react";
import type { TRole } from "@/server/domain/auth/roles";
import type { TNavItem } from "./nav-types";
import { RoleBadge } from "./role-badge";
import { Sidebar } from "./sidebar";
import { SignOutButton } from "./sign-out-button";

type TShellUser = { name: string | null; email: string; role: TRole };

/** The signed-in frame: skip link, sidebar with the role's sections, header with the user, main. */
export function ConsoleShell({ user, nav, children }: { user: TShellUser; nav: TNavItem[]; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded-control bg-surface px-3 py-2 text-sm font-medium focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <aside aria-label="Sections" className="sticky top-0 flex h-dvh w-56 shrink-0 flex-col bg-sidebar">
        <div className="flex h-12 items-center gap-2 border-b border-white/10 px-4">
          <span aria-hidden className="flex size-6 items-center justify-center rounded bg-accent text-[11px] font-bold text-white">
            SX
          </span>
          <span className="truncate text-[13px] font-semibold whitespace-nowrap text-white">Social XPress Engine</span>
        </div>
        <Sidebar items={nav} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-10 flex h-12 items-center justify-end gap-3 border-b border-line bg-surface px-5">
          <div className="flex min-w-0 items-center gap-2 text-right" data-testid="current-user">
            <div className="min-w-0 leading-tight">
              <div className="truncate text-sm font-medium">{user.name ?? user.email}</div>
              {user.name ? <div className="truncate text-xs text-muted">{user.email}</div> : null}
            </div>
            <RoleBadge role={user.role} />
          </div>
          <span aria-hidden className="h-5 w-px bg-line" />
          <SignOutButton />
        </header>
        <main id="main" tabIndex={-1} className="flex-1 px-5 py-5 focus:outline-none">
          {children}
        </main>
      </div>
    </div>
  );
}
