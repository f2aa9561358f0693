import { describe, expect, it } from "vitest";
import { defaultTaxonomy } from "@/server/domain/taxonomy/default-taxonomy";
import { makeInput } from "./__fixtures__/make-input";
import type { TClassifierInput } from "./classifier-types";
import { classifyProfile } from "./classify-profile";

const persona = (bio: string, extra: Partial<TClassifierInput> = {}) => classifyProfile(makeInput(bio, extra), defaultTaxonomy).persona;

describe("persona", () => {
  it.each([
    ["Co-founder & CEO at Loomly (YC W21)", "founder"],
    ["Fundadora de una startup de logística", "founder"],
    ["Gründer von zwei Startups", "founder"],
    ["Solo dev shipping a habit tracker, building in public", "founder"],
    ["CMO at a global beverage company", "executive"],
    ["VP of Engineering @ Streamline", "executive"],
    ["Diretora de marketing na Natura", "executive"],
    ["Software engineer at a bank, opinions my own", "professional"],
    ["Enfermeira no hospital municipal", "professional"],
    ["Lehrerin an einer Grundschule", "professional"],
    ["Freelance copywriter · booking new clients for Q2", "freelancer_consultant"],
    ["Business coach for women in tech · 1:1 coaching", "freelancer_consultant"],
    ["Consultora independiente en sostenibilidad", "freelancer_consultant"],
    ["Owner of Rosie's Bakery in Leeds 🧁", "small_business_owner"],
    ["Dona de um salão de beleza em Recife", "small_business_owner"],
    ["Creative agency for food and drink brands", "agency"],
    ["Agência de marketing digital para restaurantes", "agency"],
    ["Reporter covering climate for The Daily Ledger", "journalist_media"],
    ["Periodista deportiva en Radio Nacional", "journalist_media"],
    ["CS student at UCL, graduating next year", "student"],
    ["Estudiante de medicina 🩺 cuarto año", "student"],
    ["YouTuber · new video every Tuesday", "creator"],
    ["Influenciadora de moda e beleza 💄", "creator"],
    ["Weekend baker, not a pro 🥐", "enthusiast"],
    ["Die-hard Liverpool fan", "enthusiast"],
  ])("%s → %s", (bio, expected) => {
    expect(persona(bio)).toBe(expected);
  });

  it.each([
    ["Official account of Northwind Coffee Roasters ☕ Free shipping over $30", "Northwind Coffee"],
    ["We make recycled running shoes. Ships worldwide.", "Stride Labs"],
    ["Boutique hotel by the sea · book online", "Casa Marina Hotel"],
  ])("%s → brand", (bio, displayName) => {
    expect(persona(bio, { displayName })).toBe("brand");
  });

  it("does not call a person a brand for saying 'we'", () => {
    expect(persona("mom of 2 · we camp, we hike, we complain", { displayName: "Lena Park" })).not.toBe("brand");
  });

  it("counts a past role far less than a current one", () => {
    expect(persona("ex-founder, now a product manager at a music app")).toBe("professional");
    expect(persona("former journalist, now a full-time potter and studio owner")).toBe("small_business_owner");
  });

  it("falls back to enthusiast for topic-only profiles and promotes a large audience to creator", () => {
    expect(persona("sourdough and sunday hikes", { followerCount: 300 })).toBe("enthusiast");
    expect(persona("sourdough and sunday hikes", { followerCount: 40_000 })).toBe("creator");
    expect(persona("ER nurse · night shift", { followerCount: 120_000 })).toBe("creator");
  });

  it.each(["", "🌙", "lurker", "just looking"])("%j → unknown", (bio) => {
    expect(persona(bio)).toBe("unknown");
  });

  it("a handle alone never decides", () => {
    expect(persona("", { handle: "realtor_mike" })).toBe("unknown");
  });
});
