import type { TRole } from "@/server/domain/auth/roles";

/** Role choices for forms, with what each role may do (architecture.md "Roles"). */
export const roleOptions: { value: TRole; label: string; description: string }[] = [
  { value: "GROWTH", label: "Growth", description: "Import, review and label, request enrichment; contact values masked." },
  { value: "COMPLIANCE", label: "Compliance", description: "Read everything, audit trail, verify, erasure; no pipeline changes." },
  { value: "ADMIN", label: "Admin", description: "Everything, plus approvals, handoff, users and settings." },
];

export const isRole = (value: string): value is TRole => roleOptions.some((option) => option.value === value);
