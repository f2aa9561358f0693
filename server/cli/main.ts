/** `sxe`: the same services as the console, from a terminal. Run through bin/sxe.mjs (npx sxe). */
import { Command } from "commander";
import { registerAuditCommand } from "./commands/audit";
import { registerCardsCommand } from "./commands/cards";
import { registerClassifyCommand } from "./commands/classify";
import { registerEnrichCommand } from "./commands/enrich";
import { registerHandoffCommand } from "./commands/handoff";
import { registerImportCommand } from "./commands/import";
import { registerMigrateCommand } from "./commands/migrate";
import { registerReportCommand } from "./commands/report";
import { registerSandboxCommand } from "./commands/sandbox";
import { registerSeedCommand } from "./commands/seed";
import { registerUsersCommand } from "./commands/users";
import { readPackageVersion } from "./paths";

function buildProgram(): Command {
  const program = new Command("sxe")
    .description("Social XPress Engine command line (reads DATABASE_URL)")
    .version(readPackageVersion(), "-V, --version", "print the version")
    .option("--verbose", "print stack traces with errors")
    .showHelpAfterError("(run with --help for usage)");
  registerMigrateCommand(program);
  registerUsersCommand(program);
  registerAuditCommand(program);
  registerSeedCommand(program);
  registerImportCommand(program);
  registerCardsCommand(program);
  registerClassifyCommand(program);
  registerReportCommand(program);
  registerEnrichCommand(program);
  registerSandboxCommand(program);
  registerHandoffCommand(program);
  return program;
}

await buildProgram().parseAsync(process.argv);
