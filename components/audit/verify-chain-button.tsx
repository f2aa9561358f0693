"use client";

import { useMutation } from "@tanstack/react-query";
import { ShieldCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { formatCount } from "@/components/ui/format";

/** Recomputes the whole chain on the server (which audits the check itself) and reports in a toast. */
export function VerifyChainButton() {
  const trpc = useTRPC();
  const router = useRouter();
  const verify = useMutation(
    trpc.audit.verify.mutationOptions({
      onSuccess: (result) => {
        if (result.ok) {
          toast.success("Audit chain verified", {
            description: `${formatCount(result.checked)} events checked up to #${result.headSeq ?? "0"}; every hash matches. Recorded as event #${result.recordedSeq}.`,
          });
        } else {
          toast.error("Audit chain is broken", {
            description: `First broken event: #${result.firstBroken?.seq ?? "?"} (${result.firstBroken?.reason ?? "unknown reason"}). Recorded as event #${result.recordedSeq}.`,
            duration: Infinity,
          });
        }
        router.refresh();
      },
      onError: (error) => toast.error("Could not verify the chain", { description: error.message }),
    }),
  );
  return (
    <Button variant="primary" onClick={() => verify.mutate()} pending={verify.isPending}>
      {verify.isPending ? null : <ShieldCheck aria-hidden className="size-4" />}
      {verify.isPending ? "Verifying…" : "Verify chain"}
    </Button>
  );
}
