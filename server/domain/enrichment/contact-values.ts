/** Canonical contact values as `contacts` stores them (the table's CHECK accepts exactly these). */

export function normaliseEmail(value: string | null | undefined): string | null {
  const email = value?.trim().toLowerCase();
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 320) return null;
  return email;
}

/** Digits with an optional leading +; US 10-digit numbers get +1. Null when not a phone number. */
export function normalisePhone(value: string | null | undefined): string | null {
  if (!value) return null;
  const plus = value.trim().startsWith("+");
  const digits = value.replace(/\D/g, "");
  if (digits.length < 6 || digits.length > 15) return null;
  if (!plus && digits.length === 10) return `+1${digits}`;
  if (!plus && digits.length === 11 && digits.startsWith("1")) return `+${digits}`;
  return plus ? `+${digits}` : digits;
}

/** What a GROWTH user sees instead of the value: enough to tell contacts apart, nothing to use. */
export function maskContactValue(type: "email" | "phone", value: string): string {
  if (type === "email") {
    const [local = "", domain = ""] = value.split("@");
    const tld = domain.includes(".") ? domain.slice(domain.lastIndexOf(".")) : "";
    return `${local.slice(0, 1)}•••@•••${tld}`;
  }
  return `•••• ${value.slice(-2)}`;
}
