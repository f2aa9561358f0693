import type { TLexiconInput } from "../taxonomy-schema";
import { w } from "./cue-helpers";

/**
 * Signal lexicons the label rules read. A negated affiliate cue ("no collabs", "keine
 * Kooperationen") counts as a refusal automatically, so refusal only lists the set phrases.
 */

export const affiliateSignals: TLexiconInput = {
  terms: {
    en: [
      ...w(2.5, "collab", "collabs", "collaborations", "ugc", "affiliate", "sponsorship", "sponsorships", "partnerships", "mgmt", "ltk", "storefront", "ambassador", "arc", "arcs", "liketoknow"),
      ...w(2, "collaboration", "partnership", "sponsor", "sponsored", "biz", "inquiries", "enquiries", "promo", "shoutouts", "management"),
      ...w(1.5, "pr", "affiliates", "shoutout"),
      ...w(0.8, "business", "code"),
          ...w(0.5, "press"),
        ],
    es: [...w(2.5, "colabs", "colaboraciones", "patrocinios"), ...w(2, "colaboracion", "patrocinio", "patrocinado", "alianzas"), ...w(1, "marcas", "publicidad")],
    pt: [...w(2.5, "parcerias", "publis", "colabs", "permuta"), ...w(2, "parceria", "publi", "patrocinio", "patrocinado", "assessoria", "divulgacao"), ...w(1, "marcas", "publicidade")],
    fr: [...w(2.5, "collabs", "collaborations", "partenariats"), ...w(2, "partenariat", "sponsorise"), ...w(1, "marques")],
    de: [...w(2.5, "kooperationen", "kooperationsanfragen", "partnerschaften", "rabattcode"), ...w(2, "kooperation", "zusammenarbeit", "gesponsert", "werbepartner"), ...w(1.5, "anfragen", "werbung"), ...w(2.5, "rezensionsexemplare", "rezensionsexemplar")],
    hi_en: w(1.5, "promotion"),
  },
  phrases: {
    en: [
      ...w(3, "brand partnerships", "brand deals", "paid partnerships", "business inquiries", "business enquiries", "media kit", "rate card", "brand ambassador", "amazon storefront", "shop my", "use my code", "my code", "promo code", "discount code"),
      ...w(3, "pr friendly", "pr packages", "ugc creator", "open to collabs", "dm for collabs", "sponsor an issue", "arc reader", "arc reviewer", "affiliate links", "sponsored athlete", "managed by", "paid promo", "tiktok shop"),
      ...w(1.5, "for business", "represented by", "amazon finds", "creator fund", "work with me", "link in bio"),
    ],
    es: w(3, "contacto comercial", "para marcas"),
    pt: w(3, "contato comercial", "para marcas"),
    fr: [...w(3, "pour les marques", "demandes pro", "contact pro", "placement de produit", "sp bienvenus", "services presse", "service presse")],
    de: w(3, "fur marken", "business anfragen"),
    hi_en: w(3, "collab ke liye", "paid collab", "promotion ke liye", "brand deals"),
  },
  hashtags: [...w(2, "collab", "ad", "sponsored", "ugc", "ugccreator", "affiliate", "ltk", "amazoninfluencer", "ambassador"), ...w(1, "gifted", "pr")],
  emoji: w(1.5, "💌"),
  domains: [...w(2.5, "ltk", "liketoknow.it", "amazon.com/shop", "shopmy", "collabstr"), ...w(1.5, "stan.store", "beacons.ai")],
  nameTerms: w(1.5, "ugc", "collabs"),
};

export const feedbackSignals: TLexiconInput = {
  terms: {
    en: [
      ...w(3, "reviewer", "playtester", "playtest", "playtesting", "backer", "teardowns", "teardown"),
      ...w(2, "reviewing", "reviewed", "rating", "ranking", "rankings", "feedback", "tester", "testing", "waitlist", "comparisons", "beta", "untappd", "critique"),
      ...w(1.5, "reviews", "ratings", "honest", "tests", "tested", "tries", "trial", "bugs", "critic", "compared", "comparison", "unboxing", "ranks"),
      ...w(1, "review", "honestly", "bug", "roast"),
      ...w(0.5, "goodreads"),
          ...w(0.5, "trying", "trials"),
        ],
    es: [...w(2.5, "resenas", "pruebo", "evaluo"), ...w(2, "resena", "probando", "calificando", "comparativas"), ...w(1, "analisis", "critica")],
    pt: [...w(2.5, "resenhas", "avalio", "testo", "testei"), ...w(2, "resenha", "avaliacoes", "avaliando", "testando", "comparativos"), ...w(1, "testes", "sincera", "sincero")],
    fr: [...w(2.5, "critiques"), ...w(1.5, "honnete", "avis", "chroniques")],
    de: [...w(2.5, "rezensionen", "erfahrungsberichte", "produkttests", "testerin"), ...w(2, "rezension", "bewertungen", "tester"), ...w(1, "teste", "ehrlich")],
    hi_en: [],
  },
  phrases: {
    en: [
      ...w(3, "beta tester", "beta testers", "beta test", "early adopter", "early access", "power user", "product tester", "alpha tester", "taste tester", "mystery shopper", "bug reports", "file bugs", "honest reviews", "honest review", "product reviews", "gear reviews"),
      ...w(3, "so you dont have to", "so u dont have to", "so you dont", "kickstarter backer", "i review", "i rate", "rate every", "i test", "top reviewer", "local guide", "yelp elite", "first impressions"),
      ...w(2, "i try", "new apps", "app reviews", "honest opinions"),
          ...w(0, "clinical trials", "free trial"),
          ...w(2, "i pilot"),
          ...w(2.5, "bug reporter"),
        ],
    es: w(3, "opiniones honestas", "resenas honestas"),
    pt: w(3, "opiniao sincera", "resenhas sinceras"),
    fr: w(3, "je teste", "avis honnetes", "je note", "beta testeur", "beta testeuse"),
    de: w(3, "ich teste", "ehrliche meinung", "ehrliche bewertungen"),
    hi_en: w(3, "review karta", "review karti", "test kiya", "honest review"),
  },
  hashtags: w(2, "review", "reviews", "honestreview", "betatester", "earlyadopter", "producttesting", "unboxing", "bookreview", "gamereview", "techreview"),
  emoji: w(1, "⭐", "🧪"),
  domains: w(1.5, "untappd.com", "letterboxd.com", "yelp.com", "trustpilot", "goodreads.com"),
  nameTerms: w(1.5, "reviews", "review", "tests", "tries", "rates", "rankings", "honest", "tester", "rated", "ranked"),
};

export const refusalSignals: TLexiconInput = {
  terms: { en: w(2.5, "unsponsored", "unaffiliated", "adfree"), de: w(2.5, "unbezahlt", "selbstgekauft") },
  phrases: {
    en: w(3, "no sponsors", "no sponsorships", "not sponsored", "never sponsored", "no sponsored", "no ads", "no affiliate", "no affiliate links", "no paid", "no paid promos", "no brand deals", "no gifted", "not gifted", "pay my own", "i pay my own", "my own money", "own money", "no freebies", "not paid", "no pr", "not affiliated", "no kickbacks", "independent reviews", "ad free"),
    es: w(3, "sin patrocinios", "sin patrocinio", "no patrocinado", "sin publicidad", "con mi dinero", "con mi propio dinero"),
    pt: w(3, "sem publi", "sem publis", "sem patrocinio", "nao e publi", "nao patrocinado", "com meu dinheiro", "com meu proprio dinheiro"),
    fr: w(3, "pas de partenariat", "pas de partenariats", "non sponsorise", "sans sponsor", "pas sponsorise", "avec mon argent"),
    de: w(3, "keine kooperationen", "keine werbung", "nicht gesponsert", "ohne sponsoring", "selbst gekauft", "keine sponsoren"),
    hi_en: w(3, "paid promotion nahi", "no paid promotion", "sponsored nahi", "apne paise se"),
  },
};

export const minorSignals: TLexiconInput = {
  terms: { en: w(2.5, "underage", "minor", "highschooler"), fr: w(3, "lyceen", "lyceenne", "collegien", "collegienne"), de: w(2, "schuler", "schulerin", "gymnasiast", "gymnasiastin") },
  phrases: {
    en: w(3, "high school student", "hs student", "in high school", "middle school", "middle schooler", "high schooler", "freshman in high school", "7th grader", "8th grader", "9th grader", "10th grader", "11th grader", "hs freshman", "hs sophomore", "hs junior", "hs senior", "school student"),
    es: w(3, "estudiante de secundaria", "en la secundaria"),
    pt: w(3, "ensino medio"),
    fr: [],
    de: [],
    hi_en: w(3, "class 9", "class 10", "class 11", "class 12", "10th class", "12th class"),
  },
};
