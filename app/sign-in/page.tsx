import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/components/auth/safe-callback";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Sign in" };
// Reads the session cookie (a signed-in visitor is sent on), so it renders per request.
export const dynamic = "force-dynamic";

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: TSearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);

  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <div aria-hidden className="mx-auto mb-3 flex size-10 items-center justify-center rounded-lg bg-accent text-base font-bold text-white">
            SX
          </div>
          <h1 className="text-xl font-semibold tracking-tight">Social XPress Engine</h1>
          <p className="mt-1 text-sm text-muted">Sign in to the console</p>
        </div>
        <div className="rounded-card border border-line bg-surface p-5 shadow-sm">
          <SignInForm callbackUrl={callbackUrl} initialError={Boolean(params.error)} />
        </div>
        <p className="mt-4 text-center text-xs text-muted">Access is granted by an administrator. Every sign-in is audited.</p>
      </div>
    </main>
  );
}
