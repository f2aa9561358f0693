import { describe, expect, it } from "vitest";
import { defaultTaxonomy } from "@/server/domain/taxonomy/default-taxonomy";
import { makeInput } from "./__fixtures__/make-input";
import { classifyProfile } from "./classify-profile";

const industry = (bio: string, extra = {}) => classifyProfile(makeInput(bio, extra), defaultTaxonomy).industry;

describe("industry", () => {
  it.each([
    ["Senior backend engineer building payment APIs in Go and Postgres", "software_saas"],
    ["Ingeniera de software · Python y Kubernetes", "software_saas"],
    ["Entwicklerin bei einem SaaS-Startup in Berlin", "software_saas"],
    ["PhD researcher in machine learning and computer vision", "ai_ml"],
    ["Prompt engineering tips and AI tools every week 🤖", "ai_ml"],
    ["Bitcoin since 2014. Self-custody or nothing.", "crypto_web3"],
    ["Collectionneuse de NFT, passionnée de web3", "crypto_web3"],
    ["Performance marketing lead · Meta ads + Google Ads for DTC brands", "marketing_advertising"],
    ["Gestora de tráfego pago para lojas online", "marketing_advertising"],
    ["Etsy seller · handmade mugs shipped worldwide", "ecommerce_retail"],
    ["Financial planner helping families retire on time", "finance_investing"],
    ["Contadora pública · impuestos y contabilidad para pymes", "finance_investing"],
    ["Realtor in Phoenix helping first-time home buyers 🏡", "real_estate"],
    ["Corretor de imóveis em Curitiba", "real_estate"],
    ["Immobilienmakler in München", "real_estate"],
    ["Vintage streetwear and sneakers, styling tips daily", "fashion_apparel"],
    ["Maquilladora profesional para novias 💄", "beauty_cosmetics"],
    ["Esthéticienne et prothésiste ongulaire à Lyon", "beauty_cosmetics"],
    ["Personal trainer · strength and hypertrophy programs", "health_fitness"],
    ["Yoga teacher & breathwork facilitator 🧘", "wellness_mental_health"],
    ["Psicóloga clínica · ansiedade e autoestima", "wellness_mental_health"],
    ["Home cook sharing weeknight recipes 🍳", "food_beverage"],
    ["Boulangère passionnée, pain au levain tous les jours", "food_beverage"],
    ["ghar ka khana aur simple recipes, roz naya video", "food_beverage"],
    ["Travel blogger · 60 countries and counting ✈️", "travel_hospitality"],
    ["Reiseblog über Skandinavien und Roadtrips", "travel_hospitality"],
    ["Primary school teacher in Manchester 🍎", "education"],
    ["Professora de matemática · aulas particulares", "education"],
    ["Twitch streamer · Valorant and Apex Legends 🎮", "gaming_esports"],
    ["Singer-songwriter from Nashville · new single out Friday 🎸", "music_entertainment"],
    ["Productor musical y DJ de techno", "music_entertainment"],
    ["Sunday league footballer, Arsenal through and through ⚽", "sports"],
    ["ER nurse · 12-hour shifts and lots of coffee", "healthcare_medical"],
    ["Zahnärztin in Hamburg 🦷", "healthcare_medical"],
    ["Volunteer coordinator at a food bank · mutual aid organiser", "nonprofit_social_impact"],
    ["Renovating a 1930s semi, one room at a time 🔨", "home_diy"],
    ["Dog trainer specialising in reactive dogs 🐕", "pets"],
    ["Podcast host · weekly interviews with indie writers 🎙️", "creator_media"],
  ])("%s → %s", (bio, expected) => {
    expect(industry(bio)).toBe(expected);
  });

  it.each([
    ["Employment lawyer in Toronto", "a sector without a slug (legal)"],
    ["Wedding planner in Tuscany", "a sector without a slug (weddings)"],
    ["", "an empty bio"],
    ["✨🦋✨", "emoji only"],
    ["here for the replies", "no usable signal"],
  ])("%s → unknown (%s)", (bio) => {
    expect(industry(bio)).toBe("unknown");
  });

  it("reads the website domain", () => {
    expect(industry("", { websiteDomain: "https://www.promptlab.ai/about" })).toBe("ai_ml");
    expect(industry("", { websiteDomain: "thestatichearts.bandcamp.com" })).toBe("music_entertainment");
    expect(industry("shop link below", { websiteDomain: "cosy-candles.myshopify.com" })).toBe("ecommerce_retail");
  });

  it("prefers a job's sector over a hobby's", () => {
    expect(industry("Tax accountant by day, trail runner by night 🏃")).toBe("finance_investing");
    expect(industry("Backend developer. Weekends are for sourdough and hiking.")).toBe("software_saas");
  });
});
