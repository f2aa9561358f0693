import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Command, Option } from "commander";
import { sourceFormatIds } from "@/server/domain/ingest/formats";
import { platforms, type TPlatform } from "@/server/domain/ingest/profile";
import { CliError, runCommand } from "../run-command";

type TClassifyOptions = { format?: string; platform?: TPlatform };

/** Name used for stdin in messages and error lines; detection sees no extension, so content decides. */
const STDIN = "-";
const FLUSH_CHARS = 64 * 1024;

const help = `
Output (stdout, JSON Lines, in input order; files in the order given):
  one line per profile:
    {"platform","username","industry","persona","tribe","tribes","label","confidence","explanation"}
    username is the handle (null for id-only records); tribes are the secondary tribes;
    confidence is {industry, persona, tribe, label} in 0..1; explanation lists the evidence.
  one line per rejected record, on stdout too so it keeps its place in the order:
    {"file","record","error":{"field","code","message"}}
    file is the path as given ("-" for stdin); record is the 1-based record number in that input.
    Select them with: jq -c 'select(.error)'

Input: files in any format \`sxe import\` reads (detected from the content, or --format), or,
  with no file, JSON Lines on stdin (one source record per line; format detected from the content).
  Nothing is written to the database and DATABASE_URL is not needed; the default taxonomy is used.

Exit codes: 0 every input was read (rejected records do not change it); 1 an input could not be
  read as a whole (missing, empty, unknown shape, truncated) — named on stderr, after the records
  read before the problem; the other inputs are still classified.
`;

/** Streams lines to stdout in ~64 KB writes, waiting when the reader of the pipe is slower. */
function createLineWriter(stream: NodeJS.WriteStream) {
  let buffer = "";
  const flush = async (): Promise<void> => {
    if (!buffer) return;
    const chunk = buffer;
    buffer = "";
    if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once("drain", resolve));
  };
  return {
    flush,
    async line(value: unknown): Promise<void> {
      buffer += `${JSON.stringify(value)}\n`;
      if (buffer.length >= FLUSH_CHARS) await flush();
    },
  };
}

/** The first `bytes` of a byte stream (for detection) and the whole stream again, read once. */
async function peekHead(source: AsyncIterable<Uint8Array>, bytes: number): Promise<{ head: Uint8Array; stream: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    seen.push(chunk);
    size += chunk.length;
  }
  const head = Buffer.concat(seen).subarray(0, bytes);
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* seen;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head, stream: replay() };
}

export function registerClassifyCommand(program: Command): void {
  program
    .command("classify")
    .description("classify profiles from files or stdin without a database: one JSON line per profile on stdout")
    .argument("[files...]", "files to classify (any format `sxe import` reads); JSON Lines on stdin when none")
    .addOption(new Option("--format <format>", "override the detected format").choices(sourceFormatIds))
    .addOption(new Option("--platform <platform>", "platform when the input does not say").choices([...platforms]))
    .addHelpText("after", help)
    .action(
      runCommand(async (_ctx, opts: TClassifyOptions, files: string[]) => {
        // Loaded here, not at start-up, so other commands start fast. No ctx.db(): this never touches the database.
        const [{ FileFormatError }, { prepareRecord }, { DETECT_HEAD_BYTES, detectFormatWithOverride, readRecords }, { defaultTaxonomy }] = await Promise.all([
          import("@/server/domain/ingest/formats"),
          import("@/server/domain/ingest/prepare-record"),
          import("@/server/domain/ingest/readers"),
          import("@/server/domain/taxonomy/default-taxonomy"),
        ]);
        if (files.length === 0 && process.stdin.isTTY) throw new CliError("Nothing to classify: give one or more files, or pipe JSON Lines on stdin (see --help).");
        const out = createLineWriter(process.stdout);
        // A closed pipe (`sxe classify … | head`) ends the command quietly.
        process.stdout.on("error", (error: NodeJS.ErrnoException) => {
          if (error.code !== "EPIPE") process.stderr.write(`error: stdout: ${error.message}\n`);
          process.exit(error.code === "EPIPE" ? 0 : 1);
        });

        const inputs = files.length ? files : [STDIN];
        const failed: string[] = [];
        for (const input of inputs) {
          const name = input === STDIN ? "stdin" : input;
          try {
            let source: AsyncIterable<Uint8Array>;
            if (input === STDIN) {
              source = process.stdin;
            } else {
              const info = await stat(input).catch(() => null);
              if (!info) throw new FileFormatError("no such file");
              if (!info.isFile()) throw new FileFormatError("not a file");
              source = createReadStream(input);
            }
            const fileName = input === STDIN ? "stdin" : path.basename(input);
            const { head, stream } = await peekHead(source, DETECT_HEAD_BYTES);
            const detected = detectFormatWithOverride(head, fileName, opts.format);
            const platform = opts.platform ?? detected.platform ?? undefined;
            let read = 0;
            for await (const item of readRecords(detected.format, stream, { encoding: detected.encoding, fileName })) {
              read++;
              if (item.kind === "error") {
                await out.line({ file: input, record: item.index, error: { field: item.field, code: item.code, message: item.message } });
                continue;
              }
              const prepared = prepareRecord(detected.format, item, { platformOverride: platform, taxonomy: defaultTaxonomy });
              if (!prepared.ok) {
                const first = prepared.errors[0]!;
                await out.line({ file: input, record: item.index, error: { field: first.field, code: first.code, message: first.message } });
                continue;
              }
              const { profile } = prepared;
              const c = profile.card.classification;
              await out.line({
                platform: profile.platform,
                username: profile.handle,
                industry: c.industry,
                persona: c.persona,
                tribe: c.tribe,
                tribes: c.tribes,
                label: c.label,
                confidence: c.confidence,
                explanation: c.explanation,
              });
            }
            if (read === 0) throw new FileFormatError("The file contains no records");
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            await out.flush();
            process.stderr.write(`error: ${name}: ${message}\n`);
            failed.push(name);
          }
          await out.flush();
        }
        if (failed.length) throw new CliError(`${failed.length} of ${inputs.length} input(s) could not be read: ${failed.join(", ")}`);
      }),
    );
}
