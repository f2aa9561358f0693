import { FileFormatError, type TReadItem } from "../formats";
import { xArchiveRouter } from "./json-routes";
import { readJsonDocumentText } from "./read-json";
import type { TReadOptions } from "./read-options";
import { decodeText } from "./text-source";

/**
 * X account archive `data/follower.js` / `following.js`:
 * `window.YTD.follower.part0 = [ {"follower": {"accountId": "…", "userLink": "…"}}, … ]`.
 * Everything before the first `[` is blanked (kept as spaces/newlines so line numbers in syntax
 * errors stay true), a trailing `;` is dropped, and the array is streamed like any JSON document.
 * Each item yields its inner object plus `relation`: `{accountId, userLink, relation}` with
 * relation "follower" or "following" (from the item's key). Ids only — the mapper marks them
 * unhydrated. `partN` files are separate uploads, read one at a time.
 */
export async function* readXArchive(source: AsyncIterable<Uint8Array>, opts: TReadOptions): AsyncGenerator<TReadItem> {
  yield* readJsonDocumentText(stripAssignment(decodeText(source, opts.encoding, opts.onBytes)), xArchiveRouter, opts);
}

const TAIL_HOLD = 64;

async function* stripAssignment(text: AsyncIterable<string>): AsyncGenerator<string> {
  let found = false;
  let held = "";
  let sawText = false;
  for await (const chunk of text) {
    sawText ||= chunk.trim().length > 0;
    let out = chunk;
    if (!found) {
      const bracket = chunk.indexOf("[");
      if (bracket < 0) {
        yield chunk.replace(/[^\n]/g, " ");
        continue;
      }
      found = true;
      out = chunk.slice(0, bracket).replace(/[^\n]/g, " ") + chunk.slice(bracket);
    }
    // hold the last characters back so a trailing `;` can be removed at the end
    const all = held + out;
    held = all.slice(-TAIL_HOLD);
    const ready = all.slice(0, all.length - held.length);
    if (ready.length > 0) yield ready;
  }
  if (!sawText) throw new FileFormatError("The file is empty");
  if (!found) throw new FileFormatError("Unknown file shape: an X archive file must contain `window.YTD.<name>.part0 = [ … ]` but no '[' was found");
  yield held.replace(/;[\s;]*$/, "\n");
}
