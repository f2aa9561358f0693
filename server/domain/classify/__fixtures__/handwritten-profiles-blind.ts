import { hw, type THandwrittenProfile } from "./handwritten-helpers";

/**
 * The last hand-written set, written after the tuning rounds. Its first read (recall 93.3 %,
 * industry 67.5 %, persona 80.0 %, tribe 75.0 %, label 87.5 %) is the cleanest estimate for
 * profiles written by others; general gaps it showed were fixed afterwards, so later scores on
 * it are no longer blind. Expected labels come from reading taxonomy.md; some are judgement
 * calls, as they would be for any analyst.
 */
export const blindProfiles: THandwrittenProfile[] = [
  hw("x", "tess_builds_tools", "Tess Okafor", "indie maker. shipped 6 products, 2 still alive. currently: a Notion alternative for lawyers. $3k MRR", 2600, ["software_saas", "founder", "indie_hackers", "PARTNER"]),
  hw("x", "quietquant", "Julien M.", "Quant researcher at a hedge fund. Ex-physicist. Chess, climbing.", 3100, ["finance_investing", "professional", "outdoor_adventure", "USER"]),
  hw("tiktok", "thebudgetbride", "Alexis", "planning a wedding for under $10k 💍 tips, dupes & diy decor", 54000, ["unknown", "creator", "diy_home", "AFFILIATE"]),
  hw("threads", "doctora.lucia", "Dra. Lucía Pérez", "médica de familia en Rosario · hablo de salud sin tecnicismos", 26000, ["healthcare_medical", "creator", "none", "AFFILIATE"]),
  hw("x", "coffeeandcleats", "Marcus Lee", "assistant coach, women's soccer @ Wake Forest ⚽ coffee enthusiast", 1800, ["sports", "professional", "sports_fans", "USER"]),
  hw("tiktok", "plantbasedpri", "Priya", "easy vegan meals under 20 mins 🌱 ebook ⬇️", 210000, ["food_beverage", "creator", "foodies_home_cooks", "AFFILIATE"]),
  hw("threads", "kleine.baeckerei.mueller", "Bäckerei Müller", "Familienbetrieb seit 1961 · Brot, Brötchen & Kuchen aus Leidenschaft 🥨", 1900, ["food_beverage", "small_business_owner", "foodies_home_cooks", "PARTNER"]),
  hw("x", "nasa_fan_2009", "Oliver", "space nerd 🚀 | rocket launches, astronomy, telescope pics", 3500, ["unknown", "enthusiast", "none", "USER"]),
  hw("tiktok", "lifting.with.lola", "Lola", "powerlifting coach 🏋️‍♀️ online programs · 90+ athletes coached", 41000, ["health_fitness", "freelancer_consultant", "fitness_gym", "AFFILIATE"]),
  hw("threads", "mariana.ux", "Mariana Costa", "UX designer na Nubank · acessibilidade e design systems · Rio", 3000, ["finance_investing", "professional", "artists_creatives", "USER"]),
  hw("x", "the_green_grocer", "The Green Grocer", "Organic fruit & veg boxes delivered across Bristol 🥕 order by Thursday for weekend delivery", 7200, ["food_beverage", "brand", "foodies_home_cooks", "PARTNER"]),
  hw("tiktok", "user73920184", "", "", 0, ["unknown", "unknown", "none", "USER"]),
  hw("threads", "ravi.money.talks", "Ravi", "CA turned content creator · tax, investing aur personal finance in Hinglish", 125000, ["finance_investing", "creator", "personal_finance_fire", "AFFILIATE"]),
  hw("x", "skatepark_sal", "Sal", "skater, 34, still falling 🛹 · shoot film on weekends", 900, ["sports", "enthusiast", "sports_fans", "USER"]),
  hw("tiktok", "asmr.by.june", "June", "soft spoken asmr 🎧 sleep triggers · new video tues/fri", 780000, ["creator_media", "creator", "none", "AFFILIATE"]),
  hw("threads", "nonna.cucina", "Nonna Rita", "82 anni, ricette della tradizione 🍝 ogni domenica un video", 95000, ["food_beverage", "creator", "foodies_home_cooks", "AFFILIATE"]),
  hw("x", "devrel_dani", "Dani Kim", "Developer advocate @ a database company. Talks, demos, docs. she/her", 8900, ["software_saas", "professional", "developers", "USER"]),
  hw("tiktok", "crochet.by.cami", "Cami 🧶", "crochet patterns + tutorials 🧶 shop my patterns on etsy", 67000, ["home_diy", "creator", "diy_home", "AFFILIATE"]),
  hw("threads", "beacon.legal", "Beacon Legal", "Employment law firm in Manchester · free 15-min consultations", 1200, ["unknown", "brand", "none", "PARTNER"]),
  hw("x", "sleepyrunner", "Ines", "slow marathoner (5:12 PB!) · nurse · NHS", 1400, ["healthcare_medical", "professional", "running_endurance", "USER"]),
  hw("tiktok", "papa.cocina", "Andrés", "papá cocinando para sus 3 hijos 🍳 recetas fáciles y baratas", 310000, ["food_beverage", "creator", "foodies_home_cooks", "AFFILIATE"]),
  hw("threads", "ki.und.ich", "Miriam Vogel", "Ich erkläre KI-Tools für den Alltag 🤖 · Newsletter jeden Sonntag", 18000, ["ai_ml", "creator", "ai_builders", "AFFILIATE"]),
  hw("x", "hoa_president_ed", "Ed Baxter", "HOA board president. Lawn enthusiast. Grill master 🔥", 300, ["home_diy", "enthusiast", "diy_home", "USER"]),
  hw("tiktok", "kaya.braids", "Kaya", "knotless braids & locs 💇🏾‍♀️ Atlanta · books open weekly", 9100, ["beauty_cosmetics", "small_business_owner", "skincare_beauty", "PARTNER"]),
  hw("x", "openbanking_olu", "Olu Adebayo", "Product @ a payments startup in Lagos. Writing about African fintech every week.", 7600, ["finance_investing", "professional", "none", "USER"]),
  hw("threads", "vintage.vinyl.vera", "Vera", "record collector 🎶 jazz & soul on vinyl · crate digging every weekend", 2200, ["music_entertainment", "enthusiast", "none", "USER"]),
  hw("tiktok", "quick.math.tutor", "Mr. Ahmed", "GCSE maths in 60 seconds 📐 tutoring link below", 140000, ["education", "creator", "students_studytok", "AFFILIATE"]),
  hw("x", "mx_sunflower", "🌻", "🌻🌻🌻", 40, ["unknown", "unknown", "none", "USER"]),
  hw("threads", "studio.nomad.design", "Studio Nomad", "branding & web design studio for hospitality brands · Lisbon + remote · we're booking Q3", 2500, ["marketing_advertising", "agency", "artists_creatives", "PARTNER"]),
  hw("x", "dr_anjali_ortho", "Dr. Anjali Mehta", "Orthopaedic surgeon · sports injuries · marathon runner · Mumbai", 12000, ["healthcare_medical", "creator", "running_endurance", "AFFILIATE"]),
  hw("tiktok", "gearhead.garage", "Garage Gary", "fixing old Hondas in my garage 🔧 no shop, just vibes", 48000, ["unknown", "creator", "none", "AFFILIATE"]),
  hw("threads", "lea.lit.fr", "Léa", "lectrice compulsive 📚 chroniques littéraires sur mon blog · SP bienvenus", 4800, ["creator_media", "creator", "booktok_readers", "AFFILIATE"]),
  hw("x", "bike_mechanic_jo", "Jo", "bike mechanic at a co-op in Leeds 🚲 · gravel weekends", 600, ["health_fitness", "professional", "running_endurance", "USER"]),
  hw("tiktok", "skincare.by.dr.k", "Dr. K | Skin", "dermatologist sharing what actually works 🧴 no sponsored posts", 520000, ["healthcare_medical", "creator", "skincare_beauty", "FEEDBACK"]),
  hw("threads", "sahm.sarah", "Sarah", "SAHM to 3 littles · homeschooling · faith & family", 1500, ["unknown", "enthusiast", "parents_family", "USER"]),
  hw("x", "pm_and_pugs", "Nora", "product manager · pug mom x2 🐶 · opinions mine", 800, ["software_saas", "professional", "pet_lovers", "USER"]),
  hw("tiktok", "bollywood.beats.dj", "DJ Arjun", "Bollywood & bhangra DJ 🎧 weddings + clubs · bookings open", 23000, ["music_entertainment", "creator", "music_makers", "AFFILIATE"]),
  hw("threads", "eco.nomad.ana", "Ana", "carbon-conscious travel · trains over planes 🚆 · 30 countries", 15000, ["travel_hospitality", "creator", "travel_nomads", "AFFILIATE"]),
  hw("x", "early_access_ed", "Ed", "I sign up for every waitlist. Beta tester, bug reporter, professional overthinker.", 1100, ["unknown", "enthusiast", "none", "FEEDBACK"]),
  hw("tiktok", "mimi.thrift.flip", "Mimi", "thrifting + sewing flips ✂️ before/after every week", 88000, ["fashion_apparel", "creator", "fashion_style", "AFFILIATE"]),
];
