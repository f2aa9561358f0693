import { createHash } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";

/** A file written in chunks, hashed (SHA-256) and counted on the way, with backpressure respected. */
export class HashedFile {
  private readonly stream: WriteStream;
  private readonly hash = createHash("sha256");
  private buffer = "";
  bytes = 0;
  constructor(readonly file: string) {
    this.stream = createWriteStream(file);
  }
  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= 1 << 17) await this.flush();
  }
  private async flush(): Promise<void> {
    if (!this.buffer) return;
    const chunk = Buffer.from(this.buffer, "utf8");
    this.buffer = "";
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once("drain", resolve));
  }
  async close(): Promise<{ bytes: number; sha256: string }> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    return { bytes: this.bytes, sha256: this.hash.digest("hex") };
  }
}
