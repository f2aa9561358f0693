import { CONTACT_MARKER } from "./contact-marker";
import { isContactKey, isOpaqueIdentifier } from "./contact-keys";
import { redactContactData } from "./redact-contact-data";

export type TRecordRedaction = { value: unknown; count: number };

/**
 * Deep copy of a JSON value with every string redacted (object keys are kept). Values under
 * contact keys (`email`, `phone`, `whatsapp`, `public_email`, `business_phone_number` …) are
 * replaced by the marker whatever their shape, numbers included; empty values stay empty.
 * Opaque identifiers (`id`, `open_id`: a single token) are kept as they are.
 */
export function redactRecord(value: unknown): TRecordRedaction {
  const counter = { count: 0 };
  const copy = redactValue(value, counter);
  return { value: copy, count: counter.count };
}

type TCounter = { count: number };

function redactValue(value: unknown, counter: TCounter, key?: string): unknown {
  if (typeof value === "string") {
    if (key !== undefined && isOpaqueIdentifier(key, value)) return value;
    const result = redactContactData(value);
    counter.count += result.count;
    return result.text;
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, counter, key));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [childKey, child] of Object.entries(value)) {
      out[childKey] = isContactKey(childKey) ? redactContactValue(child, counter) : redactValue(child, counter, childKey);
    }
    return out;
  }
  return value;
}

/** A value stored under a contact key: every non-empty string, number or object becomes the marker. */
function redactContactValue(value: unknown, counter: TCounter): unknown {
  if (Array.isArray(value)) return value.map((item) => redactContactValue(item, counter));
  if (value === null || value === undefined || typeof value === "boolean") return value;
  if (typeof value === "string" && (value.trim() === "" || value === CONTACT_MARKER)) return value;
  if (isPlainObject(value) && Object.keys(value).length === 0) return value;
  if (typeof value === "number" && !Number.isFinite(value)) return value;
  counter.count++;
  return CONTACT_MARKER;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
