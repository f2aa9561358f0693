/**
 * The review queue's keyboard map, pure (no React): which key does what, and when keys are
 * ignored (typing in a field, a modifier held, a dialog open).
 */
export const labelKeys = { "1": "USER", "2": "PARTNER", "3": "AFFILIATE", "4": "FEEDBACK" } as const;
export type TReviewLabel = (typeof labelKeys)[keyof typeof labelKeys];

export type TReviewCommand =
  | { type: "next" }
  | { type: "previous" }
  | { type: "label"; label: TReviewLabel }
  | { type: "accept" }
  | { type: "acceptSelected" }
  | { type: "edit" }
  | { type: "toggleSelect" }
  | { type: "open" };

/** The legend on screen, in this order. */
export const shortcutLegend: { keys: string[]; action: string }[] = [
  { keys: ["j", "k"], action: "next / previous card" },
  { keys: ["1", "2", "3", "4"], action: "label User, Partner, Affiliate, Feedback (the current label accepts)" },
  { keys: ["a"], action: "accept as it is" },
  { keys: ["e"], action: "edit industry, persona, tribe (Enter saves, Esc cancels)" },
  { keys: ["x"], action: "select / deselect this card" },
  { keys: ["Shift", "A"], action: "accept every selected card" },
  { keys: ["o"], action: "open the card page with its history" },
];

type TKeyLike = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean };

export function commandFor(event: TKeyLike): TReviewCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.shiftKey) return event.key === "A" ? { type: "acceptSelected" } : null;
  switch (event.key) {
    case "j":
      return { type: "next" };
    case "k":
      return { type: "previous" };
    case "a":
      return { type: "accept" };
    case "e":
      return { type: "edit" };
    case "x":
      return { type: "toggleSelect" };
    case "o":
      return { type: "open" };
    default:
      return event.key in labelKeys ? { type: "label", label: labelKeys[event.key as keyof typeof labelKeys] } : null;
  }
}

type TTargetLike = { tagName?: string; isContentEditable?: boolean; closest?: (selector: string) => unknown } | null;

/** Keys typed into a field, or while a dialog is open, belong to that field or dialog. */
export function isTypingTarget(target: TTargetLike): boolean {
  if (!target) return false;
  const tag = (target.tagName ?? "").toUpperCase();
  if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable) return true;
  return Boolean(target.closest?.("[role=dialog], [role=combobox], [role=listbox], [role=menu]"));
}
