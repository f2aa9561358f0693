import { ClipboardCheck } from "lucide-react";
import type { Metadata } from "next";
import { NoAccess } from "@/components/console/no-access";
import { StagePlaceholder } from "@/components/console/stage-placeholder";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "../_lib/require-page";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const { user, allowed, label } = await requirePage("/review");
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  return (
    <>
      <PageHeader title="Review" description="Confirm or correct how lead cards were classified, one card at a time." />
      <StagePlaceholder
        icon={<ClipboardCheck className="size-5" />}
        title="Nothing to review"
        willShow="The review queue will show one lead card at a time with its classification, the terms that explain it and its confidence. You will label with 1–4, accept with a, and move with j and k."
        now="The review queue is not built yet, so there is nothing to do here today. The dashboard shows how many lead cards are tagged."
      />
    </>
  );
}
