/**
 * Word lists shared by the contact-data guards. Kept apart from the logic so they can grow
 * without touching it. All entries are regex-safe fragments matched case-insensitively
 * unless the list says otherwise.
 */

/** Words and emoji that announce a phone number (multilingual). */
export const PHONE_CUE_WORDS = [
  "call(?:s|ing)?", "ring", "text", "txt", "sms", "mms", "tel(?!\\s?aviv)", "tél", "tele", "telf", "tfno", "tlf", "tlfn",
  "phone", "phones", "ph", "fone", "telefone", "tel[eé]fono", "telephone", "t[ée]l[ée]phone", "telefon",
  "mob", "mobile", "mobil", "m[oó]vil", "cell", "cellphone", "cel", "celular", "handy", "portable", "fax",
  "whats\\s?app", "whats", "whatsap", "watsapp", "wsp", "wpp", "zap", "zapzap", "viber", "telegram",
  "signal", "wechat", "hotline", "helpline", "contact", "contacts", "contato", "contatos", "contacto",
  "contactos", "kontakt", "number", "numero", "n[uú]mero", "nummer", "num[ée]ro", "nomor",
  "reservas", "reservations?", "bookings?", "agende", "agendamentos?", "citas?", "encomendas", "pedidos",
  "ligue", "ligar", "llama", "ll[aá]mame", "ll[aá]manos", "llamar", "appel(?:ez|er)?", "anrufen", "ruf",
  "chiama", "chiamare", "sampark", "संपर्क", "फ़ोन", "फोन", "नंबर", "मोबाइल", "कॉल", "व्हाट्सएप",
] as const;

export const PHONE_CUE_EMOJI = ["📞", "☎", "📱", "📲", "✆", "☏", "🤙", "📠"] as const;

/**
 * Labels that precede registration / licence / tax / order identifiers. A number right after one
 * of these is an identifier, never a phone.
 */
export const IDENTIFIER_LABELS = [
  // real estate, finance, health, professional licences
  "nmls", "rera", "orn", "brn", "dre", "bre", "calbre", "npi", "dea", "lcsw", "lmft", "lpcc?", "cpa",
  "ahpra", "hcpc", "gmc", "nmc", "gphc", "sra", "fca", "frn", "cqc", "ofsted", "urn", "ukprn", "sebi",
  "amfi", "arn", "irdai?", "fssai", "cea", "sbn", "cslb", "usdot", "dot",
  // company / tax / charity registrations
  "cnpj", "cpf", "cnh", "rg", "duns", "d-u-n-s", "iva", "p\\.?\\s?iva", "partita\\s?iva", "codice\\s?fiscale",
  "aadhaa?r", "uidai", "nhs", "tax", "tax\\s?id", "awb", "passport", "employee",
  "abn", "acn", "arbn", "nzbn", "ein", "tin", "itin", "ssn", "nino", "utr",
  "vat", "gst", "gstin", "hst", "pst", "qst", "cin", "udyam", "msme", "siret", "siren", "rcs", "tva",
  "orias", "rpps", "adeli", "nif", "nie", "cif", "nipc", "rfc", "curp", "ruc", "rut", "cuit",
  "cuil", "dni", "nit", "rnc", "c[ée]dula", "kvk", "btw", "uid", "ust(?:-?id)?(?:-?nr)?", "steuer(?:nummer|-?nr)?",
  "hrb", "hra", "handelsregister", "uen", "iban", "swift", "bsb", "aba", "routing", "sort\\s?code",
  "company", "companies\\s?house", "charity", "registered", "reg(?:d|istered|istration|istro)?",
  "registry", "licen[cs]e[ds]?", "licen[cç]a", "licencia", "lic", "permit", "cert(?:ificate)?",
  "matr[ií]cula", "colegiad[oa]", "policy", "account", "acct", "a/c", "serial", "patent", "roll",
  "enrol(?:l)?ment",
  // products, orders, references, keys
  "isbn", "issn", "asin", "sku", "upc", "ean", "doi", "invoice", "ticket", "case", "ref", "reference", "tracking", "protocolo",
  "bestell-?nr", "rechnung", "factura", "fatura", "pgp", "gpg", "fingerprint", "id", "fc", "friend\\s?code",
  "trainer\\s?code", "code", "c[oó]digo",
  "pin", "otp", "zip", "postcode", "postal", "plz", "cep", "pincode",
] as const;

/** Uppercase-only council prefixes (Brazilian CRM/CRP/CREA…, OAB, COREN, CAU). Case-sensitive. */
export const COUNCIL_LABEL_SOURCE = "(?:CR[A-Z]{1,3}|COREN|OAB|CAU|CFM|CFP)";

/** Words after a number that make it a count, an amount or a measure (never a phone). */
export const UNIT_WORDS = [
  "k", "m", "b", "mil", "million", "millions", "millones", "milh[õo]es", "mio", "mrd", "bn", "lakh", "lac",
  "crore", "cr", "followers", "seguidores", "abonn[ée]s", "subscribers", "subs", "views", "vues", "likes",
  "fans", "members", "users", "downloads", "streams", "plays", "people", "students", "clients", "clientes",
  "customers", "units", "sq", "ft", "km", "mi", "kg", "lbs?", "tons?", "tonnes?", "euros?", "eur", "usd",
  "dollars?", "reais", "rupees", "rs", "inr", "pesos", "gbp", "brl", "mxn", "steps", "words", "miles",
  "meters", "metres", "calories", "kcal", "points", "pts", "votes", "sales", "copies", "books", "items",
  "vnd", "idr", "cop", "ars", "clp", "pen", "ngn", "kes", "zar", "php", "thb", "jpy", "krw", "try", "aed", "sar",
  "egp", "pkr", "bdt", "chf", "yen", "won", "naira", "rupiah", "dong", "baht", "lei", "zł", "kr", "sek", "nok", "dkk",
] as const;
