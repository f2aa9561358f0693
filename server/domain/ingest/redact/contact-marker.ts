/** What every detected email, phone number or number-carrying link is replaced with. */
export const CONTACT_MARKER = "[contact removed]";

/** A redacted text and how many contact items were removed from it. */
export type TRedaction = { text: string; count: number };
