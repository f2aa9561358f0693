import { describe, expect, it } from "vitest";
import { collect, fixture, obj, readFixture } from "./fixtures.test-helpers";

const enc = new TextEncoder();
const json = (text: string): Uint8Array => enc.encode(text);

describe("X API v2", () => {
  it("streams data[] of a users lookup, turning errors[] into warnings and skipping includes", async () => {
    const out = await readFixture("x-users-lookup.json");
    expect(out.failure).toBeNull();
    expect(out.records.map((r) => obj(r).username)).toEqual(["maya_builds", "quill_and_ledger", "tinkerpaw"]);
    expect(out.records.map((r) => [r.index, r.line])).toEqual([[1, null], [2, null], [3, null]]);
    expect(out.errors).toEqual([]);
    expect(out.warnings).toEqual([
      { code: "x_api_error", message: "X API error for ghost_acct: Not Found Error: Could not find user with usernames: [ghost_acct]." },
      { code: "x_api_error", message: "X API error for locked_lena: Forbidden: User has been suspended: [locked_lena]." },
    ]);
    const [maya, quill] = out.records.map(obj);
    expect(maya).toMatchObject({ id: "1500000000000000001", pinned_tweet_id: "1700000000000000002", public_metrics: { tweet_count: 4410 } });
    expect(maya?.entities).toMatchObject({ url: { urls: [{ expanded_url: "https://mayabakes.example" }] } });
    expect(quill).toMatchObject({ pinned_post_id: "1800000000000000003", public_metrics: { post_count: 2301, like_count: 5120 } });
    expect(out.bytes).toBe(fixture("x-users-lookup.json").length);
  });

  it("reports meta.next_token of a followers page as a warning", async () => {
    const out = await readFixture("x-followers-page.json");
    expect(out.records).toHaveLength(4);
    expect(out.warnings).toEqual([{ code: "x_next_token", message: expect.stringContaining("7140dibdnow9c7btw4") }]);
    expect(obj(out.records[1])).toMatchObject({ username: "bricklanebikes", url: "https://t.co/ZyXwVu9876" });
  });

  it("reads a single data object, a bare user, a top-level array and an array of pages", async () => {
    expect((await readFixture("x-single-user.json")).records.map((r) => obj(r).username)).toEqual(["olive_grove_co"]);
    const bare = await collect("x_api_v2", json('{"id":"1","username":"solo","public_metrics":{"followers_count":3}}'), { fileName: "u.json" });
    expect(bare.records.map(obj)).toEqual([{ id: "1", username: "solo", public_metrics: { followers_count: 3 } }]);
    const array = await collect("x_api_v2", json('[{"id":"1","username":"a"},{"id":"2","username":"b"}]'), { fileName: "u.json" });
    expect(array.records.map((r) => obj(r).username)).toEqual(["a", "b"]);
    const pages = await collect("x_api_v2", json('[{"data":[{"id":"1","username":"a"}],"meta":{}},{"data":[{"id":"2","username":"b"}]}]'), { fileName: "p.json" });
    expect(pages.records.map((r) => [r.index, obj(r).username])).toEqual([[1, "a"], [2, "b"]]);
  });

  it("keeps an id written as a number above 2^53 a (lossy) number, so the mapper can reject it", async () => {
    const out = await collect("x_api_v2", json('{"data":[{"id":1500000000000000001,"username":"big"},{"id":"1500000000000000001","username":"str"}]}'), {
      fileName: "u.json",
    });
    const [big, str] = out.records.map(obj);
    expect(typeof big?.id).toBe("number");
    expect(Number.isSafeInteger(big?.id)).toBe(false);
    expect(str?.id).toBe("1500000000000000001");
  });
});

describe("TikTok", () => {
  it("unwraps the Display API data.user envelope", async () => {
    const out = await readFixture("tiktok-user-info.json");
    expect(out.records).toHaveLength(1);
    expect(obj(out.records[0])).toMatchObject({ open_id: "723f24d7-e717-40f8-a2b6-cb8464cd23b4", username: "rosaskitchen", follower_count: 48210 });
  });

  it("throws on a top-level error code, naming code and message", async () => {
    const body = '{"data":{},"error":{"code":"access_token_invalid","message":"The access token is invalid or not found","log_id":"1"}}';
    const out = await collect("tiktok_user_info", json(body), { fileName: "me.json" });
    expect(out.records).toEqual([]);
    expect(out.failure?.message).toBe(
      'The file is a TikTok API error response, not data (TikTok API error "access_token_invalid": The access token is invalid or not found)',
    );
  });

  it("reads arrays of envelopes and bare objects; a failed envelope is a per-record error", async () => {
    const body = JSON.stringify([
      { data: { user: { open_id: "a", username: "one" } }, error: { code: "ok", message: "" } },
      { open_id: "b", username: "two" },
      { data: {}, error: { code: "scope_not_authorized", message: "no scope" } },
    ]);
    const out = await collect("tiktok_user_info", json(body), { fileName: "many.json" });
    expect(out.items.map((i) => (i.kind === "record" ? obj(i).username : i.code))).toEqual(["one", "two", "tiktok_api_error"]);
    expect(out.errors[0]).toMatchObject({ index: 3, message: 'TikTok API error "scope_not_authorized": no scope' });
  });

  it("reads the Research API flat user and follower lists", async () => {
    const user = await readFixture("tiktok-research-user.json");
    expect(user.records.map(obj)).toEqual([expect.objectContaining({ display_name: "Bean There Coffee", bio_url: "https://beanthere.example" })]);
    const followers = await readFixture("tiktok-research-followers.json");
    expect(followers.records.map(obj)).toEqual([
      { display_name: "Ivy", username: "ivy.sews", relation: "follower" },
      { display_name: "Marco P", username: "marco_paints", relation: "follower" },
      { display_name: "", username: "user8812031", relation: "follower" },
    ]);
    const following = await collect("tiktok_research", json('{"data":{"user_following":[{"display_name":"K","username":"k"}],"has_more":false}}'), {
      fileName: "f.json",
    });
    expect(following.records.map(obj)).toEqual([{ display_name: "K", username: "k", relation: "following" }]);
    const lastPage = await collect("tiktok_research", json('{"data":{"user_followers":[],"cursor":0,"has_more":false}}'), { fileName: "f.json" });
    expect(lastPage.items).toEqual([]);
  });

  it.each(["tiktok-export-old.json", "tiktok-export-new.json"])("reads followers and following from %s", async (name) => {
    const out = await readFixture(name);
    const relations = out.records.map((r) => obj(r).relation);
    expect(out.records.every((r) => Object.keys(obj(r)).sort().join() === "Date,UserName,relation")).toBe(true);
    expect(relations.filter((r) => r === "follower")).toHaveLength(name.includes("old") ? 3 : 2);
    expect(relations.filter((r) => r === "following")).toHaveLength(name.includes("old") ? 2 : 3);
  });
});

describe("Threads, Meta exports and scrapers", () => {
  it("reads Threads profile arrays and a Graph API error", async () => {
    const out = await readFixture("threads-profiles.json");
    expect(out.records.map((r) => obj(r).username)).toEqual(["nadia.designs", "threads_tom"]);
    const paged = await collect("threads_profile", json('{"data":[{"id":"1","username":"a"}],"paging":{"cursors":{"after":"x"}}}'), { fileName: "p.json" });
    expect(paged.records.map(obj)).toEqual([{ id: "1", username: "a" }]);
    const error = await collect("threads_profile", json('{"error":{"message":"Invalid OAuth access token","code":190,"fbtrace_id":"A"}}'), { fileName: "e.json" });
    expect(error.failure?.message).toMatch(/Threads API error "190": Invalid OAuth access token/);
  });

  it("keeps Meta export items untouched (mojibake included) and adds relation", async () => {
    const threads = await readFixture("meta-threads-followers.json");
    expect(threads.records).toHaveLength(3);
    expect(obj(threads.records[0])).toMatchObject({ title: "Jos\u00c3\u00a9 Caf\u00c3\u00a9", relation: "follower" });
    expect(obj(threads.records[0]).string_list_data).toEqual([{ href: "https://www.threads.net/@jose.cafe", timestamp: 1718000000, value: "jose.cafe" }]);
    const igFollowers = await readFixture("instagram-followers_1.json");
    expect(igFollowers.records.map((r) => obj(r).relation)).toEqual(["follower", "follower", "follower"]);
    const igFollowing = await readFixture("instagram-following.json");
    expect(igFollowing.records.map((r) => [obj(r).title, obj(r).relation])).toEqual([["nadia.designs", "following"], ["slow.pottery", "following"]]);
  });

  it("reads scraper arrays and {items}/{data} wrappers", async () => {
    const apify = await readFixture("scraper-apify-tiktok.json");
    expect(apify.records.map((r) => (obj(r).authorMeta as { name: string }).name)).toEqual(["crumb.club", "crumb.club", "spoke_doctor"]);
    const camel = await readFixture("scraper-x-camel.json");
    expect(camel.records.map((r) => obj(r).userName)).toEqual(["devon_ships", "hana_sketches"]);
    for (const wrapper of ["items", "data"]) {
      const out = await collect("scraper_json", json(`{"${wrapper}":[{"username":"a"},{"username":"b"}],"total":2}`), { fileName: "w.json" });
      expect(out.records.map(obj)).toEqual([{ username: "a" }, { username: "b" }]);
    }
  });
});

describe("broken JSON documents", () => {
  it("keeps the records before a truncation, then fails with a whole-file error", async () => {
    const out = await readFixture("truncated.json");
    expect(out.records).toHaveLength(2);
    expect(out.errors).toHaveLength(0);
    expect(out.failure?.name).toBe("FileFormatError");
    expect(out.failure?.message).toBe("The JSON ends early (truncated) after record 2");
  });

  it("names the line of a syntax error", async () => {
    const body = '{\n  "data": [\n    {"id": "1", "username": "a"},\n    {"id": "2" "username": "b"}\n  ]\n}\n';
    const out = await collect("x_api_v2", json(body), { fileName: "bad.json" });
    expect(out.records).toHaveLength(1);
    expect(out.failure?.message).toBe("The JSON is not valid on line 4: expected ',' (after record 1)");
  });

  it("names a column range on a long single line", async () => {
    const users = Array.from({ length: 50 }, (_, i) => `{"id":"${i}","username":"user_${i}"}`).join(",");
    const out = await collect("x_api_v2", json(`{"data":[${users},{"id":"x",,}]}`), { fileName: "min.json" });
    // records in the ≤1 KB slice that holds the error are not yielded (the tokenizer drops the slice)
    expect(out.records.length).toBeGreaterThan(20);
    expect(out.failure?.message).toMatch(/^The JSON is not valid on line 1, columns \d+–\d+: .*$/);
    expect(out.failure?.message).toContain(`(after record ${out.records.length})`);
  });

  it("rejects trailing garbage and an empty document", async () => {
    expect((await collect("scraper_json", json('[{"username":"a"}] trailing'), { fileName: "t.json" })).failure?.message).toMatch(/not valid on line 1/);
    expect((await collect("scraper_json", json("  \n "), { fileName: "t.json" })).failure?.message).toBe("The file is empty");
  });
});
