/**
 * Backward compatibility of a JSON Schema against a frozen earlier version (README "Handoff",
 * versioning rules). Inside one major version only additive changes are allowed:
 *   - a new property that is NOT required (and anything inside it),
 *   - a new enum value,
 *   - changed annotations (title, description, $comment, examples).
 * Everything else is breaking and needs the next major version served side by side: a property
 * or $defs entry removed (a rename is a removal plus an addition), a type changed, a field newly
 * required or no longer required, an enum value removed, additionalProperties changed, a $ref,
 * $id or constraint (pattern, format, bounds, lengths, const, uniqueItems …) changed or added.
 * Pure: returns one line per breaking change, naming the JSON pointer.
 */

type TNode = Record<string, unknown>;

const annotations = new Set(["title", "description", "$comment", "examples", "deprecated", "readOnly", "writeOnly"]);

const isObject = (value: unknown): value is TNode => typeof value === "object" && value !== null && !Array.isArray(value);

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

const typeSet = (value: unknown) => (Array.isArray(value) ? [...value].map(String).sort() : value === undefined ? [] : [String(value)]).join("|");
const pointer = (path: string, key: string) => `${path}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
const show = (value: unknown) => JSON.stringify(value);

function compareMaps(frozen: unknown, current: unknown, path: string, what: string, out: string[]): void {
  const before = isObject(frozen) ? frozen : {};
  const after = isObject(current) ? current : {};
  for (const [name, schema] of Object.entries(before)) {
    if (!(name in after)) out.push(`${pointer(path, name)}: ${what} "${name}" was removed (a rename is a removal)`);
    else compareNode(schema, after[name], pointer(path, name), out);
  }
}

function compareNode(frozen: unknown, current: unknown, path: string, out: string[]): void {
  if (typeof frozen === "boolean" || typeof current === "boolean") {
    if (frozen !== current) out.push(`${path || "/"}: changed from ${show(frozen)} to ${show(current)}`);
    return;
  }
  if (!isObject(frozen) || !isObject(current)) {
    if (!deepEqual(frozen, current)) out.push(`${path || "/"}: changed from ${show(frozen)} to ${show(current)}`);
    return;
  }
  const keys = new Set([...Object.keys(frozen), ...Object.keys(current)]);
  for (const key of keys) {
    if (annotations.has(key)) continue;
    const before = frozen[key];
    const after = current[key];
    const at = pointer(path, key);
    switch (key) {
      case "properties":
        compareMaps(before, after, at, "property", out);
        break;
      case "$defs":
        compareMaps(before, after, at, "definition", out);
        break;
      case "required": {
        const was = new Set(Array.isArray(before) ? before.map(String) : []);
        const now = new Set(Array.isArray(after) ? after.map(String) : []);
        for (const name of now) if (!was.has(name)) out.push(`${at}: "${name}" became required`);
        for (const name of was) if (!now.has(name)) out.push(`${at}: "${name}" is no longer required`);
        break;
      }
      case "enum": {
        if (before === undefined || after === undefined) {
          out.push(`${at}: enum ${before === undefined ? "added" : "removed"}`);
          break;
        }
        const allowed = Array.isArray(after) ? after : [];
        for (const value of Array.isArray(before) ? before : []) {
          if (!allowed.some((v) => deepEqual(v, value))) out.push(`${at}: value ${show(value)} was removed`);
        }
        break;
      }
      case "type":
        if (typeSet(before) !== typeSet(after)) out.push(`${at}: type changed from ${show(before)} to ${show(after)}`);
        break;
      case "items":
      case "additionalProperties":
      case "not":
        if (before === undefined || after === undefined) out.push(`${at}: ${before === undefined ? "added" : "removed"}`);
        else compareNode(before, after, at, out);
        break;
      case "oneOf":
      case "anyOf":
      case "allOf":
      case "prefixItems": {
        const was = Array.isArray(before) ? before : [];
        const now = Array.isArray(after) ? after : [];
        if (was.length !== now.length) out.push(`${at}: ${was.length} alternatives became ${now.length}`);
        else was.forEach((schema, i) => compareNode(schema, now[i], `${at}/${i}`, out));
        break;
      }
      default:
        if (!deepEqual(before, after)) {
          if (before === undefined) out.push(`${at}: constraint added (${show(after)})`);
          else if (after === undefined) out.push(`${at}: constraint removed (was ${show(before)})`);
          else out.push(`${at}: changed from ${show(before)} to ${show(after)}`);
        }
    }
  }
}

/** Every backward-incompatible difference of `current` from `frozen` (empty = compatible). */
export function findBreakingChanges(frozen: unknown, current: unknown): string[] {
  const out: string[] = [];
  compareNode(frozen, current, "", out);
  return out;
}
