import { randomInt } from "node:crypto";

/** No 0/O, 1/l/I: easy to read off a terminal and type. 31 symbols ≈ 4.95 bits each. */
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A fresh random password like `k7mxq-3tpwz-r9hce-vd4na` (23 chars, ~99 bits), from node:crypto. */
export function generateDemoPassword(groups = 4, groupLength = 5): string {
  const group = () => Array.from({ length: groupLength }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return Array.from({ length: groups }, group).join("-");
}
