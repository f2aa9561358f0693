import { describe, expect, it } from "vitest";
import { commandFor, isTypingTarget } from "./review-keys";

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods,
});

describe("commandFor", () => {
  it.each([
    ["j", { type: "next" }],
    ["k", { type: "previous" }],
    ["a", { type: "accept" }],
    ["e", { type: "edit" }],
    ["x", { type: "toggleSelect" }],
    ["o", { type: "open" }],
    ["1", { type: "label", label: "USER" }],
    ["2", { type: "label", label: "PARTNER" }],
    ["3", { type: "label", label: "AFFILIATE" }],
    ["4", { type: "label", label: "FEEDBACK" }],
    ["5", null],
    ["q", null],
    ["Enter", null],
  ])("%s → %j", (k, expected) => {
    expect(commandFor(key(k))).toEqual(expected);
  });

  it("Shift+A accepts the selection; other modifiers leave the keys to the browser", () => {
    expect(commandFor(key("A", { shiftKey: true }))).toEqual({ type: "acceptSelected" });
    expect(commandFor(key("J", { shiftKey: true }))).toBeNull();
    expect(commandFor(key("a", { ctrlKey: true }))).toBeNull();
    expect(commandFor(key("1", { metaKey: true }))).toBeNull();
    expect(commandFor(key("j", { altKey: true }))).toBeNull();
  });
});

describe("isTypingTarget", () => {
  const el = (tagName: string, opts: { editable?: boolean; inDialog?: boolean } = {}) => ({
    tagName, isContentEditable: opts.editable ?? false, closest: (selector: string) => (opts.inDialog && selector.includes("dialog") ? {} : null),
  });
  it.each([
    ["INPUT", {}, true],
    ["textarea", {}, true],
    ["SELECT", {}, true],
    ["DIV", { editable: true }, true],
    ["BUTTON", { inDialog: true }, true],
    ["BODY", {}, false],
    ["BUTTON", {}, false],
    ["A", {}, false],
  ] as const)("%s %j → %s", (tag, opts, expected) => {
    expect(isTypingTarget(el(tag, opts))).toBe(expected);
  });
  it("no target is not typing", () => expect(isTypingTarget(null)).toBe(false));
});
