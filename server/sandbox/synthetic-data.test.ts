import { describe, expect, it } from "vitest";
import { organizationKnown, stableKey, syntheticApolloPerson, syntheticOrganization, syntheticSkipTrace } from "./synthetic-data";

const queries = Array.from({ length: 2_000 }, (_, i) => ({ first_name: "Sam", last_name: `Person${i}`, domain: `shop${i % 50}.com` }));

describe("synthetic data", () => {
  it("matches about 60–70% of Apollo queries, the same way every time", () => {
    const hits = queries.filter((q) => syntheticApolloPerson(1, q)).length / queries.length;
    expect(hits).toBeGreaterThan(0.6);
    expect(hits).toBeLessThan(0.7);
    expect(syntheticApolloPerson(1, queries[0]!)).toEqual(syntheticApolloPerson(1, { ...queries[0]! }));
    expect(syntheticApolloPerson(1, { domain: "shop1.com" })).toBeNull();
  });

  it("uses only example.com / example.net emails and 555-01xx phones", () => {
    for (const q of queries.slice(0, 300)) {
      const person = syntheticApolloPerson(3, q);
      if (person?.email) expect(person.email).toMatch(/^[a-z0-9.]+@example\.com$/);
      const trace = syntheticSkipTrace(3, { name: { first: "Sam", last: q.last_name }, propertyAddress: { street: "1 Example Ave", zip: "98101" } });
      for (const email of trace?.emails ?? []) expect(email.email).toMatch(/@example\.net$/);
      for (const phone of trace?.phoneNumbers ?? []) expect(phone.number).toMatch(/^\d{3}55501\d{2}$/);
    }
  });

  it("gives part of the organisations a street address and postal code, and knows most domains", () => {
    const orgs = Array.from({ length: 500 }, (_, i) => syntheticOrganization(1, `company${i}.com`));
    const withAddress = orgs.filter((o) => o.street_address && o.postal_code).length;
    expect(withAddress).toBeGreaterThan(200);
    expect(withAddress).toBeLessThan(400);
    const known = orgs.filter((o) => organizationKnown(1, o.primary_domain)).length;
    expect(known).toBeGreaterThan(350);
    expect(known).toBeLessThan(500);
  });

  it("flags some skip-trace hits as dnc, tcpa and litigator", () => {
    const hits = Array.from({ length: 500 }, (_, i) => syntheticSkipTrace(1, { name: { first: "Pat", last: `Owner${i}` }, propertyAddress: { street: `${i} Example Ave`, zip: "98101" } })).filter((h) => h !== null);
    const phones = hits.flatMap((h) => h.phoneNumbers);
    expect(phones.some((p) => p.dnc) && phones.some((p) => !p.dnc)).toBe(true);
    expect(phones.some((p) => p.tcpa) && phones.some((p) => !p.tcpa)).toBe(true);
    expect(hits.some((h) => h.litigator) && hits.some((h) => !h.litigator)).toBe(true);
  });

  it("stableKey sorts keys and drops undefined", () => {
    expect(stableKey({ b: 1, a: { d: undefined, c: [2, "x"] } })).toBe('{"a":{"c":[2,"x"]},"b":1}');
  });
});
