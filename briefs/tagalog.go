package briefs

// Tagalog mixed with English (Taglish: "Bakit nag-protest ang Japan?") is read as the other
// mixed languages are (mixedLanguages), an English verb behind a Tagalog affix read as
// itself ("nag-protest" is protest).

// taglishMarkers are Tagalog words that seldom occur in an English question; two of them tell
// a Taglish one.
var taglishMarkers = setOf([]string{
	"ano", "anong", "sino", "bakit", "kailan", "saan", "paano", "gaano", "alin", "ilan", "yung", "ng", "ba",
	"naman", "daw", "raw", "nung", "noong", "kay", "ni", "nina", "mga", "po", "talaga", "ang", "sa", "siya",
	"nila", "niya", "kelan", "pano", "panu", "gano", "magkano", "sinong", "kanino", "aling", "ilang", "saang",
	"bkit", "nya", "sya", "kanyang", "kanilang", "nilang", "natin", "ako", "ngayon", "naging", "sinabi",
	"ginawa", "nangyari", "mangyayari", "pinag-usapan", "pagdating", "papuntang", "kahit", "pwede", "puwede",
	"kailangan", "walang", "meron", "mayroon", "tungkol", "pinaka", "kesa", "kaysa", "dahil", "sobrang",
	"talagang", "tsaka", "diba", "ganun", "habang", "pagkatapos", "hanggang", "tapos", "ayon", "bansa",
	"pamahalaan",
})

// tagalog are Tagalog words with their English, or "" for those an English question would not
// need.
var tagalog = map[string]string{
	// Asking words.
	"ano": "what", "anong": "what", "ano-ano": "what", "sino": "who", "sinu-sino": "who", "bakit": "why", "kailan": "when",
	"saan": "where", "saang": "which", "paano": "how", "gaano": "how", "alin": "which", "ilan": "how many", "ilang": "how many",
	// Function words.
	"yung": "the", "iyong": "the", "ang": "the", "ng": "of", "sa": "", "mga": "", "na": "", "pa": "", "ba": "", "naman": "",
	"po": "", "daw": "", "raw": "", "talaga": "", "nga": "", "lang": "", "din": "", "rin": "", "eh": "", "kaya": "so",
	"si": "", "ni": "", "nina": "", "kay": "", "kina": "", "nung": "of the", "noong": "", "dun": "", "doon": "", "ito": "",
	"iyon": "", "yun": "", "siya": "he", "sila": "they", "nila": "their", "niya": "his", "kanila": "their", "natin": "our",
	"at": "and", "o": "or", "para": "for", "kasi": "because", "mas": "more", "pinaka": "most", "hindi": "not",
	"ayon": "according", "tungkol": "about", "galing": "from", "bago": "before", "pagkatapos": "after", "kumpara": "compared",
	"bukod": "besides", "nang": "", "ay": "is", "kung": "if", "pag": "when", "kapag": "when", "dahil": "because",
	// Words of the article's matters.
	"tawag": "name", "tinatawag": "called", "sinabi": "said", "sabi": "said", "ginawa": "did", "nangyari": "happened",
	"mangyayari": "happen", "pinadala": "sent", "ipinadala": "sent", "inabot": "handed", "iniabot": "handed",
	"pinirmahan": "signed", "pinangako": "promised", "ipinangako": "promised", "napagkasunduan": "agreed",
	"pinag-usapan": "discussed", "nagkakaiba": "differ", "magkaiba": "differ", "nagdadalawang-isip": "hesitates",
	"pinag-aagawan": "disputed", "nagpapalala": "fuels", "dating": "former", "dalawa": "two", "dalawang": "two",
	"tatlo": "three", "tatlong": "three", "huli": "last", "huling": "last", "ibang": "other", "iba": "other",
	"dagat": "sea", "kalaki": "big", "madali": "easy", "mahirap": "hard", "ginagamit": "uses", "gusto": "wants",
	"umattend": "attended", "inannounce": "announced", "inabolish": "abolished", "pinrotest": "protested",
	"nag-aalala": "worried", "pag-isahin": "unite", "binubuo": "building",
	// Asking words.
	"kelan": "when", "kaylan": "when", "pano": "how", "panu": "how", "papaano": "how", "gano": "how",
	"magkano": "how much", "sinong": "who", "kanino": "whose", "kaninong": "whose", "aling": "which",
	"nasaan": "where", "anu-ano": "what", "bkit": "why",
	// Pronouns and function words.
	"ung": "the", "ako": "I", "ko": "", "ka": "you", "mo": "your", "tayo": "we", "nyo": "your", "sya": "he",
	"nya": "his", "kanya": "his", "kanyang": "his", "kanilang": "their", "nilang": "their", "iyan": "",
	"yan": "", "ganun": "so", "ganoon": "so", "nasa": "in", "sagot": "response", "tugon": "response", "mula": "from", "hanggang": "until", "papunta": "to",
	"papuntang": "to", "kasama": "with", "bilang": "as", "parang": "like", "kesa": "than", "kaysa": "than",
	"re": "about", "habang": "while", "tapos": "then", "tsaka": "and", "pero": "but", "kahit": "even",
	"lahat": "all", "marami": "many", "karami": "many", "katagal": "long", "sobrang": "very",
	"talagang": "really", "may": "has", "mayroon": "has", "meron": "has", "wala": "no", "walang": "no",
	"di": "not", "ulit": "again", "muling": "again", "ngayon": "now", "ngayong": "this", "susunod": "next",
	// Particles, fillers and politeness.
	"ha": "", "ata": "", "diba": "", "sana": "", "hehe": "", "haha": "", "huhu": "", "lol": "", "pls": "",
	"ty": "", "sis": "", "pakilista": "list",
	// Numbers and time.
	"isang": "one", "unang": "first", "apat": "four", "porsyento": "percent", "taon": "year", "taong": "year",
	"buwan": "month", "panahon": "period",
	// Verbs.
	"dumalo": "attended", "bumisita": "visited", "nagpulong": "met", "nag-usap": "talked",
	"tinalakay": "discussed", "binanggit": "mentioned", "iniwasan": "avoided", "ipinahayag": "expressed",
	"inihayag": "announced", "inanunsyo": "announced", "binigyang-diin": "stressed", "inulit": "reiterated",
	"nireiterate": "reiterated", "pumirma": "signed", "nagkasundo": "agreed", "tumutol": "opposed",
	"inooppose": "opposes", "nagprotesta": "protested", "nagsampa": "filed", "gumanti": "retaliated",
	"nagpadala": "sent", "dinala": "brought", "inimbita": "invited", "ininvite": "invited", "sumali": "join",
	"sasali": "will join", "kasali": "part of", "nakapasok": "joined", "umalis": "withdrew",
	"umatras": "withdrew", "inalis": "removed", "aalisin": "will remove", "tinanggal": "removed",
	"binuwag": "abolished", "itinigil": "stopped", "kinansela": "cancelled", "isinara": "shut down",
	"ipinagpatuloy": "resumed", "nagsimula": "started", "ginanap": "held", "gaganapin": "will be held",
	"nangyayari": "happening", "naging": "was", "magiging": "will be", "maging": "be",
	"magkakaroon": "will there be", "itinatag": "established", "pinalakas": "strengthened",
	"palakasin": "strengthen", "pinabuti": "improved", "nilutas": "resolved", "pinigilan": "prevented",
	"paghihigpit": "restriction", "kinontrol": "controlled", "bumaba": "dropped", "tinamaan": "hit",
	"itinapon": "discharged", "pagtatapon": "discharge", "ilalabas": "will release", "nababahala": "concerned",
	"takot": "afraid", "tinitingnan": "views", "kilala": "know", "tinawag": "called", "sumulat": "wrote",
	"nabasa": "read", "nakalimutan": "forgot", "sinusuportahan": "supports", "nakipagtulungan": "cooperated",
	"nagcocooperate": "cooperate", "pinupush": "pushes", "nais": "wants", "gustong": "wants to",
	"binatikos": "criticized", "sinisi": "blamed", "inaangkin": "claims", "lumapag": "landed",
	"nangako": "promised", "nilabag": "violated", "naupo": "took office", "maupo": "take office",
	"nagmoderate": "moderated", "iniwan": "abandoned", "iwan": "abandon", "maiwan": "be abandoned",
	"lutuin": "cook", "magugustuhan": "satisfies", "dinukot": "abducted", "nakafocus": "focused",
	"nakatuon": "focused", "nakakalito": "confusing",
	// Nouns.
	"pulong": "meeting", "pagpupulong": "meeting", "kasunduan": "agreement", "alyansa": "alliance",
	"kaalyado": "allies", "bansa": "country", "bansang": "country", "pamahalaan": "government",
	"gobyerno": "government", "govt": "government", "admin": "administration", "pangulo": "president",
	"presidente": "president", "ministro": "minister", "kalihim": "secretary", "sugo": "envoy",
	"delegasyon": "delegation", "pinuno": "leader", "pulis": "police", "komisyoner": "commissioner",
	"hukuman": "court", "korte": "court", "hatol": "ruling", "kaso": "case", "reklamo": "complaint",
	"biktima": "victims", "nakaligtas": "survivors", "buhay": "alive", "manggagawa": "workers", "digmaan": "war",
	"kasaysayan": "history", "damdamin": "sentiment", "isla": "island", "teritoryo": "territory",
	"lawak": "area", "tubig": "water", "ruta": "route", "pandemya": "epidemic", "kalakalan": "trade",
	"ekonomiya": "economy", "pagluluwas": "export", "kontrol": "control", "listahan": "list",
	"materyales": "materials", "semikonduktor": "semiconductor", "industriya": "industry",
	"sanksyon": "sanctions", "parusa": "sanctions", "presyon": "pressure", "sapilitang": "forced",
	"pagkakaisa": "unity", "bihag": "hostages", "nukleyar": "nuclear", "armas": "weapons",
	"tangway": "peninsula", "hapon": "Japan", "tsina": "China", "sokor": "South Korea", "sk": "South Korea",
	"nz": "New Zealand", "pm": "prime minister", "fms": "foreign ministers", "japan-sk": "Japan-South Korea",
	"us-japan-sk": "US-Japan-South Korea", "timog": "south", "hilagang": "north", "asya": "Asia",
	"pasipiko": "Pacific", "espanya": "Spain", "kapangyarihan": "power", "progresibo": "progressives",
	"oposisyon": "opposition", "halalan": "election", "eleksyon": "election", "pangako": "promise",
	"hegemonya": "hegemony", "pagkakaiba": "differences", "alitan": "dispute", "tiwala": "trust",
	"layunin": "goal", "papel": "role", "posisyon": "position", "pananaw": "view", "haligi": "pillar",
	"hadlang": "obstacle", "kaayusan": "order", "kalayaan": "freedom", "malaya": "free", "bukas": "open",
	"kapayapaan": "peace", "katatagan": "stability", "seguridad": "security", "depensa": "defense",
	"militar": "military", "tropa": "troops", "ehersisyo": "exercises", "pagsasanay": "exercises",
	"diplomasya": "diplomacy", "ugnayan": "relations", "relasyon": "relationship", "panlabas": "foreign",
	"rehiyon": "region", "lugar": "area", "opisyal": "official", "tatluhang": "trilateral",
	"dalawahang": "bilateral", "usapin": "issue", "isyu": "issue", "problema": "problem", "usapan": "talks",
	"pag-uusap": "talks", "diyalogo": "dialogue", "kooperasyon": "cooperation", "biyahe": "trip",
	"liham": "letter", "sulat": "letter", "seremonya": "ceremony", "inagurasyon": "inauguration",
	"mekanismo": "mechanism", "impluwensya": "influence", "awtonomiya": "autonomy",
	"normalisasyon": "normalization", "pahayag": "statement", "reaksyon": "reaction", "miyembro": "member",
	"artikulo": "article", "may-akda": "author", "pangalan": "name", "klaseng": "kind of",
	"populasyon": "population", "pamasahe": "fare", "laman": "content",
	// Adjectives and adverbs.
	"malaki": "big", "maliit": "small", "mahalaga": "important", "importante": "important", "hirap": "hard",
	"bagong": "new", "malapit": "close", "matatag": "firm", "matigas": "tough", "mahigpit": "strict",
	"positibo": "positive", "negatibo": "negative", "nag-aatubili": "hesitates", "sensitibo": "sensitive",
	"malabo": "unclear", "todo": "fully", "mababa": "low", "pwede": "can", "puwede": "can", "kailangan": "need",
	"kayang": "able to", "masarap": "delicious", "pinaka-tinamaan": "hardest hit",
	"pinaka-mature": "most mature", "pagdating": "arrival", "isang-panig": "one-sided", "katamtamang": "medium",
	"kabayaran": "compensation", "kompensasyon": "compensation", "bayad-pinsala": "compensation",
}

// tagalogPhrases are Tagalog phrases of two to four words with their English.
var tagalogPhrases = map[string]string{
	"para saan": "what for", "ano pa": "what else", "sino pa": "who else", "bakit kaya": "why",
	"ilang taon": "how many years", "kaya ba ng": "can", "kaya bang": "can", "hindi kayang": "can not",
	"di kayang": "can not", "di ba": "", "na to": "", "punong ministro": "prime minister",
	"kalihim heneral": "secretary general", "estados unidos": "United States",
	"hilagang-silangang asya": "Northeast Asia", "tangway ng korea": "Korean Peninsula",
	"press con": "press conference", "puting listahan": "white list", "hilaw na materyales": "raw materials",
	"kontrol sa export": "export controls", "paghihigpit sa export": "export controls",
	"babaeng aliw": "comfort women", "sapilitang paggawa": "forced labour",
	"sapilitang pagtatrabaho": "forced labour", "bayad pinsala": "compensation",
	"digmaang pandaigdig": "world war", "ikalawang digmaang pandaigdig": "World War II",
	"sandatang nukleyar": "nuclear weapons", "armas nukleyar": "nuclear weapons",
	"maruming tubig": "waste water", "pagsasanay militar": "military exercises",
	"magkasanib na pagsasanay": "joint exercises", "muling pagsasama": "reunification",
	"muling pag-iisa": "reunification", "muling pagkakaisa": "reunification", "muling binuksan": "resumed",
	"rutang panghimpapawid": "air route", "umupo sa puwesto": "took office", "maupo sa puwesto": "take office",
	"sa pamamagitan ng": "through", "dahil sa": "because of", "ayon sa": "according to",
	"sa pagitan ng": "between", "kumpara sa": "compared to", "pagdating sa": "regarding",
	"kahit na": "even though", "hindi pa": "not yet", "wala pa": "not yet", "pa rin": "still",
	"buhay pa": "still alive", "isa't isa": "each other", "iba't ibang": "various",
	"walang laman": "no substance", "humingi ng tawad": "apologized", "paghingi ng tawad": "apology",
	"sama ng loob": "grievances", "kawalan ng tiwala": "distrust", "hindi pagkakasundo": "discord",
	"isang panig": "one-sided", "ugnayang panlabas": "foreign affairs", "patakarang panlabas": "foreign policy",
	"kalihim panlabas": "foreign minister", "ministro ng depensa": "defense minister",
	"nagsampa ng reklamo": "filed a complaint", "sa tingin ng": "in the view of",
	"sa pananaw ng": "in the view of", "laban sa": "against", "lalo na": "especially", "sa kabila ng": "despite",
	"tulad ng": "such as", "sa panahon ng": "during", "nakatuon sa": "focused on",
	"halaga ng palitan": "exchange rate", "bilang ng": "number of", "hindi lang": "not only",
	"noong may": "in May", "nung may": "in May",
}

// tagalogAffixes are the Tagalog affixes put before an English verb with a hyphen
// ("nag-resume", "mag-take", "i-abandon", "kinu-curb").
var tagalogAffixes = setOf([]string{
	"nag", "mag", "pag", "i", "ia", "na", "ni", "ma", "ka", "naka", "nakaka", "pinag", "kinu", "dine", "pinu",
	"nagpa", "magpa", "ipa", "ipag", "maka", "um", "in", "pinaka", "nagka", "magka", "makiki", "ini", "ina",
	"ipi", "pina", "napa", "taga", "pa", "pang", "ire", "nire", "nagre", "makapag", "nakapag", "makipag",
	"nakipag", "paki", "nagca", "nagco", "ipinag",
})
