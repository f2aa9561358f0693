/**
 * Vocabulary for the synthetic demo/benchmark audience: communities with the phrases people
 * really put in bios, roles, places and names. Everything here is fictional.
 */
export type TCommunity = { slug: string; phrases: string[]; hashtags: string[]; sites: string[] };

export const communities: TCommunity[] = [
  { slug: "fitness_gym", phrases: ["lifting 5x a week", "online coaching for busy dads", "powerlifter · 200kg deadlift", "crossfit box owner", "meal prep + macros"], hashtags: ["gymtok", "fitness", "powerlifting"], sites: ["liftwithjo.fit", "ironhouse.gym"] },
  { slug: "running_endurance", phrases: ["marathoner chasing sub-3", "ultra trail runner", "triathlon coach", "run club every Sunday"], hashtags: ["running", "marathon", "strava"], sites: ["milesnotes.run"] },
  { slug: "skincare_beauty", phrases: ["licensed esthetician", "skincare for sensitive skin", "makeup artist for weddings", "honest product reviews"], hashtags: ["skincare", "makeup", "beautytok"], sites: ["glowlab.beauty"] },
  { slug: "fashion_style", phrases: ["thrift flips & outfit ideas", "slow fashion designer", "personal stylist", "vintage reseller"], hashtags: ["ootd", "thrifted", "fashion"], sites: ["threadandneedle.shop"] },
  { slug: "foodies_home_cooks", phrases: ["home baker, sourdough nerd", "15-minute dinners", "restaurant reviews in Lisbon", "chef & owner of a tiny bistro"], hashtags: ["recipes", "baking", "foodtok"], sites: ["saltandcrumb.kitchen"] },
  { slug: "gamers", phrases: ["variety streamer", "speedrunner", "indie game dev", "esports caster"], hashtags: ["gaming", "twitch", "indiedev"], sites: ["pixelforge.gg"] },
  { slug: "crypto_web3", phrases: ["DeFi researcher", "building onchain tools", "NFT collector since 2020", "crypto trader, not advice"], hashtags: ["crypto", "web3", "defi"], sites: ["chainnotes.xyz"] },
  { slug: "indie_hackers", phrases: ["building in public", "bootstrapped SaaS to $4k MRR", "solo maker shipping weekly", "no-code tools for bakeries"], hashtags: ["buildinpublic", "indiehackers", "nocode"], sites: ["tinyinvoice.app", "shipfast.dev"] },
  { slug: "ai_builders", phrases: ["ML engineer fine-tuning small models", "building AI agents", "LLM evals nerd", "AI research at a robotics lab"], hashtags: ["ai", "llm", "machinelearning"], sites: ["promptcraft.ai"] },
  { slug: "growth_marketers", phrases: ["growth lead at a fintech", "SEO consultant", "performance marketing for DTC brands", "copywriter for SaaS"], hashtags: ["marketing", "seo", "growth"], sites: ["funnelworks.agency"] },
  { slug: "real_estate_investors", phrases: ["realtor in Austin", "buy and hold investor, 14 doors", "house flipper", "property manager"], hashtags: ["realestate", "investing", "landlord"], sites: ["keysandcaps.homes"] },
  { slug: "personal_finance_fire", phrases: ["FIRE at 40 is the plan", "budgeting tips for students", "index funds and chill", "CPA sharing money basics"], hashtags: ["personalfinance", "fire", "budgeting"], sites: ["frugalpath.money"] },
  { slug: "parents_family", phrases: ["mom of three", "dad jokes and toddler chaos", "homeschooling family", "family vlogs"], hashtags: ["momlife", "parenting", "family"], sites: [] },
  { slug: "travel_nomads", phrases: ["digital nomad, 40 countries", "vanlife across Europe", "budget travel guides", "hotel reviewer"], hashtags: ["travel", "vanlife", "nomad"], sites: ["wanderlog.travel"] },
  { slug: "music_makers", phrases: ["producer & DJ", "singer-songwriter", "beatmaker, lo-fi", "touring drummer"], hashtags: ["music", "producer", "newmusic"], sites: ["soundloft.fm"] },
  { slug: "sneakerheads", phrases: ["sneaker reseller", "jordan collector", "streetwear drops daily", "custom kicks artist"], hashtags: ["sneakers", "streetwear", "kicks"], sites: ["solestack.shop"] },
  { slug: "wellness_mindfulness", phrases: ["yoga teacher", "meditation and breathwork", "therapist talking mental health", "self-care reminders"], hashtags: ["yoga", "mindfulness", "wellness"], sites: ["stillroom.yoga"] },
  { slug: "pet_lovers", phrases: ["dog mom of two rescues", "cat content daily", "vet tech", "dog trainer"], hashtags: ["dogsoftiktok", "catlover", "pets"], sites: ["happypaws.pet"] },
  { slug: "diy_home", phrases: ["renovating a 1920s house", "DIY home decor on a budget", "gardening in small spaces", "woodworker"], hashtags: ["diy", "homedecor", "gardening"], sites: ["workbench.diy"] },
  { slug: "students_studytok", phrases: ["med student", "study with me", "CS student at uni", "exam prep tips"], hashtags: ["studytok", "student", "studywithme"], sites: [] },
  { slug: "developers", phrases: ["software engineer", "open source maintainer", "rustacean", "frontend dev, CSS enjoyer"], hashtags: ["programming", "opensource", "javascript"], sites: ["devnotes.io"] },
  { slug: "booktok_readers", phrases: ["reading 100 books this year", "fantasy romance reviews", "writer of cozy mysteries", "bookstagram"], hashtags: ["booktok", "books", "reading"], sites: ["pagesandtea.blog"] },
  { slug: "outdoor_adventure", phrases: ["climber and hiker", "ski patrol", "surfing every morning", "camping guides"], hashtags: ["hiking", "climbing", "outdoors"], sites: ["trailhead.guide"] },
  { slug: "artists_creatives", phrases: ["illustrator", "film photographer", "graphic designer", "ceramicist & studio owner"], hashtags: ["art", "illustration", "photography"], sites: ["studioclay.art"] },
];

export const roleHooks = [
  "founder of", "co-founder @", "creator ·", "", "", "", "coach ·", "freelance", "head of growth @", "student ·", "owner of", "PR & collabs open ·", "beta tester ·",
];

export const firstNames = ["Maya", "Kwame", "Lucía", "Omar", "Hannah", "Priya", "Jonas", "Aiko", "Diego", "Fatima", "Noah", "Chloé", "Ravi", "Sofia", "Tariq", "Elena", "Malik", "Ines", "Kenji", "Zara", "Leo", "Amara", "Mateus", "Grace"];
export const lastNames = ["Reed", "Asante", "Moreno", "Saleh", "Lindqvist", "Nair", "Becker", "Tanaka", "Silva", "Haddad", "Okafor", "Dubois", "Kapoor", "Rossi", "Khan", "Petrova", "Johnson", "Costa", "Sato", "Ali"];
export const places = ["Leeds, UK", "Austin, TX", "Lisbon", "São Paulo", "Berlin", "Lagos", "Mumbai", "Toronto", "Zürich", "Mexico City", "Seoul", "Nairobi", "", ""];

/** Contact data some bios carry, to exercise redaction (all fictional, reserved ranges). */
export const contactSnippets = ["collabs: {name}@example.com", "PR {name} [at] example [dot] com", "WhatsApp +44 20 7946 0{n}", "call (206) 555-01{n}", "wa.me/55119876{n}"];
/** Look-alikes that must survive. */
export const decoySnippets = ["1.2M views", "$49 course", "since 2019", "v2.3 out now", "open Sat 9–1", "@studio.partner"];
