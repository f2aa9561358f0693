import { describe, expect, it } from "vitest";
import { defaultTaxonomy } from "@/server/domain/taxonomy/default-taxonomy";
import { makeInput } from "./__fixtures__/make-input";
import type { TClassifierInput } from "./classifier-types";
import { classifyProfile } from "./classify-profile";

const classify = (bio: string, extra: Partial<TClassifierInput> = {}) => classifyProfile(makeInput(bio, extra), defaultTaxonomy);

describe("tribe", () => {
  it.each([
    ["Building in public: my SaaS just hit $5k MRR", "indie_hackers"],
    ["open source maintainer · rust and typescript", "developers"],
    ["Fine-tuning LLMs and building AI agents", "ai_builders"],
    ["Sourdough every weekend 🍞", "foodies_home_cooks"],
    ["Marathon number five in October 🏃‍♀️", "running_endurance"],
    ["Deadlifts, squats and protein shakes 💪", "fitness_gym"],
    ["Skincare routines for acne-prone skin 🧴", "skincare_beauty"],
    ["Thrifted outfits under $30 👗", "fashion_style"],
    ["Jordan 1 collector · 40 pairs and counting 👟", "sneakerheads"],
    ["BookTok girlie · fantasy romance and a huge TBR", "booktok_readers"],
    ["Mom of twins 👶👶", "parents_family"],
    ["Vanlife across Portugal 🚐", "travel_nomads"],
    ["Producer · beats every Friday 🎹", "music_makers"],
    ["Lifelong Chelsea supporter ⚽", "sports_fans"],
    ["Meditation and mindful mornings 🧘", "wellness_mindfulness"],
    ["Two rescue cats and a very spoiled beagle 🐾", "pet_lovers"],
    ["Houseplants, crochet and DIY projects 🪴", "diy_home"],
    ["Study with me · exam season survival 📚", "students_studytok"],
    ["Side hustle: selling printables on Etsy", "side_hustlers"],
    ["Film photography and watercolor sketches 🎨", "artists_creatives"],
    ["Hiking the Alps every summer ⛰️", "outdoor_adventure"],
    ["FIRE journey · index funds and a strict budget", "personal_finance_fire"],
    ["Bitcoin and DeFi nerd", "crypto_web3"],
    ["SEO and email marketing for SaaS companies", "growth_marketers"],
    ["Buy-and-hold landlord, six doors in Ohio", "real_estate_investors"],
    ["Valorant grinder, Diamond 2 🎮", "gamers"],
    ["Corredora amadora, primeira maratona em maio", "running_endurance"],
    ["Stricken und Häkeln am Abend 🧶", "diy_home"],
    ["Jugador de videojuegos y speedruns", "gamers"],
    ["recettes faciles et pâtisserie maison", "foodies_home_cooks"],
    ["paisa bachao, SIP aur budgeting tips", "personal_finance_fire"],
  ])("%s → %s", (bio, expected) => {
    expect(classify(bio).tribe).toBe(expected);
  });

  it.each([
    ["Accountant at a mid-size firm", "a job without a community"],
    ["🌙", "emoji only"],
    ["🇬🇷 | ☕", "a flag and a coffee"],
    ["", "no bio"],
  ])("%s → none (%s)", (bio) => {
    expect(classify(bio).tribe).toBe("none");
  });

  it("lists other tribes as secondary, strongest first, never repeating the primary", () => {
    const r = classify("Mom of three · marathon runner · sourdough on Sundays 🍞");
    expect(r.tribes.length).toBeGreaterThanOrEqual(1);
    expect(r.tribes).not.toContain(r.tribe);
    expect(new Set([r.tribe, ...r.tribes])).toEqual(new Set(["parents_family", "running_endurance", "foodies_home_cooks"]));
  });

  it("reads hashtags, split camelCase or run together", () => {
    expect(classify("", { hashtags: ["BuildInPublic"] }).tribe).toBe("indie_hackers");
    expect(classify("weekend projects #homereno #woodworking").tribe).toBe("diy_home");
  });
});
