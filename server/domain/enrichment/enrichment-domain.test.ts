import { describe, expect, it } from "vitest";
import { DomainError } from "@/server/domain/errors";
import { defaultEnrichmentPolicy as policy, ZEnrichmentPolicy, type TEnrichmentPolicy } from "@/server/domain/settings/enrichment-policy";
import { assertBatchSize, MAX_BATCH_CARDS, splitIntoBatches } from "./batching";
import { maskContactValue, normaliseEmail, normalisePhone } from "./contact-values";
import { attributeCredits } from "./credits";
import { evaluateEligibility, summariseIneligible, type TCardFacts } from "./eligibility";
import { budgetLines, checkBudget, estimateCost } from "./estimate";
import { buildPersonQuery, normaliseDomain, splitPersonName } from "./identifiers";
import { rateLimitPauseMs } from "./pacing";
import { usStateCode } from "./us-states";

const now = new Date("2026-11-28T12:00:00Z");
const card = (over: Partial<TCardFacts> = {}): TCardFacts => ({
  id: "c1", platform: "tiktok", label: "PARTNER", classificationConfidence: 0.8, reviewState: "confirmed", lawfulBasis: null,
  erased: false, suppressed: false, lastEnrichedAt: null, pending: false, ...over,
});

describe("evaluateEligibility", () => {
  it("the default policy is valid", () => expect(ZEnrichmentPolicy.parse(policy)).toEqual(policy));

  const cases: [string, Partial<TCardFacts>, string[], TEnrichmentPolicy?][] = [
    ["eligible partner", {}, []],
    ["eligible affiliate, corrected", { label: "AFFILIATE", reviewState: "corrected" }, []],
    ["USER label", { label: "USER" }, ["label"]],
    ["no label", { label: null }, ["label"]],
    ["low confidence", { classificationConfidence: 0.59 }, ["confidence"]],
    ["confidence exactly at the minimum", { classificationConfidence: 0.6 }, []],
    ["unreviewed", { reviewState: "unreviewed" }, ["review"]],
    ["unreviewed but review not required", { reviewState: "unreviewed" }, [], { ...policy, reviewRequired: false }],
    ["X without lawful basis", { platform: "x" }, ["lawful_basis"]],
    ["X with blank lawful basis", { platform: "x", lawfulBasis: "  " }, ["lawful_basis"]],
    ["X with lawful basis", { platform: "x", lawfulBasis: "consent: opt-in form 2026-10" }, []],
    ["X allowed by a policy without the rule", { platform: "x" }, [], { ...policy, lawfulBasisRequiredFor: [] }],
    ["threads needs nothing by default", { platform: "threads" }, []],
    ["enriched 10 days ago", { lastEnrichedAt: new Date("2026-11-18T12:00:00Z") }, ["cooldown"]],
    ["enriched 91 days ago", { lastEnrichedAt: new Date("2026-08-29T12:00:00Z") }, []],
    ["erased", { erased: true }, ["erased"]],
    ["suppressed", { suppressed: true }, ["suppressed"]],
    ["already pending", { pending: true }, ["pending"]],
    ["several at once", { label: "FEEDBACK", classificationConfidence: 0.1, reviewState: "unreviewed", platform: "x" }, ["label", "confidence", "review", "lawful_basis"]],
  ];
  it.each(cases)("%s", (_name, over, codes, custom) => {
    const result = evaluateEligibility(card(over), custom ?? policy, now);
    expect(result.reasons.map((r) => r.code)).toEqual(codes);
    expect(result.eligible).toBe(codes.length === 0);
    for (const reason of result.reasons) expect(reason.message.length).toBeGreaterThan(10);
  });

  it("summarises reasons per code", () => {
    const results = [card({ label: "USER" }), card({ label: "USER", pending: true }), card()].map((c) => evaluateEligibility(c, policy, now));
    expect(summariseIneligible(results)).toEqual({ label: 2, pending: 1 });
  });
});

describe("batching", () => {
  it.each([[0, []], [1, [1]], [250, [250]], [251, [250, 1]], [501, [250, 250, 1]]] as const)("%i cards → %j", (n, sizes) => {
    const ids = Array.from({ length: n }, (_, i) => i);
    const batches = splitIntoBatches(ids);
    expect(batches.map((b) => b.length)).toEqual(sizes);
    expect(batches.flat()).toEqual(ids);
  });
  it("refuses a 251-card batch", () => {
    expect(() => assertBatchSize(MAX_BATCH_CARDS)).not.toThrow();
    expect(() => assertBatchSize(251)).toThrow(DomainError);
    expect(() => assertBatchSize(251)).toThrow(/at most 250 cards; this one has 251/);
  });
});

describe("estimate and budgets", () => {
  it("estimates per provider at the worst case", () => {
    const estimate = estimateCost(10, policy);
    expect(estimate.providers).toEqual([
      { provider: "apollo", credits: 90, money: 2.25 },
      { provider: "batchdata", credits: 0, money: 0.7 },
    ]);
    expect(estimate).toMatchObject({ cards: 10, credits: 90, money: 2.95, currency: "USD" });
  });
  it("skips disabled providers", () => {
    const only = { ...policy, providers: policy.providers.map((p) => (p.provider === "batchdata" ? { ...p, enabled: false } : p)) };
    expect(estimateCost(2, only).providers.map((p) => p.provider)).toEqual(["apollo"]);
  });
  const lines = budgetLines(policy, { day: { credits: 4000, money: 10 }, month: { credits: 10000, money: 100 } });
  it("remaining budget per window", () => {
    expect(lines.find((l) => l.window === "day")).toMatchObject({ remainingCredits: 1000, remainingMoney: 240 });
    expect(lines.find((l) => l.window === "month")).toMatchObject({ remainingCredits: 40000, remainingMoney: 1900 });
  });
  const cases: [string, number[], string[]][] = [
    ["within every cap", [100], []],
    ["over today's credits", [112, 1], ["day:credits"]],
    ["one batch over the per-batch cap", [280], ["batch:credits", "day:credits"]],
  ];
  it.each(cases)("%s", (_name, sizes, expected) => {
    const violations = checkBudget(sizes.map((n) => estimateCost(n, policy)), lines, "USD");
    expect(violations.map((v) => `${v.window}:${v.unit}`)).toEqual(expected);
    for (const v of violations) expect(v.message).toMatch(/needs .* but the/);
  });
});

describe("identifiers", () => {
  it.each([
    ["Maya Reed", { first: "Maya", last: "Reed" }],
    ["Jean-Luc Picard", { first: "Jean-Luc", last: "Picard" }],
    ["Maya Reed 🚀", { first: "Maya", last: "Reed" }],
    ["Anna Maria Rossi", { first: "Anna", last: "Maria Rossi" }],
    ["maya", null],
    ["The Bake Shop", null],
    ["AI builders weekly digest podcast show", null],
    ["maya reed", null],
    [null, null],
  ] as const)("splitPersonName(%j)", (input, expected) => expect(splitPersonName(input)).toEqual(expected));

  it.each([
    ["https://www.MayaBakes.example/about", "mayabakes.example"],
    ["mayabakes.example", "mayabakes.example"],
    ["localhost", null],
    ["", null],
  ] as const)("normaliseDomain(%j)", (input, expected) => expect(normaliseDomain(input)).toBe(expected));

  it.each([
    ["x with name and domain", { platform: "x", handle: "maya_builds", displayName: "Maya Reed", websiteDomain: "mayabakes.example" }, { first_name: "Maya", last_name: "Reed", domain: "mayabakes.example", twitter_url: "https://twitter.com/maya_builds" }],
    ["tiktok name + domain", { platform: "tiktok", handle: "maya", displayName: "Maya Reed", websiteDomain: "mayabakes.example" }, { first_name: "Maya", last_name: "Reed", domain: "mayabakes.example" }],
    ["tiktok name only: too little", { platform: "tiktok", handle: "maya", displayName: "Maya Reed", websiteDomain: null }, null],
    ["link-in-bio domain is not an employer", { platform: "threads", handle: "maya", displayName: "Maya Reed", websiteDomain: "linktr.ee" }, null],
    ["x handle only", { platform: "x", handle: "maya_builds", displayName: null, websiteDomain: null }, { twitter_url: "https://twitter.com/maya_builds" }],
  ] as const)("buildPersonQuery: %s", (_name, identity, expected) => expect(buildPersonQuery(identity)).toEqual(expected));
});

describe("credits", () => {
  it.each([
    ["person + mobile + miss", [{ matched: true, mobile: false }, { matched: true, mobile: true }, null], 10, [1, 9, 0]],
    ["nothing charged", [{ matched: true, mobile: false }, null], 0, [0, 0]],
    ["provider charged differently: proportional, sums match", [{ matched: true, mobile: false }, { matched: true, mobile: false }, { matched: true, mobile: false }], 4, [1.34, 1.33, 1.33]],
    ["charged with no matches: spread evenly", [null, null], 1, [0.5, 0.5]],
  ] as const)("%s", (_name, matches, consumed, expected) => {
    const shares = attributeCredits(matches, consumed);
    expect(shares).toEqual(expected);
    expect(Math.round(shares.reduce((a, b) => a + b, 0) * 100)).toBe(Math.round(consumed * 100));
  });
});

describe("contact values", () => {
  it.each([["(206) 555-0143", "+12065550143"], ["+44 20 7946 0958", "+442079460958"], ["12065550143", "+12065550143"], ["12", null]] as const)("phone %s", (input, expected) => expect(normalisePhone(input)).toBe(expected));
  it.each([[" Maya@Example.NET ", "maya@example.net"], ["not-an-email", null]] as const)("email %s", (input, expected) => expect(normaliseEmail(input)).toBe(expected));
  it("masks values", () => {
    expect(maskContactValue("email", "maya.reed@example.net")).toBe("m•••@•••.net");
    expect(maskContactValue("phone", "+12065550143")).toBe("•••• 43");
  });
});

describe("usStateCode", () => {
  it.each([["Texas", "TX"], ["tx", "TX"], ["New  York", "NY"], ["Bavaria", null], [null, null]] as const)("%s → %s", (input, expected) => expect(usStateCode(input)).toBe(expected));
});

describe("rateLimitPauseMs", () => {
  it.each([
    ["no headers", undefined, 0],
    ["requests left", { minuteRemaining: 3 }, 0],
    ["window used up at :45", { minuteRemaining: 0 }, 15_250],
  ] as const)("%s", (_name, rateLimit, expected) => expect(rateLimitPauseMs(rateLimit, Date.UTC(2026, 10, 28, 12, 0, 45))).toBe(expected));
});
