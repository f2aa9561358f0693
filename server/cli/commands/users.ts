import { Command, InvalidArgumentError, Option } from "commander";
import { roles, type TRole } from "@/server/domain/auth/roles";
import { DomainError } from "@/server/domain/errors";
import { createUser } from "@/server/services/users/create-user";
import { disableUser } from "@/server/services/users/disable-user";
import { listUsers } from "@/server/services/users/list-users";
import type { TUserDto } from "@/server/services/users/user-dto";
import { formatTable } from "../format-table";
import { promptHidden, readStdinLine } from "../prompt";
import { runCommand } from "../run-command";

function parseRole(value: string): TRole {
  const role = value.trim().toUpperCase();
  if ((roles as readonly string[]).includes(role)) return role as TRole;
  throw new InvalidArgumentError(`'${value}' is not a role; use one of ${roles.join(", ")}.`);
}

async function obtainPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await promptHidden("Password (at least 12 characters): ");
    const second = await promptHidden("Repeat the password: ");
    if (first !== second) throw new DomainError("VALIDATION", "The passwords do not match; nothing was created.");
    return first;
  }
  const line = await readStdinLine();
  if (!line) throw new DomainError("VALIDATION", "No password: pass --password, pipe one line on stdin, or use --sso-only.");
  return line;
}

const describeUser = (u: TUserDto) => `${u.email} (${u.role}${u.name ? `, ${u.name}` : ""}) id ${u.id}`;

type TCreateOptions = { email: string; role: TRole; name?: string; password?: string; ssoOnly?: boolean; json?: boolean };

export function registerUsersCommand(program: Command): void {
  const users = program.command("users").description("manage console users");

  users
    .command("create")
    .description("create a user (asks for the password twice on a terminal, reads one line from piped stdin)")
    .requiredOption("--email <email>", "sign-in email")
    .addOption(new Option("--role <role>", `one of ${roles.join(", ")}`).argParser(parseRole).makeOptionMandatory())
    .option("--name <name>", "display name")
    .option("--password <password>", "the password (visible in shell history: prefer the prompt or stdin)")
    .option("--sso-only", "no password: the user signs in through SSO only")
    .option("--json", "print the user as JSON")
    .action(
      runCommand(async (ctx, opts: TCreateOptions) => {
        const password = opts.ssoOnly ? undefined : (opts.password ?? (await obtainPassword()));
        const user = await createUser(ctx.db(), { email: opts.email, role: opts.role, name: opts.name, password, via: "cli" }, ctx.actor);
        if (opts.json) return ctx.json(user);
        ctx.out(`Created user ${describeUser(user)}`);
      }),
    );

  users
    .command("list")
    .description("list users")
    .option("--json", "print as JSON")
    .action(
      runCommand(async (ctx, opts: { json?: boolean }) => {
        const list = await listUsers(ctx.db());
        if (opts.json) return ctx.json(list);
        if (!list.length) return ctx.out("No users yet. Create one with `sxe users create` or `sxe seed`.");
        const rows = list.map((u) => [u.email, u.name ?? "", u.role, u.active ? "yes" : "no", u.lastSignInAt?.toISOString() ?? "never"]);
        ctx.out(formatTable(["EMAIL", "NAME", "ROLE", "ACTIVE", "LAST SIGN-IN"], rows));
      }),
    );

  users
    .command("disable")
    .description("disable a user's sign-in (the last active admin cannot be disabled)")
    .requiredOption("--email <email>", "the user's email")
    .option("--json", "print the user as JSON")
    .action(
      runCommand(async (ctx, opts: { email: string; json?: boolean }) => {
        const user = await disableUser(ctx.db(), opts.email, ctx.actor, "cli");
        if (opts.json) return ctx.json(user);
        ctx.out(`Disabled user ${describeUser(user)}`);
      }),
    );
}
