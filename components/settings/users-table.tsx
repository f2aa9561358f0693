"use client";

import { useQuery } from "@tanstack/react-query";
import { UserPlus } from "lucide-react";
import { useMemo, useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { useDataTable } from "@/components/data-table/use-data-table";
import { useUrlTableState } from "@/components/data-table/use-url-table-state";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCount } from "@/components/ui/format";
import { ChangeRoleDialog, type TRoleTarget } from "./change-role-dialog";
import { CreateUserDialog } from "./create-user-dialog";
import { DisableUserDialog } from "./disable-user-dialog";
import { userColumns, type TUserRow } from "./user-columns";

const noUsers: TUserRow[] = [];
const defaultSort = [{ id: "role", desc: false }];

/** Users and roles: list, create, change role, disable. Every change is audited by the server. */
export function UsersTable({ currentUserId }: { currentUserId: string }) {
  const trpc = useTRPC();
  const users = useQuery(trpc.users.list.queryOptions());
  const [creating, setCreating] = useState(false);
  const [disabling, setDisabling] = useState<string | null>(null);
  const [changing, setChanging] = useState<TRoleTarget | null>(null);

  const columns = useMemo(
    () =>
      userColumns({
        currentUserId,
        changeRole: (user) => setChanging({ id: user.id, email: user.email, role: user.role }),
        disable: (user) => setDisabling(user.email),
      }),
    [currentUserId],
  );
  const urlState = useUrlTableState({ prefix: "users", defaultSort });
  const table = useDataTable({ data: users.data ?? noUsers, columns, getRowId: (user) => user.id, ...urlState });
  const active = users.data?.filter((user) => user.active).length ?? 0;

  return (
    <Card aria-labelledby="users-title">
      <CardHeader
        id="users-title"
        title="Users and roles"
        description={users.data ? `${formatCount(users.data.length)} users, ${formatCount(active)} active` : "Who may sign in, and with which role."}
        actions={
          <Button variant="primary" size="sm" onClick={() => setCreating(true)}>
            <UserPlus aria-hidden className="size-3.5" />
            Create user
          </Button>
        }
      />
      <DataTable
        table={table}
        caption="Users"
        loading={users.isPending}
        error={users.error ? `Could not load users: ${users.error.message}` : null}
        rowTestId="user-row"
        empty={<EmptyState headingLevel={3} title="No users" />}
      />
      <CreateUserDialog open={creating} onOpenChange={setCreating} />
      <DisableUserDialog email={disabling} onClose={() => setDisabling(null)} />
      <ChangeRoleDialog user={changing} onClose={() => setChanging(null)} />
    </Card>
  );
}
