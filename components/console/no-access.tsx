import { Lock } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { TRole } from "@/server/domain/auth/roles";
import { roleLabel } from "./role-badge";

/** The 403 page a section renders when the viewer's role lacks its permission. */
export function NoAccess({ section, role }: { section: string; role: TRole }) {
  return (
    <>
      <PageHeader title={section} />
      <Card data-testid="no-access">
        <EmptyState
          icon={<Lock className="size-5" />}
          title="You don't have access"
          actions={
            <Link href="/" className={buttonClasses("secondary")}>
              Back to the dashboard
            </Link>
          }
        >
          <p>
            {section} is not available to the {roleLabel(role)} role. If your work needs it, ask an administrator to change your role.
          </p>
        </EmptyState>
      </Card>
    </>
  );
}
