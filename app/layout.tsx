import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppProviders } from "@/components/providers/app-providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Social XPress Engine", template: "%s · SXE" },
  description: "Governed social-audience intelligence console",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { themeColor: "#111827" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <AppProviders>{children}</AppProviders>
      </body>
    </html>
  );
}
