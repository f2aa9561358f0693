import { CONTACT_MARKER } from "./contact-marker";
import { isContactKey, isOpaqueIdentifier } from "./contact-keys";
import { redactContactData } from "./redact-contact-data";

export type TRecordRedaction = { value: unknown; count: number };

/**
 * Deep copy of a JSON value with every string redacted (object keys are kept). Values under
 * contact keys (`email`, `phone`, `whatsapp`, `public_email`, `business_phone_number` …) are
 * replaced by the marker whatever their shape, numbers included; empty values stay empty.
 * Identifiers (`id`, `open_id`, `username`: a single token) are kept as they are. Walks with an
 * explicit stack, so a hostile, deeply nested record cannot overflow the call stack. `clean` runs
 * on every string and key first (e.g. removing invisible characters), in the same walk.
 */
export function redactRecord(value: unknown, opts: { clean?: (text: string) => string } = {}): TRecordRedaction {
  const clean = opts.clean ?? ((text: string) => text);
  let count = 0;
  const root: TSlots = { value: undefined };
  const stack: TTask[] = [{ source: value, key: undefined, target: root, slot: "value" }];
  for (let task = stack.pop(); task !== undefined; task = stack.pop()) {
    const { key, target, slot } = task;
    const source = typeof task.source === "string" ? clean(task.source) : task.source;
    if (typeof source === "string") {
      if (key !== undefined && isOpaqueIdentifier(key, source)) {
        target[slot] = source;
        continue;
      }
      const result = redactContactData(source);
      count += result.count;
      target[slot] = result.text;
    } else if (Array.isArray(source)) {
      const copy: unknown[] = new Array<unknown>(source.length);
      target[slot] = copy;
      const slots = copy as unknown as TSlots;
      for (let index = 0; index < source.length; index++) stack.push({ source: source[index], key, target: slots, slot: String(index) });
    } else if (isPlainObject(source)) {
      const copy: TSlots = {};
      target[slot] = copy;
      for (const [rawKey, child] of Object.entries(source)) {
        const childKey = clean(rawKey);
        copy[childKey] = undefined; // keep key order: the stored record is hashed
        if (isContactKey(childKey)) {
          const replaced = redactContactValue(child);
          count += replaced.count;
          copy[childKey] = replaced.value;
        } else {
          stack.push({ source: child, key: childKey, target: copy, slot: childKey });
        }
      }
    } else {
      target[slot] = source;
    }
  }
  return { value: root.value, count };
}

type TSlots = Record<string, unknown>;
/** One value to copy: where it came from, the key it sits under, and where its copy goes. */
type TTask = { source: unknown; key: string | undefined; target: TSlots; slot: string };

/** A value stored under a contact key: every non-empty string, number or object becomes the marker. */
function redactContactValue(value: unknown): TRecordRedaction {
  if (Array.isArray(value)) {
    // One level of list ("emails": [...]); anything nested deeper is a single contact value.
    const items = value.map((item) => (Array.isArray(item) ? redactContactValue({ item }) : redactContactValue(item)));
    return { value: items.map((item) => item.value), count: items.reduce((sum, item) => sum + item.count, 0) };
  }
  const empty =
    value === null ||
    value === undefined ||
    typeof value === "boolean" ||
    (typeof value === "string" && (value.trim() === "" || value === CONTACT_MARKER)) ||
    (typeof value === "number" && !Number.isFinite(value)) ||
    (isPlainObject(value) && Object.keys(value).length === 0);
  return empty ? { value, count: 0 } : { value: CONTACT_MARKER, count: 1 };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
