/**
 * The last check before a record is staged, mirroring the database's `sxe_has_contact_data`
 * CHECK (prisma/migrations/20261128000000_init): if anything email- or messenger-number-shaped is
 * still there after redaction, the record is rejected on its own instead of failing the file.
 */
const EMAIL_SHAPE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/iu;
const MESSENGER_NUMBER = /(?:wa\.me|t\.me)\/\+?[0-9]{6,}/i;

export function looksLikeContactData(value: string | null): boolean {
  if (value === null) return false;
  return (value.includes("@") && EMAIL_SHAPE.test(value)) || (value.includes(".me/") && MESSENGER_NUMBER.test(value));
}
