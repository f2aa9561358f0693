import { w, type TTribeEntryInput } from "./cue-helpers";

/** Tribes: wellness, pets, DIY and home, students, side hustlers, outdoors, and "none". */
export const homeTribes: TTribeEntryInput[] = [
  {
    slug: "wellness_mindfulness",
    name: "Wellness & Mindfulness",
    description: "yoga, meditation, mental health, self-care",
    industry: "wellness_mental_health",
    lexicon: {
      terms: {
        en: [
          ...w(3, "wellness", "wellbeing", "mindfulness", "meditation", "meditate", "meditations", "meditating", "yoga", "yogi", "vinyasa", "ashtanga", "breathwork", "selfcare", "reiki", "somatic", "ayurveda", "sobriety"),
          ...w(2.5, "mindful", "therapy", "therapist", "psychotherapist", "psychologist", "anxiety", "burnout", "depression", "trauma", "healing", "journaling", "affirmations", "gratitude", "holistic", "spirituality", "insomnia", "sober", "manifesting"),
          ...w(1.5, "counselor", "counsellor", "spiritual", "tarot", "astrology", "sleep", "calm", "mindset", "pilates", "stretching", "grief", "boundaries", "adhd", "neurodivergent", "lcsw", "lmft", "routines", "rest"),
        ],
        es: [...w(3, "bienestar", "meditacion", "autocuidado", "sanacion"), ...w(2, "psicologa", "psicologo", "terapeuta", "terapia", "ansiedad", "respiracion")],
        pt: [...w(3, "meditacao", "autocuidado", "autoconhecimento", "crp"), ...w(2, "psicologa", "psicologo", "psicoterapeuta", "terapia", "terapeuta", "ansiedade", "respiracao")],
        fr: [...w(3, "sophrologie", "sophrologue", "meditation"), ...w(2, "psychologue", "therapeute", "therapie", "anxiete", "respiration")],
        de: [...w(3, "achtsamkeit", "selbstfursorge", "selbstliebe", "wohlbefinden", "atemarbeit"), ...w(2, "psychologin", "psychologe", "psychotherapeutin", "psychotherapeut", "therapeutin", "therapie", "angst")],
        hi_en: [...w(3, "dhyan", "pranayam", "pranayama"), ...w(2, "sukoon", "shanti")],
      },
      phrases: {
        en: w(3, "self care", "self love", "well being", "mental health", "mental wellness", "yoga teacher", "yin yoga", "hot yoga", "trauma informed", "inner child", "nervous system", "journal prompts", "journaling prompts", "slow living", "intentional living", "sound healing", "sound bath", "sleep stories", "inner peace", "life coach", "law of attraction", "burnt out", "burned out", "sober curious", "grief support", "private practice"),
        es: w(3, "salud mental", "atencion plena", "amor propio", "crecimiento personal", "gestion emocional"),
        pt: w(3, "bem estar", "saude mental", "amor proprio", "inteligencia emocional"),
        fr: w(3, "bien etre", "pleine conscience", "sante mentale", "prendre soin de soi", "developpement personnel"),
        de: w(3, "mentale gesundheit", "innere ruhe"),
        hi_en: w(3, "mann ki shanti", "mental health"),
      },
      hashtags: ["wellness", "mentalhealth", "mindfulness", "meditation", "yoga", "selfcare", "selflove", "breathwork", "healing", "anxiety", "mentalhealthmatters", "therapy", "saudemental", "slowliving", "journaling", "mentalhealthawareness", "yogateacher", "yogalife", "innerpeace", "wellbeing", "therapytok", "burnout", "spirituality", "reiki"],
      emoji: [...w(3, "🧘"), ...w(1.5, "🕉️", "🪷", "🫁", "💆"), ...w(1, "☮️"), ...w(0.5, "🌿", "🕯️", "🧠")],
      domains: [...w(3, ".yoga", ".therapy", "calm.com", "headspace.com", "insighttimer.com", "psychologytoday.com"), ...w(0.5, ".health", ".coach")],
      nameTerms: w(2, "mindful", "calm", "zen", "yoga", "yogi", "wellness", "therapy", "healing", "breathe", "breath", "meditation", "soul", "selfcare", "lcsw", "lmft", "psych", "mental", "serene", "peace"),
    },
  },
  {
    slug: "pet_lovers",
    name: "Pet Lovers",
    description: "pets, dogs, cats, pet content",
    industry: "pets",
    lexicon: {
      terms: {
        en: [
          ...w(3, "pets", "dog", "dogs", "puppy", "puppies", "doggo", "cats", "kitten", "kittens", "veterinarian", "veterinary", "dvm", "kibble", "zoomies", "aquascaping", "reptiles", "reptile", "gecko", "geckos", "goldendoodle", "corgi", "frenchie", "pawrent"),
          ...w(2.5, "pet", "cat", "pup", "pups", "kitty", "vet", "vets", "groomer", "aquarium", "parrot", "parrots", "budgie", "hamster", "husky", "labrador", "pitbull", "dachshund", "chihuahua", "poodle", "beagle", "greyhound", "shiba", "tabby"),
          ...w(1.5, "rescue", "rescues", "shelter", "foster", "fostering", "adopt", "adoption", "treats", "rabbit", "rabbits", "bunny", "bunnies", "horse", "horses", "equestrian", "doodle", "paws", "woof", "meow", "chickens", "animals"),
        ],
        es: w(3, "perro", "perros", "perrita", "perrito", "perrhijo", "gato", "gatos", "gatito", "gatita", "mascota", "mascotas", "veterinaria", "veterinario", "refugio"),
        pt: w(3, "cachorro", "cachorros", "cachorra", "caes", "gato", "gatos", "gatinho", "gatinhos", "gatinha", "veterinaria", "veterinario", "adocao"),
        fr: [...w(3, "chien", "chiens", "chienne", "chiot", "chiots", "chaton", "chatons", "animaux", "veterinaire"), ...w(1.5, "refuge")],
        de: w(3, "hund", "hunde", "hundeliebe", "welpe", "welpen", "katze", "katzen", "kater", "haustier", "haustiere", "tierarzt", "tierarztin", "tierschutz", "hundetrainer", "hundetrainerin", "tierheim", "hundemama", "katzenmama"),
        hi_en: w(2, "kutta", "kutte", "billi"),
      },
      phrases: {
        en: w(3, "dog mom", "dog dad", "cat mom", "cat dad", "cat lady", "fur baby", "fur babies", "fur mom", "pet parent", "rescue dog", "rescue dogs", "rescue cats", "adopt dont shop", "shelter volunteer", "vet tech", "vet student", "vet school", "small animal vet", "dog trainer", "dog training", "reactive dog", "puppy training", "dog grooming", "dog walker", "pet sitter", "cat care", "dog care", "pet care", "dog treats", "raw feeding", "fish keeping", "bearded dragon", "guinea pig", "guinea pigs", "golden retriever", "french bulldog", "german shepherd", "pit bull", "mini aussie", "australian shepherd", "border collie", "shiba inu", "maine coon", "senior dog", "dog rescue", "animal rescue"),
        es: w(3, "adopta no compres"),
        pt: w(3, "mae de pet", "vira lata"),
        fr: w(3, "animal de compagnie", "mon chat"),
        de: [],
        hi_en: w(3, "pet parent"),
      },
      hashtags: ["dogsoftiktok", "catsoftiktok", "dogs", "dog", "cats", "cat", "pets", "petsofinstagram", "dogmom", "catlover", "doglover", "rescuedog", "adoptdontshop", "puppy", "puppylove", "catsofinstagram", "dogtraining", "vettech", "dogsofinstagram", "catstagram", "petlover", "furbaby", "dogdad", "catmom", "reactivedog"],
      emoji: [...w(2, "🐶", "🐕", "🐾", "🦴", "🐩", "🐹"), ...w(1.5, "🐈", "🐱", "🦎"), ...w(1, "🐇", "🐰", "🦜", "🐢"), ...w(0.5, "🐠", "🐴", "🐍", "🐓", "🐔")],
      domains: w(3, ".pet", ".pets", ".vet", ".dog", "chewy.com", "petfinder.com", "rover.com"),
      nameTerms: w(2, "pet", "pets", "paws", "paw", "dog", "dogs", "doggo", "pup", "pups", "puppy", "cat", "cats", "kitty", "kitten", "k9", "vet", "dvm", "woof", "meow", "corgi", "frenchie", "husky", "bark", "barks", "tails", "whiskers", "pawsome", "critters", "rescue"),
    },
  },
  {
    slug: "diy_home",
    name: "DIY & Home",
    description: "DIY, home decor, renovation, gardening, crafts",
    industry: "home_diy",
    lexicon: {
      terms: {
        en: [
          ...w(3, "diy", "decor", "decorating", "renovation", "renovating", "renovations", "remodel", "remodeling", "woodworking", "woodworker", "carpentry", "upcycling", "upcycled", "gardening", "gardener", "houseplants", "houseplant"),
          ...w(3, "homestead", "homesteading", "crochet", "crocheting", "knitting", "knitter", "sewist", "quilting", "quilter", "embroidery", "macrame", "amigurumi", "allotment", "composting", "declutter", "decluttering", "cleantok", "hygge", "cottagecore", "bonsai"),
          ...w(2, "reno", "garden", "interiors", "furniture", "propagation", "succulents", "monstera", "crafts", "crafting", "crafter", "crafty", "knit", "sewing", "yarn", "compost", "tiling", "landscaping", "landscaper", "wallpaper", "lamps", "cushions", "florist", "candles", "makeover"),
          ...w(1.5, "plants", "handmade", "pottery", "ceramics", "resin", "seeds", "tomatoes", "tomato", "flowers", "floral", "backyard", "ikea", "orchids", "zone", "farm", "farming", "farmer", "csa", "clay", "homeowner"),
          ...w(1, "plant", "cleaning", "apartment", "chickens", "bungalow", "cozy", "roses", "organizing"),
        ],
        es: [...w(3, "bricolaje", "manualidades", "decoracion", "jardineria", "huerto", "huerta", "ganchillo", "tejer", "carpinteria", "remodelacion", "macetas"), ...w(2, "jardin", "plantas", "tejido", "reforma")],
        pt: [...w(3, "decoracao", "jardinagem", "horta", "artesanato", "croche", "trico", "marcenaria", "bordado"), ...w(2, "jardim", "plantas", "reforma", "costura")],
        fr: [...w(3, "bricolage", "decoration", "jardinage", "potager", "tricot", "menuiserie", "broderie"), ...w(2, "deco", "jardin", "plantes", "couture")],
        de: [...w(3, "heimwerken", "heimwerker", "heimwerkerin", "deko", "dekoration", "inneneinrichtung", "renovierung", "altbau", "gartnern", "zimmerpflanzen", "stricken", "hakeln", "basteln", "schrebergarten", "hochbeet", "holzarbeiten"), ...w(2, "garten", "pflanzen", "einrichtung", "handarbeit", "sanierung", "selbstgemacht")],
        hi_en: [...w(3, "bagwani", "paudhe"), ...w(2, "rangoli", "jugaad")],
      },
      phrases: {
        en: w(3, "home decor", "interior design", "interior designer", "fixer upper", "home improvement", "home reno", "diy reno", "old house", "furniture flips", "ikea hacks", "ikea hack", "vegetable garden", "veggie garden", "plant mom", "plant dad", "plant parent", "plant lady", "cross stitch", "candle making", "soap making", "home organization", "cozy home", "small space", "small spaces", "renter friendly", "rental makeover", "first flat", "tiny house", "flower farm", "seed saving", "seed swaps", "seed swap", "raised beds", "power tools", "house tour", "home tour", "before and after", "family farm", "soy candles", "hand poured", "pottery wheel", "home depot"),
        es: w(3, "diseno de interiores", "hazlo tu mismo"),
        pt: w(3, "design de interiores", "faca voce mesmo", "casa nova"),
        fr: w(3, "decoration interieure", "home staging"),
        de: w(3, "selber machen"),
        hi_en: w(3, "ghar sajana", "home decor"),
      },
      hashtags: ["diy", "homedecor", "interiordesign", "gardening", "houseplants", "plantmom", "crochet", "knitting", "woodworking", "renovation", "diyhome", "homeimprovement", "cozyhome", "crafts", "handmade", "oldhouselove", "diyreno", "garden", "homestead", "upcycling", "ikeahack", "apartmenttherapy", "cleantok", "homerenovation", "fixerupper", "plantsofinstagram", "urbangardening", "growyourown", "vegetablegarden", "sewing", "quilting", "embroidery", "amigurumi", "macrame", "smallspaceliving", "diyprojects"],
      emoji: [...w(3, "🪴", "🪚", "🧶", "🪡"), ...w(2.5, "🔨", "🛋️"), ...w(2, "🪵", "🪜"), ...w(1.5, "🛠️", "🌻", "🧵", "🧹", "🌱"), ...w(1, "🌿", "🌷", "🏡", "🍅", "🥕", "🏺"), ...w(0.5, "🌼", "🌸", "🐔")],
      domains: [...w(3, ".diy", ".garden", ".crafts", "ravelry.com", "houzz.com"), ...w(1.5, ".farm", ".house"), ...w(1, ".design", "pinterest.com", "etsy.com")],
      nameTerms: w(2, "diy", "home", "house", "garden", "gardens", "crochet", "crafts", "craft", "makes", "decor", "woodworks", "wood", "reno", "plants", "plant", "farm", "homestead", "interiors", "handmade", "knits", "stitches", "stitch", "yarn", "nest", "grow", "seed", "seeds", "bloom", "blooms", "petal", "flower", "flowers", "pottery", "candle", "candles", "casa", "hogar"),
    },
  },
];
