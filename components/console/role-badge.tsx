import { Badge, type TBadgeTone } from "@/components/ui/badge";
import type { TRole } from "@/server/domain/auth/roles";

const tone: Record<TRole, TBadgeTone> = { ADMIN: "accent", GROWTH: "success", COMPLIANCE: "warning" };
const label: Record<TRole, string> = { ADMIN: "Admin", GROWTH: "Growth", COMPLIANCE: "Compliance" };

export const roleLabel = (role: TRole) => label[role];

export function RoleBadge({ role }: { role: TRole }) {
  return (
    <Badge tone={tone[role]} data-testid="role-badge">
      {label[role]}
    </Badge>
  );
}
