import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/**
 * The honest state of a screen whose pipeline stage is not built yet: what will appear here,
 * and what the viewer can do in the meantime. No sample rows, no fake numbers.
 */
export function StagePlaceholder({ icon, title, willShow, now }: { icon: ReactNode; title: string; willShow: ReactNode; now: ReactNode }) {
  return (
    <Card data-testid="empty-state">
      <EmptyState icon={icon} title={title}>
        <p>{willShow}</p>
        <p>{now}</p>
      </EmptyState>
    </Card>
  );
}
