"use client";

import { useQuery } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
import { getProviders, signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** One message for every failure reason, so the form never reveals which accounts exist. */
export const GENERIC_SIGN_IN_ERROR = "Email or password is incorrect, or the account is locked. Try again later.";
const UNREACHABLE_ERROR = "Sign-in is unavailable right now: the server did not answer. Try again in a moment.";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: boolean }) {
  const [error, setError] = useState<string | null>(initialError ? GENERIC_SIGN_IN_ERROR : null);
  const [pending, setPending] = useState(false);
  const providers = useQuery({ queryKey: ["next-auth", "providers"], queryFn: () => getProviders(), staleTime: Infinity });
  const sso = providers.data?.oidc;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
        callbackUrl,
      });
      if (!result || result.error || !result.ok) {
        setError(GENERIC_SIGN_IN_ERROR);
        setPending(false);
        return;
      }
      // A full navigation, so every server component and the session provider see the new cookie.
      window.location.assign(callbackUrl);
    } catch {
      setError(UNREACHABLE_ERROR);
      setPending(false);
    }
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-3" noValidate={false} aria-describedby={error ? "sign-in-error" : undefined}>
        {error ? (
          <Alert tone="danger" live>
            <span id="sign-in-error">{error}</span>
          </Alert>
        ) : null}
        <div className="space-y-1">
          <Label htmlFor="email">Email</Label>
          <Input id="email" name="email" type="email" autoComplete="username" required autoFocus spellCheck={false} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="password">Password</Label>
          <Input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        <Button type="submit" variant="primary" className="w-full" pending={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {sso ? (
        <>
          <div className="flex items-center gap-3 text-xs text-muted" aria-hidden>
            <span className="h-px flex-1 bg-line" />
            or
            <span className="h-px flex-1 bg-line" />
          </div>
          <Button className="w-full" onClick={() => void signIn("oidc", { callbackUrl })} disabled={pending}>
            <KeyRound aria-hidden className="size-4" />
            Sign in with SSO
          </Button>
        </>
      ) : null}
    </div>
  );
}
