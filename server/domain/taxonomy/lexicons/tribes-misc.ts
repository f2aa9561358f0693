import { w, type TTribeEntryInput } from "./cue-helpers";

/** Tribes: students, side hustlers, outdoor adventure, and "none". */
export const miscTribes: TTribeEntryInput[] = [
  {
    slug: "students_studytok",
    name: "Students & StudyTok",
    description: "study tips, student life, exam prep",
    industry: "education",
    lexicon: {
      terms: {
        en: [
          ...w(3, "studytok", "studyblr", "studygram", "flashcards", "midterms", "gcse", "mcat", "lsat", "usmle", "gpa", "jee", "neet", "upsc", "cbse", "premed", "undergrad", "freshman", "sophomore", "erasmus", "pomodoro", "freshers"),
          ...w(2, "student", "studying", "exams", "finals", "homework", "assignments", "thesis", "dissertation", "revision", "semester", "campus", "dorm", "majoring", "internships", "internship", "aspirant", "stationery", "bujo", "topper"),
          ...w(1.2, "students", "exam", "study", "studies", "uni", "college", "university", "leetcode", "major", "notes", "placement", "lectures", "classes"),
        ],
        es: [...w(3, "selectividad", "opositora", "opositor"), ...w(2, "estudiante", "estudiando", "examenes", "apuntes", "oposiciones"), ...w(1.2, "universidad", "estudio")],
        pt: [...w(3, "vestibular", "enem", "concurseira", "concurseiro", "vestibulando", "vestibulanda"), ...w(2, "estudante", "estudando", "estudos", "facul", "resumos", "estuda"), ...w(1.2, "faculdade", "provas", "residencia")],
        fr: [...w(3, "partiels", "paces"), ...w(2, "etudiante", "etudiant", "revisions", "fiches", "prepa"), ...w(1.2, "etudes", "fac", "bac")],
        de: [...w(3, "klausurphase", "lernzettel", "erstie"), ...w(2, "studentin", "student", "studium", "klausuren", "abitur", "prufungen"), ...w(1.2, "uni", "abi", "lernen")],
        hi_en: [...w(3, "padhai"), ...w(2, "topper", "aspirant")],
      },
      phrases: {
        en: w(3, "study with me", "study tips", "study vlogs", "study vlog", "study notes", "student life", "uni life", "college life", "dorm life", "exam prep", "exam season", "finals week", "a levels", "sat prep", "bar exam", "med student", "med school", "vet school", "vet student", "law school", "nursing school", "nursing major", "grad school", "phd life", "phd student", "pre med", "study abroad", "exchange student", "cs student", "academic weapon", "notion templates", "placement prep", "2nd year", "3rd year", "final year", "first year"),
        es: w(3, "vida universitaria", "tecnicas de estudio"),
        pt: w(3, "rotina de estudos", "vida universitaria"),
        fr: w(3, "vie etudiante"),
        de: [],
        hi_en: w(3, "padhai karo", "exam ki taiyari", "board exams", "hostel life", "college life"),
      },
      hashtags: ["studytok", "studywithme", "studygram", "studymotivation", "student", "studentlife", "medstudent", "medschool", "collegelife", "unilife", "finals", "exams", "gradschool", "phdlife", "studytips", "studyblr", "lawschool", "nursingschool", "premed", "upsc", "neet", "jee", "vestibular", "enem", "estudos", "academicweapon"],
      emoji: [...w(1.5, "🎓"), ...w(1, "📚", "✏️", "📝"), ...w(0.8, "🖊️", "🗒️")],
      domains: [...w(2.5, "quizlet.com"), ...w(1.5, ".edu", ".ac.uk")],
      nameTerms: w(2, "study", "studies", "studying", "student", "college", "uni", "estuda", "estudia", "notes", "exam", "exams", "premed", "freshman", "campus", "dorm", "scholar"),
    },
  },
  {
    slug: "side_hustlers",
    name: "Side Hustlers",
    description: "side income, small online businesses, e-commerce hustles",
    industry: "ecommerce_retail",
    lexicon: {
      terms: {
        en: [
          ...w(3, "sidehustle", "dropshipping", "dropshipper", "printables", "hustle", "hustler", "hustling", "fba"),
          ...w(2, "etsy", "ebay", "poshmark", "gumroad", "reselling", "templates"),
          ...w(1, "flipping", "grind", "entrepreneur", "ugc"),
        ],
        es: w(1.5, "emprende", "emprendimiento"),
        pt: [...w(2.5, "bico"), ...w(1.5, "afiliado", "afiliada", "empreender", "freela")],
        fr: [],
        de: [...w(3, "nebeneinkommen", "nebenjob", "nebengewerbe"), ...w(1.5, "nebenbei")],
        hi_en: w(2, "kamai"),
      },
      phrases: {
        en: [
          ...w(3, "side hustle", "side hustles", "side income", "side business", "extra income", "make money online", "making money online", "online income", "print on demand", "etsy shop", "etsy seller", "amazon seller", "amazon fba", "ebay seller", "depop seller", "tpt store", "teachers pay teachers"),
          ...w(3, "digital products", "digital downloads", "sticker shop", "first sale", "income reports", "income report", "ways to make money", "make extra", "affiliate marketing", "shopify store", "tiktok shop"),
          ...w(2, "passive income", "by night", "on the side", "9 5", "9 to 5", "7 fig", "6 fig", "online store", "money moves"),
        ],
        es: w(3, "ingresos extra", "ingresos pasivos", "negocio online", "ganar dinero", "trabajo extra"),
        pt: w(3, "renda extra", "renda passiva", "ganhar dinheiro", "dinheiro online", "negocio online", "marketing de afiliados", "vendas online"),
        fr: w(3, "revenu complementaire", "revenus passifs", "gagner de l argent", "business en ligne", "micro entreprise", "auto entrepreneur", "auto entrepreneuse"),
        de: w(3, "passives einkommen", "geld verdienen", "online business"),
        hi_en: w(3, "extra kamai", "paise kamao", "ghar baithe", "online kamai", "paisa kamana"),
      },
      hashtags: ["sidehustle", "sidehustles", "sidehustleideas", "passiveincome", "makemoneyonline", "etsyseller", "etsyshop", "amazonfba", "dropshipping", "printondemand", "digitalproducts", "extraincome", "rendaextra", "reseller", "resellercommunity", "ebayseller", "smallshop", "onlinebusiness"],
      emoji: [...w(1.5, "🤑"), ...w(1, "💸", "💰", "📦")],
      domains: [...w(2.5, "etsy.com", "gumroad.com", "teacherspayteachers.com", "redbubble.com", "society6.com", "payhip.com", "printful"), ...w(1.5, "ebay.com", "stan.store")],
      nameTerms: w(2.5, "hustle", "hustles", "sidehustle", "hustler", "side", "etsy", "income", "printables", "stickers", "flips", "resells"),
    },
  },
  {
    slug: "outdoor_adventure",
    name: "Outdoor & Adventure",
    description: "hiking, climbing, camping, surfing, skiing",
    industry: "sports",
    lexicon: {
      terms: {
        en: [
          ...w(3, "hiking", "hiker", "climbing", "climber", "bouldering", "boulderer", "crag", "alpinism", "mountaineering", "mountaineer", "camping", "overlanding", "surfing", "surfer", "skiing", "skier", "snowboarding", "snowboarder", "backcountry"),
          ...w(3, "kayaking", "canoeing", "paddleboarding", "outdoors", "wilderness", "birding", "birdwatching", "angler", "scuba", "freediving", "paragliding", "skydiving", "mtb", "bushcraft", "ultralight", "trekking"),
          ...w(2, "hikes", "hike", "surf", "ski", "kayak", "outdoor", "peaks", "summits", "trails", "tent", "tents", "fishing", "sailing", "expedition", "expeditions", "adventurer", "foraging", "diving", "sailor", "hunting", "rewilding"),
          ...w(1, "trail", "mountains", "mountain", "summit", "nature", "wildlife", "adventure", "adventures", "waves", "ocean", "forest", "explorer", "beach", "alps", "glacier", "backpacking", "camper"),
          ...w(2.5, "snowboard"),
        ],
        es: [...w(3, "senderismo", "escalada", "escaladora", "escalador", "acampar", "surfista", "esqui", "alpinismo", "buceo", "montanismo"), ...w(1.5, "montana", "naturaleza")],
        pt: [...w(3, "escalada", "escaladora", "acampamento", "surfista", "montanhismo", "mergulho"), ...w(2, "trilha", "trilhas", "montanha"), ...w(1.5, "natureza")],
        fr: [...w(3, "randonnee", "randonneuse", "randonneur", "escalade", "grimpeuse", "grimpeur", "alpinisme", "bivouac"), ...w(2, "montagne", "bloc")],
        de: [...w(3, "wandern", "bergsteigen", "bergsteigerin", "klettern", "kletterin", "bouldern", "zelten", "surfen", "skifahren", "skitouren"), ...w(2, "berge", "draussen"), ...w(1.5, "natur", "berg")],
        hi_en: w(2.5, "pahad", "pahado", "trek", "treks"),
      },
      phrases: {
        en: [...w(3, "thru hiker", "thru hike", "rock climbing", "peak bagger", "peak bagging", "high peaks", "wild camping", "ski patrol", "trip reports", "trip report", "gear notes", "outdoor gear", "great outdoors", "national parks", "national park", "fly fishing", "search and rescue", "mountain biking", "base camp", "leave no trace", "beach cleanups", "surf coach", "surf lessons", "ski instructor", "snowboard instructor")],
        es: w(3, "al aire libre"),
        pt: w(3, "ao ar livre"),
        fr: w(3, "plein air"),
        de: [],
        hi_en: [],
      },
      hashtags: ["hiking", "climbing", "outdoors", "camping", "surfing", "skiing", "snowboarding", "bouldering", "backpacking", "optoutside", "getoutside", "mountains", "nature", "adventure", "naturelover", "wildcamping", "thruhike", "peakbagging", "mtb", "kayaking", "fishing", "flyfishing", "scuba", "outdoorlife", "nationalparks"],
      emoji: [...w(3, "🧗"), ...w(2.5, "🏕️", "⛺", "🏄", "🎿", "🏂", "🛶", "🥾", "🤿", "🎣", "🪂"), ...w(2, "⛰️", "🏔️", "🚣", "🏞️"), ...w(1.5, "🗻"), ...w(1, "🌲", "🌄"), ...w(0.8, "🌊")],
      domains: [...w(3, "alltrails.com", ".outdoor", ".ski", ".surf", "peakbagger.com", "mountainproject.com"), ...w(2, ".camp", "komoot"), ...w(1, ".guide")],
      nameTerms: w(2, "hikes", "hiker", "hiking", "trail", "trails", "peak", "peaks", "summit", "alpine", "ridge", "ridgeline", "mountain", "mountains", "outdoor", "outdoors", "climbs", "climber", "crimp", "chalk", "boulder", "surf", "surfs", "ski", "camping", "adventure", "adventures", "switchback", "backpacker", "wilderness", "basecamp", "nature", "forest"),
    },
  },
  { slug: "none", name: "None", description: "no community signal", industry: null, lexicon: {} },
];
