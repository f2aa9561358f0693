import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-lg font-semibold">Page not found</h1>
      <p className="text-sm text-muted">There is nothing at this address. It may have moved, or the link is wrong.</p>
      <Link href="/" className={buttonClasses("secondary")}>
        Go to the dashboard
      </Link>
    </main>
  );
}
