import { describe, expect, it } from "vitest";
import type { TPlatform } from "../profile";
import { parseHandle, parsePlatformUserId } from "./parse-identity";

describe("parseHandle", () => {
  it.each<[unknown, TPlatform, string | null]>([
    ["maya_builds", "x", "maya_builds"],
    ["@maya_builds", "x", "maya_builds"],
    ["  @Maya_Builds ", "x", "Maya_Builds"],
    ["MAYA_builds", "x", "MAYA_builds"],
    ["lola.moda.bcn", "tiktok", "lola.moda.bcn"],
    ["@Lola.Moda.BCN", "tiktok", "Lola.Moda.BCN"],
    ["morningpages.mara", "threads", "morningpages.mara"],
    ["a", "threads", "a"],
    ["maya\u200b_builds", "x", "maya_builds"],
    ["\u202emaya", "x", "maya"],
    [42, "x", "42"],
    [null, "x", null],
    [undefined, "tiktok", null],
  ])("%j on %s → %j (case preserved)", (input, platform, expected) => {
    expect(parseHandle(input, platform)).toEqual({ ok: true, value: expected });
  });

  it.each<[unknown, TPlatform]>([["@", "x"], ["  @  ", "tiktok"], ["\u200b\u200d\ufeff", "threads"], ["", "x"], ["@\u2066\u2069", "x"]])(
    "%j is empty after cleaning → empty_handle",
    (input, platform) => {
      expect(parseHandle(input, platform)).toMatchObject({ ok: false, code: "empty_handle" });
    },
  );

  it.each<[unknown, TPlatform, string]>([
    ["way_too_long_handle_x", "x", "[A-Za-z0-9_]{1,15}"],
    ["dots.not.allowed", "x", "[A-Za-z0-9_]{1,15}"],
    ["has space", "x", "[A-Za-z0-9_]{1,15}"],
    ["@@double", "x", "[A-Za-z0-9_]{1,15}"],
    ["a", "tiktok", "[A-Za-z0-9_.]{2,24}"],
    ["this.handle.is.way.too.long.x", "tiktok", "[A-Za-z0-9_.]{2,24}"],
    ["dash-name", "tiktok", "[A-Za-z0-9_.]{2,24}"],
    ["café", "threads", "[A-Za-z0-9_.]{1,30}"],
    ["a".repeat(31), "threads", "[A-Za-z0-9_.]{1,30}"],
    ["<script>", "threads", "[A-Za-z0-9_.]{1,30}"],
  ])("%j is not a valid %s handle → invalid_handle quoting %s", (input, platform, pattern) => {
    const r = parseHandle(input, platform);
    expect(r).toMatchObject({ ok: false, code: "invalid_handle" });
    if (!r.ok) expect(r.message).toContain(pattern);
  });

  it.each<[unknown]>([[{}], [["maya"]], [true], [1.5], [-3]])("%j is not text → invalid_handle", (input) => {
    expect(parseHandle(input, "x")).toMatchObject({ ok: false, code: "invalid_handle" });
  });
});

describe("parsePlatformUserId", () => {
  it.each<[unknown, TPlatform, string | null]>([
    ["1500000000000000001", "x", "1500000000000000001"],
    [" 421686841 ", "x", "421686841"],
    [421686841, "x", "421686841"],
    [Number.MAX_SAFE_INTEGER, "x", "9007199254740991"],
    ["66997f85-1f0a-4afc-b6d8-d65162bbdb83", "tiktok", "66997f85-1f0a-4afc-b6d8-d65162bbdb83"],
    ["-000aBcD_eFgh.IjK", "tiktok", "-000aBcD_eFgh.IjK"],
    ["6826413461734876166", "tiktok", "6826413461734876166"],
    ["12695510475676854", "threads", "12695510475676854"],
    [null, "x", null],
    ["", "threads", null],
  ])("%j on %s → %j", (input, platform, expected) => {
    expect(parsePlatformUserId(input, platform)).toEqual({ ok: true, value: expected });
  });

  it("accepts bigint ids (a big-number-aware JSON parser)", () => {
    expect(parsePlatformUserId(1500000000000000001n, "x")).toEqual({ ok: true, value: "1500000000000000001" });
  });

  it("rejects an X id that arrived as an unsafe JSON number", () => {
    const value: unknown = JSON.parse('{"id": 1500000000000000001}');
    const id = (value as { id: unknown }).id;
    expect(parsePlatformUserId(id, "x")).toEqual({
      ok: false,
      code: "id_precision_lost",
      message: "id arrived as a JSON number and lost precision; export ids as strings",
    });
  });

  it("rejects a spreadsheet's scientific notation as precision lost", () => {
    expect(parsePlatformUserId("1.5E+18", "x")).toMatchObject({ ok: false, code: "id_precision_lost" });
  });

  it.each<[unknown, TPlatform]>([
    ["abc", "x"],
    ["12 34", "x"],
    ["-12", "threads"],
    [1.5, "x"],
    [-1, "x"],
    ["has space", "tiktok"],
    [{}, "x"],
    [true, "tiktok"],
  ])("%j on %s → invalid_platform_user_id", (input, platform) => {
    expect(parsePlatformUserId(input, platform)).toMatchObject({ ok: false, code: "invalid_platform_user_id" });
  });
});
