import { describe, expect, it } from "vitest";
import { describeSaveError, toDraft, toSaveInput } from "./handoff-config-draft";

const saved = {
  autoDeliver: ["file" as const],
  fileDirectory: null,
  pushEndpoints: [{ name: "dialer", url: "https://dialer.example/hooks", secret: "" as const, secretHint: "••••abcd", enabled: true, timeoutMs: 5000 }],
  maxAttempts: 3,
  amqpUrl: null,
  exchange: "sxe.events",
  dnc: { flags: ["dnc" as const], action: "drop_contact" as const },
};

describe("handoff config draft", () => {
  it("round-trips to the save input without the editor's fields (the strict schema refuses unknown keys)", () => {
    expect(toSaveInput(toDraft(saved), 4)).toEqual({ ...saved, pushEndpoints: [{ name: "dialer", url: "https://dialer.example/hooks", secret: "", enabled: true, timeoutMs: 5000 }], expectedVersion: 4 });
  });

  it.each([
    ["zod issues name the field and the endpoint", JSON.stringify([{ code: "invalid_format", path: ["pushEndpoints", 1, "url"], message: "Invalid URL" }, { code: "too_big", path: ["maxAttempts"], message: "Too big" }]), ["pushEndpoints.crm.url: Invalid URL", "maxAttempts: Too big"]],
    ["an unnamed endpoint is numbered", JSON.stringify([{ path: ["pushEndpoints", 2, "name"], message: "use lower-case letters" }]), ["pushEndpoints.#3.name: use lower-case letters"]],
    ["a DomainError is shown as it is, indexes named", "handoff.pushEndpoints.0.secret: at least 16 characters", ["handoff.pushEndpoints.dialer.secret: at least 16 characters"]],
    ["any other message too", "handoff was changed by someone else (now version 3); reload and try again", ["handoff was changed by someone else (now version 3); reload and try again"]],
  ])("%s", (_, message, lines) => {
    expect(describeSaveError(message, ["dialer", "crm", ""])).toEqual(lines);
  });
});
