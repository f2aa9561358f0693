import { describe, expect, it } from "vitest";
import frozenManifest from "./frozen/batch-manifest-v1.0.0.json" with { type: "json" };
import frozenRecord from "./frozen/lead-record-v1.0.0.json" with { type: "json" };
import { batchManifestSchemaV1, leadRecordSchemaV1 } from "./schema-registry";
import { findBreakingChanges } from "./schema-compatibility";

const clone = <T>(value: T): T => structuredClone(value);
type TSchema = { properties: Record<string, Record<string, unknown>>; required: string[]; $defs: Record<string, Record<string, unknown>> } & Record<string, unknown>;

describe("published v1 schemas stay backward compatible with frozen v1.0.0", () => {
  it("the current lead-record v1 has no breaking change against v1.0.0", () => {
    expect(findBreakingChanges(frozenRecord, leadRecordSchemaV1)).toEqual([]);
  });

  it("the current batch-manifest v1 has no breaking change against v1.0.0", () => {
    expect(findBreakingChanges(frozenManifest, batchManifestSchemaV1)).toEqual([]);
  });
});

describe("findBreakingChanges", () => {
  const base = () => clone(frozenRecord) as unknown as TSchema;

  it("allows an added optional property, a new enum value and edited descriptions", () => {
    const next = base();
    next.properties.follower_count = { type: ["integer", "null"], minimum: 0 };
    (next.properties.platform as { enum: string[] }).enum.push("instagram");
    next.description = "reworded";
    next.properties.handle!.description = "the handle";
    expect(findBreakingChanges(frozenRecord, next)).toEqual([]);
  });

  const cases: [string, (s: TSchema) => void, RegExp][] = [
    ["a removed property", (s) => void delete s.properties.display_name, /\/properties\/display_name: property "display_name" was removed/],
    ["a renamed property", (s) => { s.properties.name = s.properties.display_name!; delete s.properties.display_name; s.required = s.required.map((r) => (r === "display_name" ? "name" : r)); }, /display_name" was removed/],
    ["a retyped property", (s) => void (s.properties.handle!.type = "string"), /\/properties\/handle\/type: type changed/],
    ["a new required property", (s) => { s.properties.score = { type: "number" }; s.required.push("score"); }, /"score" became required/],
    ["a field no longer required", (s) => void (s.required = s.required.filter((r) => r !== "handle")), /"handle" is no longer required/],
    ["a narrowed enum", (s) => void ((s.properties.platform as { enum: string[] }).enum = ["x", "tiktok"]), /value "threads" was removed/],
    ["additionalProperties loosened", (s) => void (s.additionalProperties = true), /\/additionalProperties: changed from false to true/],
    ["a tightened constraint", (s) => void (s.properties.display_name!.maxLength = 100), /maxLength: changed from 200 to 100/],
    ["a new constraint", (s) => void (s.properties.display_name!.minLength = 1), /minLength: constraint added/],
    ["a removed definition", (s) => void delete s.$defs.business, /definition "business" was removed/],
    ["a changed nested definition", (s) => void ((s.$defs.contact!.properties as Record<string, { type: unknown }>).dnc!.type = "string"), /\$defs\/contact\/properties\/dnc\/type/],
  ];

  for (const [name, mutate, expected] of cases) {
    it(`catches ${name}`, () => {
      const next = base();
      mutate(next);
      const changes = findBreakingChanges(frozenRecord, next);
      expect(changes.join("\n")).toMatch(expected);
    });
  }
});
