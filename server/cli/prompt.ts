import { CliError, exitCodes } from "./run-command";

/** Reads one line without echoing it (raw mode on a TTY). Ctrl-C aborts with exit 130. */
export function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  stdin.setRawMode(true); // before the question, so an answer typed right after it is never echoed
  stdin.setEncoding("utf8");
  stdin.resume();
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n" || char === "\u0004") {
          finish();
          return resolve(value);
        }
        if (char === "\u0003") {
          finish();
          return reject(new CliError("interrupted", exitCodes.interrupted));
        }
        if (char === "\u007f" || char === "\b") value = value.slice(0, -1);
        else if (char >= " ") value += char;
      }
    };
    stdin.on("data", onData);
  });
}

/** The first line of piped stdin (without its line ending); "" when stdin is empty. */
export async function readStdinLine(): Promise<string> {
  let data = "";
  for await (const chunk of process.stdin) {
    data += typeof chunk === "string" ? chunk : (chunk as Buffer).toString("utf8");
    if (data.includes("\n")) break;
  }
  return data.split(/\r?\n/)[0] ?? "";
}
