import { SearchX } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/** An import job id that does not exist (or is not an id at all). */
export default function ImportJobNotFound() {
  return (
    <>
      <PageHeader title="Import job not found" />
      <Card data-testid="import-not-found">
        <EmptyState
          icon={<SearchX className="size-5" />}
          title="There is no import job at this address"
          actions={
            <Link href="/imports" className={buttonClasses("secondary")}>
              Back to imports
            </Link>
          }
        >
          <p>The link may be wrong, or the job was removed with its data.</p>
        </EmptyState>
      </Card>
    </>
  );
}
