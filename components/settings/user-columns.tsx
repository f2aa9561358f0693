"use client";

import { dataTableColumnHelper } from "@/components/data-table/features";
import { RoleBadge } from "@/components/console/role-badge";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";

export type TUserRow = TRouterOutputs["users"]["list"][number];
export type TUserActions = { changeRole: (user: TUserRow) => void; disable: (user: TUserRow) => void; currentUserId: string };

const col = dataTableColumnHelper<TUserRow>();

/** Users table columns; actions come from the owner (build once with useMemo). */
export function userColumns(actions: TUserActions) {
  return col.columns([
    col.accessor((user) => user.name ?? user.email, {
      id: "user",
      header: "User",
      sortFn: "text",
      cell: ({ row }) => (
        <div className="min-w-0 leading-tight">
          <div className="font-medium">
            {row.original.name ?? row.original.email}
            {row.original.id === actions.currentUserId ? <span className="ml-1.5 text-xs font-normal text-muted">(you)</span> : null}
          </div>
          {row.original.name ? <div className="text-xs text-muted">{row.original.email}</div> : null}
        </div>
      ),
    }),
    col.accessor("role", { header: "Role", sortFn: "text", cell: ({ getValue }) => <RoleBadge role={getValue()} /> }),
    col.accessor("active", {
      header: "Status",
      sortFn: "basic",
      cell: ({ getValue }) => (getValue() ? <Badge tone="success">Active</Badge> : <Badge>Disabled</Badge>),
    }),
    col.accessor("lastSignInAt", {
      header: "Last sign-in",
      sortFn: "datetime",
      sortUndefined: "last",
      cell: ({ getValue }) => {
        const value = getValue();
        return value ? <LocalTime value={value} className="text-muted" /> : <span className="text-muted">Never</span>;
      },
    }),
    col.accessor("createdAt", { header: "Created", sortFn: "datetime", cell: ({ getValue }) => <LocalTime value={getValue()} className="text-muted" /> }),
    col.display({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      meta: { align: "end", label: "Actions" },
      cell: ({ row }) => {
        const user = row.original;
        const self = user.id === actions.currentUserId;
        return (
          <div className="flex justify-end gap-1.5">
            <Button size="sm" variant="ghost" disabled={!user.active} onClick={() => actions.changeRole(user)} aria-label={`Change role of ${user.email}`}>
              Change role
            </Button>
            <Button
              size="sm"
              variant="ghost"
              className="text-danger-fg hover:bg-danger-soft"
              disabled={!user.active || self}
              title={self ? "You cannot disable your own account" : undefined}
              onClick={() => actions.disable(user)}
              aria-label={`Disable ${user.email}`}
            >
              Disable
            </Button>
          </div>
        );
      },
    }),
  ]);
}
