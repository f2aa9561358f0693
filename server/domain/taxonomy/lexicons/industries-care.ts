import { w, type TEntryInput } from "./cue-helpers";

/** Industries: healthcare, non-profit, and "unknown" (which also collects sectors without a slug). */
export const careIndustries: TEntryInput[] = [
  {
    slug: "healthcare_medical",
    name: "Healthcare & Medical",
    description: "doctors, nurses, clinics, pharma, medtech",
    lexicon: {
      terms: {
        en: [
          ...w(3, "doctor", "physician", "nurse", "nurses", "nursing", "rn", "lpn", "cna", "icu", "emt", "paramedic", "surgeon", "surgery", "medicine", "medical", "clinician", "hospital", "healthcare", "pharmacist"),
          ...w(3, "pharmacy", "pharmd", "pharma", "pharmaceutical", "medtech", "biotech", "dentist", "dental", "orthodontist", "dermatologist", "pediatrician", "pediatric", "cardiologist", "oncologist", "oncology", "radiologist"),
          ...w(3, "psychiatrist", "optometrist", "physiotherapist", "physio", "physiotherapy", "chiropractor", "midwife", "doula", "obgyn", "premed", "mbbs", "usmle", "hipaa", "telehealth", "telemedicine", "epidemiologist", "invisalign"),
          ...w(2, "clinic", "clinical", "patients", "meds", "med", "md", "np", "er", "residency", "anatomy", "scrubs", "derm", "gp", "dpt", "hygienist"),
          ...w(1, "health", "patient", "resident", "care"),
          ...w(3, "neurologist", "anesthesiologist"),
          ...w(1, "doc"),
          ...w(3, "orthopaedic", "orthopedic"),
        ],
        es: w(3, "medico", "medica", "doctora", "enfermera", "enfermero", "enfermeria", "clinica", "dentista", "odontologa", "odontologo", "farmaceutica", "farmacia", "pediatra", "cirujano", "cirujana", "medicina", "fisioterapeuta", "psiquiatra"),
        pt: w(3, "medico", "medica", "medicina", "enfermeira", "enfermeiro", "enfermagem", "clinica", "dentista", "odontologia", "farmaceutica", "farmaceutico", "farmacia", "pediatra", "cirurgiao", "fisioterapeuta", "fisioterapia", "psiquiatra", "anatomia"),
        fr: w(3, "medecin", "medecine", "infirmiere", "infirmier", "hopital", "clinique", "dentiste", "pharmacien", "pharmacienne", "pharmacie", "kine", "kinesitherapeute", "chirurgien", "pediatre"),
        de: w(3, "arzt", "arztin", "krankenschwester", "pflegekraft", "pfleger", "krankenhaus", "klinik", "zahnarzt", "zahnarztin", "apotheker", "apothekerin", "apotheke", "physiotherapeut", "physiotherapeutin", "medizin", "hebamme"),
        hi_en: w(3, "mbbs", "aiims"),
      },
      phrases: {
        en: [...w(3, "nurse practitioner", "travel nurse", "physical therapist", "physical therapy", "occupational therapist", "speech therapist", "general practitioner", "med student", "medical student", "med school", "pre med", "public health", "clinical trials", "maternal health", "board certified", "new patients", "not medical advice", "night shift", "health tech", "family doctor", "family medicine", "family physician")],
        es: [...w(3, "estudiante de medicina", "medica de familia")],
        pt: [],
        fr: [...w(3, "sage femme", "medecin de famille")],
        de: [],
        hi_en: w(3, "neet pg"),
      },
      hashtags: ["medicine", "medtwitter", "nurse", "nursing", "nurselife", "doctor", "medstudent", "medschool", "healthcare", "pharmacy", "dentist", "physio", "premed", "medtok", "nursesoftiktok"],
      emoji: [...w(2.5, "🩺", "🏥", "🚑", "🩻"), ...w(2, "💉", "💊", "🦷"), ...w(0.8, "🧬", "🥼")],
      domains: [...w(2.5, ".clinic", ".hospital", ".doctor", ".dental", ".dentist", ".med", "zocdoc.com", "doctolib"), ...w(1, ".health", ".care", ".md")],
      nameTerms: w(2, "dr", "dra", "md", "rn", "clinic", "health", "medical", "dental", "pharmd", "dds", "np", "telehealth", "telemd", "nurse", "derm", "smiles", "medic"),
    },
  },
  {
    slug: "nonprofit_social_impact",
    name: "Non-profit & Social Impact",
    description: "charities, NGOs, activism, community organising",
    lexicon: {
      terms: {
        en: [
          ...w(3, "nonprofit", "charity", "charities", "ngo", "ngos", "donate", "donations", "fundraising", "fundraiser", "activist", "activism", "advocacy", "humanitarian", "philanthropy", "philanthropist", "501c3"),
          ...w(2, "volunteers", "volunteering", "refugees", "refugee", "outreach", "cleanups", "foundation", "grants", "organizing", "organising", "sustainability", "changemaker", "unicef"),
          ...w(1, "volunteer", "donation", "advocate", "climate", "community", "rescue", "mission", "impact", "justice"),
          ...w(1.5, "hunger"),
        ],
        es: [...w(3, "ong", "fundacion", "voluntariado", "activista", "donaciones"), ...w(1.5, "voluntaria", "voluntario", "comunidad")],
        pt: [...w(3, "ong", "fundacao", "voluntariado", "ativista", "doacoes"), ...w(1.5, "voluntaria", "voluntario", "instituto")],
        fr: [...w(3, "ong", "fondation", "benevoles", "benevolat", "militante", "militant", "humanitaire"), ...w(1.5, "association", "asso", "benevole")],
        de: [...w(3, "ehrenamt", "ehrenamtlich", "stiftung", "spenden", "gemeinnutzig", "aktivistin", "aktivist", "hilfsorganisation"), ...w(1, "verein")],
        hi_en: w(3, "seva"),
      },
      phrases: {
        en: [...w(3, "non profit", "registered charity", "charity no", "social impact", "social justice", "climate justice", "climate action", "human rights", "civil rights", "mutual aid", "food bank", "community organizer", "community organiser", "clean water", "beach cleanups", "program officer", "programme officer", "social enterprise", "501 c 3", "dog rescue", "animal welfare"), ...w(0, "charity shop"), ...w(3, "food insecurity"), ...w(2.5, "food security")],
        es: w(3, "sin fines de lucro", "derechos humanos", "impacto social", "oficial de programas", "educacion rural"),
        pt: w(3, "sem fins lucrativos", "direitos humanos", "impacto social", "projeto social"),
        fr: w(3, "droits humains", "impact social"),
        de: w(3, "soziales engagement"),
        hi_en: w(3, "samaj seva"),
      },
      hashtags: ["nonprofit", "charity", "volunteer", "donate", "ngo", "activism", "climateaction", "socialimpact", "fundraising", "mutualaid", "humanrights", "givingtuesday"],
      emoji: w(1, "🤝", "♻️", "🕊️"),
      domains: [...w(2.5, ".ngo", ".charity", ".foundation", "gofundme.com", "justgiving.com", "givebutter.com", "donorbox.org", "every.org"), ...w(1, ".org", ".org.uk")],
      nameTerms: w(2.5, "foundation", "fundacion", "fundacao", "fondation", "stiftung", "charity", "collective", "alliance", "coalition", "initiative", "society", "association", "ngo", "relief", "rescue"),
    },
  },
  {
    slug: "unknown",
    name: "Unknown",
    description: "no usable signal (also: a clear sector the taxonomy has no slug for, e.g. legal, HR, automotive, agriculture, weddings)",
    lexicon: {
      terms: {
        en: [
          ...w(3, "lawyer", "attorney", "paralegal", "litigation", "recruiter", "recruiting", "automotive", "mechanic", "dealership", "agronomist", "logistics", "trucking", "electrician", "plumber", "architect", "architecture"),
          ...w(2, "legal", "cars", "agriculture", "farming", "weddings", "wedding", "construction", "government", "politics", "politician", "military", "veteran", "police", "firefighter", "pastor", "ministry", "church"),
          ...w(3, "hr"),
          ...w(2, "solar", "renewables"),
          ...w(1.5, "renewable"),
          ...w(1, "energy"),
        ],
        es: [...w(3, "abogado", "abogada", "arquitecta", "arquitecto", "agricultura", "bodas", "mecanico"), ...w(1.5, "coche", "coches")],
        pt: [...w(3, "advogado", "advogada", "arquiteta", "arquiteto", "agricultura", "casamentos", "rh"), ...w(1, "igreja"), ...w(3, "mecanica"), ...w(1.5, "carro", "carros")],
        fr: [...w(3, "avocat", "avocate", "architecte", "mariages", "mecanicien")],
        de: [...w(3, "anwalt", "anwaltin", "architektin", "architekt", "landwirtschaft", "hochzeiten", "bauingenieur", "bauingenieurin", "mechaniker")],
        hi_en: [],
      },
      phrases: {
        en: [...w(3, "law firm", "human resources", "talent acquisition", "people ops", "auto repair", "wedding planner", "event planner", "civil engineer", "oil and gas", "truck driver"), ...w(2, "people culture"), ...w(0, "bike mechanic")],
        es: [...w(3, "recursos humanos", "ingeniero civil", "ingeniera civil")],
        pt: [...w(3, "recursos humanos", "engenheiro civil", "engenheira civil")],
        fr: [...w(3, "ressources humaines", "ingenieur civil")],
        de: [],
        hi_en: [],
      },
    },
  },
];
