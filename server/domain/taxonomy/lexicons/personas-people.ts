import { w, type TEntryInput } from "./cue-helpers";

/** Personas for individuals: creator, professional, freelancer/consultant, student, enthusiast. */
export const peoplePersonas: TEntryInput[] = [
  {
    slug: "creator",
    name: "Creator",
    description: "makes content for an audience (influencer, YouTuber, TikToker, streamer, blogger)",
    lexicon: {
      terms: {
        en: [
          ...w(3, "creator", "influencer", "youtuber", "tiktoker", "streamer", "blogger", "vlogger", "podcaster", "ugc", "vtuber"),
          ...w(2, "vlogs", "vlog", "videos", "clips", "tutorials", "covers", "subscribe", "subscribers", "episodes", "ltk", "storefront", "athlete", "racer", "olympian", "newsletter", "reviewing", "mgmt", "streaming"),
          ...w(1, "video", "channel", "posting", "threads", "guides", "templates", "presets", "weekly", "daily", "recipes", "sharing", "reviews", "choreo", "reactions", "stories"),
        ],
        es: [...w(3, "creadora", "creador", "influencer", "youtuber"), ...w(1.5, "tutoriales", "recetas")],
        pt: [...w(3, "criadora", "criador", "influenciadora", "influenciador"), ...w(1.5, "tutoriais", "conteudo", "receitas")],
        fr: [...w(3, "createur", "creatrice", "influenceuse", "influenceur", "youtubeuse", "youtubeur"), ...w(1.5, "tutos", "recettes")],
        de: [...w(3, "influencerin", "youtuberin"), ...w(1.5)],
        hi_en: w(1.5),
      },
      phrases: {
        en: [
          ...w(3, "content creator", "ugc creator", "new video", "new videos", "my channel", "link in bio", "links below", "link below", "amazon finds", "amazon storefront", "shop my", "follow along", "follow for"),
          ...w(2, "free guide", "real talk", "i post", "i share", "daily videos", "weekly videos"),
          ...w(2, "pro athlete", "professional athlete", "national squad", "national team", "jogador profissional", "jogadora profissional"),
        ],
        es: w(3, "creadora de contenido", "creador de contenido"),
        pt: w(3, "criadora de conteudo", "criador de conteudo", "produtora de conteudo"),
        fr: w(3, "createur de contenu", "creatrice de contenu"),
        de: w(3, "content creator", "neue videos"),
        hi_en: w(2, "subscribe karo", "follow karo", "daily vlogs"),
      },
      hashtags: ["contentcreator", "creator", "ugccreator", "influencer", "youtuber", "streamer", "vlog", "vlogger", "linkinbio", "ltk", "amazonfinds", "creatorsoftiktok", "ugc"],
      emoji: w(1, "🎥", "🎬", "📹", "🎙️", "👇", "⬇️"),
      domains: w(2, "youtube.com", "youtu.be", "linktr.ee", "beacons.ai", "stan.store", "liketoknow.it", "patreon.com", "ko-fi.com", "twitch.tv", "lnk.bio", "bio.link", "snipfeed"),
      nameTerms: w(1.5, "tv", "vlogs", "plays", "creates", "tries", "reads", "ttv", "official"),
    },
  },
  {
    slug: "professional",
    name: "Professional",
    description: "employed practitioner (engineer, designer, marketer, nurse, realtor, teacher, analyst)",
    lexicon: {
      terms: {
        en: [
          ...w(2, "engineer", "developer", "swe", "sde", "analyst", "accountant", "auditor", "nurse", "rn", "pharmacist", "teacher", "professor", "lecturer", "researcher", "scientist", "realtor", "salesperson", "quant"),
          ...w(2, "paralegal", "lawyer", "attorney", "recruiter", "architect", "librarian", "paramedic", "emt", "surgeon", "physician", "midwife", "barista", "bartender", "technician", "hygienist", "economist", "actuary", "maintainer"),
          ...w(1.5, "eng", "designer", "manager", "pm", "specialist", "coordinator", "officer", "associate", "doctor", "dentist", "vet", "veterinarian", "educator", "lead", "qa", "appsec", "sre", "devops", "broker", "employee"),
          ...w(1, "dev", "staff", "senior", "sr", "assistant", "agent", "licensed", "chef", "sales", "ops", "operations", "mechanic", "electrician", "pilot", "firefighter", "clerk", "prof", "md"),
        ],
        es: [...w(2, "ingeniero", "ingeniera", "desarrollador", "desarrolladora", "programador", "programadora", "analista", "contador", "contadora", "enfermera", "enfermero", "maestra", "maestro", "profesora", "profesor")],
        pt: [...w(2, "engenheiro", "engenheira", "desenvolvedor", "desenvolvedora", "analista", "contador", "contadora", "enfermeira", "enfermeiro", "professora", "professor", "clt"), ...w(1.5, "medico", "medica", "advogado", "advogada")],
        fr: [...w(2, "ingenieur", "ingenieure", "developpeur", "developpeuse", "analyste", "comptable", "infirmiere", "infirmier", "enseignante", "enseignant", "professeur", "kine", "salarie", "salariee"), ...w(1.5, "medecin", "avocat", "avocate")],
        de: [...w(2, "ingenieur", "ingenieurin", "entwickler", "entwicklerin", "analystin", "buchhalter", "buchhalterin", "krankenschwester", "pflegekraft", "lehrer", "lehrerin", "angestellte", "angestellter"), ...w(1.5, "arzt", "arztin")],
        hi_en: w(1.5, "naukri"),
      },
      phrases: {
        en: [
          ...w(2.5, "by day", "day job", "opinions my own", "opinions mine", "views mine", "views my own", "views are my own", "thoughts my own", "rts endorsements", "rts are not endorsements", "9 to 5"),
          ...w(2.5, "software engineer", "staff engineer", "staff eng", "product manager", "project manager", "social media manager", "product designer", "ml eng", "ml engineer", "data analyst", "qa lead", "tech lead", "re salesperson", "loan officer", "program officer", "assoc prof", "night shift"),
          ...w(1.5, "works at", "working at", "not medical advice", "9 5"),
        ],
        es: w(2.5, "de dia", "trabajo en", "opiniones propias", "oficial de programas"),
        pt: w(2.5, "de dia", "trabalho na", "trabalho no"),
        fr: w(2.5, "avis perso"),
        de: w(2.5, "arbeite bei", "meinung ist meine eigene"),
        hi_en: w(2.5, "job karta", "job karti"),
      },
      hashtags: ["nurselife", "teacherlife", "womenintech"],
      emoji: w(0.5, "💼"),
      nameTerms: w(1.5, "md", "rn", "phd", "cpa", "pharmd", "esq", "dds", "cfa", "prof", "eng"),
    },
  },
  {
    slug: "freelancer_consultant",
    name: "Freelancer / Consultant",
    description: "sells own services: freelancer, consultant, coach, independent contractor",
    lexicon: {
      terms: {
        en: [
          ...w(3, "freelance", "freelancer", "freelancing", "consultant", "consultancy", "ghostwriter", "translator", "solopreneur"),
          ...w(2, "consulting", "coach", "coaching", "clients", "commissions", "therapist", "counselor", "psychologist", "lcsw", "lmft", "tutor", "copywriter", "photographer", "videographer", "illustrator", "contractor", "mua"),
          ...w(1.5, "consultations", "consults", "sessions", "bookings", "booking", "lessons", "retreats", "workshops", "rates", "client", "stylist", "trainer", "nutritionist", "dietitian", "esthetician", "breathwork", "hire"),
        ],
        es: [...w(3, "autonomo", "autonoma", "freelance", "consultora", "consultor"), ...w(2, "asesora", "asesor", "clientes", "consultas", "terapeuta", "psicologa", "psicologo", "nutriologa", "nutriologo", "nutricionista"), ...w(1, "citas", "escribeme")],
        pt: [...w(3, "autonomo", "autonoma", "freela", "consultora", "consultor", "mentoria"), ...w(2, "mentora", "clientes", "atendimento", "terapeuta", "psicologa", "psicologo", "nutricionista", "sessoes"), ...w(1, "agende", "agenda", "orcamento")],
        fr: [...w(3, "independant", "independante", "consultante", "pigiste"), ...w(2, "clients", "seances", "therapeute", "psychologue", "prestations", "devis", "accompagnement")],
        de: [...w(3, "freiberufler", "freiberuflerin", "selbststandig", "selbstandig", "beraterin", "berater"), ...w(2, "beratung", "coachin", "klienten", "therapeutin", "termine")],
        hi_en: w(1.5, "consultation"),
      },
      phrases: {
        en: [
          ...w(3, "for hire", "hire me", "open for work", "taking clients", "commissions open", "work with me", "book a call", "private practice", "independent consultant", "self employed", "virtual assistant", "coaching spots"),
          ...w(2.5, "online coaching", "coach online", "1 1", "1 on 1", "one on one", "life coach", "business coach", "executive coach", "career coach", "health coach", "strength coach", "running coach", "cycling coach", "surf coach", "dog trainer"),
          ...w(2.5, "personal trainer", "private chef", "makeup artist", "licensed therapist", "piano teacher", "voice over", "now booking", "booking q1", "booking q2", "booking q3", "booking q4", "spots open", "pitches welcome"),
          ...w(1.5, "1 1 sessions", "new clients", "dm for rates", "available for", "wedding photographer", "elopement photographer", "bookings open"),
        ],
        es: w(2.5, "consultas en linea", "entrenador personal", "clases particulares", "a domicilio", "trabajo con"),
        pt: w(2.5, "atendimento online", "aulas particulares", "personal trainer"),
        fr: w(2.5, "sur rendez vous", "coach sportif"),
        de: w(2.5, "personal trainer"),
        hi_en: w(2, "dm karo"),
      },
      hashtags: ["freelance", "freelancer", "consultant", "lifecoach", "onlinecoach", "freelancelife", "hireme", "commissionsopen"],
      domains: [...w(2, ".coach", ".consulting", "calendly.com", "upwork.com", "fiverr.com", "contra.com", "cal.com"), ...w(0.5, ".studio")],
      nameTerms: w(1.5, "coach", "coaching", "consulting", "lcsw", "lmft", "writes", "designs", "draws", "photo", "photography", "mua", "tutor", "trainer"),
    },
  },
  {
    slug: "student",
    name: "Student",
    description: "currently studying (high school, university, bootcamp)",
    lexicon: {
      terms: {
        en: [
          ...w(3, "student", "undergrad", "undergraduate", "freshman", "sophomore", "majoring", "erasmus", "premed", "gpa", "dorm", "vestibulando"),
          ...w(2, "studying", "internships", "internship", "intern", "semester", "midterms", "exams", "thesis", "dissertation", "bootcamp", "campus", "uni", "aspirant", "aspiring", "studytok", "flashcards", "leetcode"),
          ...w(1, "major", "college", "university", "school", "exam", "finals", "future", "studies", "yr", "placement", "placements", "learning", "teen", "teenager"),
        ],
        es: [...w(3, "estudiante", "universitaria", "universitario", "becaria", "becario"), ...w(2, "estudiando", "facultad", "semestre", "examenes", "practicas", "tesis"), ...w(1, "estudio")],
        pt: [...w(3, "estudante", "universitaria", "universitario", "vestibulanda", "caloura", "calouro", "estagiaria", "estagiario"), ...w(2, "estudando", "faculdade", "facul", "semestre", "estagio", "tcc"), ...w(1, "estudo", "estuda")],
        fr: [...w(3, "etudiant", "etudiante", "lyceen", "lyceenne", "stagiaire", "alternant", "alternante"), ...w(2, "etudes", "fac", "prepa", "partiels")],
        de: [...w(3, "studentin", "studiere", "erstsemester", "azubi", "auszubildende", "werkstudent", "werkstudentin", "praktikantin", "praktikant"), ...w(2, "studium", "semester", "abi", "abitur", "klausuren")],
        hi_en: w(2, "padhai"),
      },
      phrases: {
        en: [
          ...w(3, "grad student", "phd student", "phd candidate", "masters student", "mba student", "high school student", "college student", "uni student", "med student", "law student", "nursing student", "nursing major"),
          ...w(3, "cs student", "class of", "looking for internships", "open to internships", "exchange student", "study abroad", "vet school", "med school", "law school", "grad school", "pre med", "dorm life", "cs grad"),
          ...w(2, "1st year", "2nd year", "3rd year", "final year", "first year", "2nd yr", "yr 2", "year 2", "study with me", "cs at", "future vet", "sport science"),
        ],
        es: w(3, "vida universitaria"),
        pt: w(3, "vida universitaria", "3o ano", "2o ano", "1o ano"),
        fr: w(3, "vie etudiante"),
        de: [],
        hi_en: w(3, "jee aspirant", "neet aspirant", "upsc aspirant", "hostel life"),
      },
      hashtags: ["student", "studentlife", "studytok", "studywithme", "studygram", "medstudent", "collegelife", "unilife", "gradschool", "phdlife"],
      emoji: w(1, "🎓"),
      domains: w(2, ".edu", ".ac.uk", ".ac.in"),
      nameTerms: w(2, "student", "studies", "studying", "college", "uni", "estuda", "estudia", "premed", "study", "freshman", "campus"),
    },
  },
  {
    slug: "enthusiast",
    name: "Enthusiast",
    description: "regular person sharing a hobby or fandom, consumer",
    lexicon: {
      terms: {
        en: [
          ...w(2, "enthusiast", "hobbyist", "hobby", "amateur", "aficionado", "nerd", "geek", "addict", "junkie", "obsessed", "obsessive", "collector", "hoarder", "girlie", "fanboy", "fangirl", "diehard"),
          ...w(1.5, "fan", "lover", "casual", "beginner", "newbie", "wannabe", "weekends", "supporter"),
          ...w(0.5, "passionate", "trying", "love", "weekend"),
        ],
        es: [...w(2, "aficionado", "aficionada", "fanatica", "fanatico", "hincha", "amante"), ...w(1, "apasionada", "apasionado")],
        pt: [...w(2, "amadora", "amador", "torcedor", "torcedora", "viciada", "viciado"), ...w(1, "apaixonada", "apaixonado")],
        fr: [...w(2, "passionnee", "passionne", "amatrice", "accro", "mordue", "mordu", "fanatique")],
        de: [...w(2, "liebhaber", "liebhaberin", "hobby", "begeistert", "hobbykoch", "hobbykochin", "freizeit")],
        hi_en: w(2, "shauk", "shaukeen", "deewana", "deewani"),
      },
      phrases: {
        en: w(2.5, "not a pro", "not a chef", "big fan", "die hard", "till i die", "season ticket holder", "weekend warrior", "on weekends", "self taught", "just a", "in my spare time", "for fun", "not a guru"),
        es: w(2.5, "en mis ratos libres", "por diversion"),
        pt: w(2.5, "nas horas vagas", "por hobby"),
        fr: w(2.5, "le week end", "pour le plaisir"),
        de: w(2.5, "am wochenende", "in meiner freizeit"),
        hi_en: w(2.5, "fan hoon"),
      },
      nameTerms: w(1, "fan", "lover", "nerd", "geek"),
    },
  },
  { slug: "unknown", name: "Unknown", description: "no usable signal", lexicon: {} },
];
