"use client";

import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";
import { Toaster } from "sonner";
import { TRPCReactProvider } from "./trpc";

/** Everything client components need: session, tRPC + React Query, toasts. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <SessionProvider refetchOnWindowFocus={false}>
      <TRPCReactProvider>
        {children}
        <Toaster position="bottom-right" richColors closeButton toastOptions={{ className: "text-sm" }} />
      </TRPCReactProvider>
    </SessionProvider>
  );
}
