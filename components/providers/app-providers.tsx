"use client";

import { SessionProvider } from "next-auth/react";
import type { CSSProperties, ReactNode } from "react";
import { Toaster } from "sonner";
import { TRPCReactProvider } from "./trpc";

// Sonner's rich colours put ~4.3:1 text on their tinted backgrounds (below WCAG AA 4.5:1): use the
// console's own tone colours, which are chosen for AA on those tints.
const toastTones = {
  "--success-bg": "var(--color-success-soft)",
  "--success-text": "var(--color-success-fg)",
  "--error-bg": "var(--color-danger-soft)",
  "--error-text": "var(--color-danger-fg)",
  "--warning-bg": "var(--color-warning-soft)",
  "--warning-text": "var(--color-warning-fg)",
  "--info-bg": "var(--color-accent-soft)",
  "--info-text": "var(--color-accent-fg)",
} as CSSProperties;

/** Everything client components need: session, tRPC + React Query, toasts. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <SessionProvider refetchOnWindowFocus={false}>
      <TRPCReactProvider>
        {children}
        <Toaster position="bottom-right" richColors closeButton style={toastTones} toastOptions={{ className: "text-sm" }} />
      </TRPCReactProvider>
    </SessionProvider>
  );
}
