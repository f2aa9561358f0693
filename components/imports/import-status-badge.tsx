import { Badge, type TBadgeTone } from "@/components/ui/badge";

export type TImportStatus = "queued" | "running" | "completed" | "failed" | "cancelled";

const tone: Record<TImportStatus, TBadgeTone> = { queued: "neutral", running: "accent", completed: "success", failed: "danger", cancelled: "warning" };

export function ImportStatusBadge({ status }: { status: TImportStatus }) {
  return <Badge tone={tone[status]}>{status}</Badge>;
}
