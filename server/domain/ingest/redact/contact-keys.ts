/**
 * Record keys whose value IS contact data whatever it looks like (`"phone": 2065550143`,
 * `"public_email": "x@y.com"`), and keys whose value is an opaque identifier that must not be
 * mistaken for a phone (`"id": "2244994945"`). Keys are compared in snake_case, so
 * `businessEmail`, `business-email` and `BUSINESS_EMAIL` are the same key.
 */

const PREFIX = "(?:public|business|contact|primary|personal|private|work|home|main|secondary|alt|alternate|other|support|sales|office|billing|owner|company|user|display|verified|mobile|whats_?app)_";
const CONTACT_KEY_RE = new RegExp(
  `^(?:${PREFIX})*(?:e_?mails?|e_?mail_address(?:es)?|mail|mail_address|phones?|phone_numbers?|phonenumbers?|phone_no|mobile|mobile_number|mobile_phone|mobile_no|cell|cell_?phone|cell_number|tel|telephone|telephone_number|telefone|telefono|fax|fax_number|whats_?app|whats_?app_number|whats_?app_phone|wa_number|sms|sms_number|contact_number|contact_phone|msisdn|correo(?:_electronico)?|courriel|telefonnummer|handy(?:nummer)?|celular|movil|numero_(?:de_)?tel(?:efono|efone)?)$`,
);
const ID_KEY_RE = /^(?:id|ids|uuid|guid|.+_ids?|.+_uuid|.+_guid|username|user_name|handle|screen_name|unique_id|slug)$/;
const OPAQUE_ID_RE = /^[A-Za-z0-9_.-]+$/;

function normalizeKey(key: string): string {
  return key
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** Records repeat the same few dozen keys: classify each key once. */
type TKeyKind = { contact: boolean; id: boolean };
const keyKinds = new Map<string, TKeyKind>();
const CACHE_LIMIT = 10_000;

function kindOf(key: string): TKeyKind {
  const known = keyKinds.get(key);
  if (known !== undefined) return known;
  const normalized = normalizeKey(key);
  const kind = { contact: CONTACT_KEY_RE.test(normalized), id: ID_KEY_RE.test(normalized) };
  if (keyKinds.size < CACHE_LIMIT) keyKinds.set(key, kind);
  return kind;
}

/** `email`, `phone_number`, `whatsapp`, `contact_email`, `publicEmail`, `business_phone_number` … */
export function isContactKey(key: string): boolean {
  return kindOf(key).contact;
}

/**
 * `id`, `open_id`, `pinned_tweet_id`, `username` … holding a single token (digits, uuid, hash,
 * handle): account identifiers the pipeline keys on, never read as phone numbers.
 */
export function isOpaqueIdentifier(key: string, value: string): boolean {
  return kindOf(key).id && OPAQUE_ID_RE.test(value);
}
