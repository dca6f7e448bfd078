package briefs

import "strings"

// Scots, as a reader from Scotland may write English ("Whit did Tokyo girn aboot Seoul
// plannin tae dae roond the island?"). Its words are read in English only in a question told
// as Scots, by two of scotsMarkers: "wis" or "tae" alone may be a typo or a name. So told, a
// word ending in "in" where English writes "ing" ("plannin", "meetins") is read with its g.

// scotsMarkers are Scots words that seldom occur in an English question.
var scotsMarkers = setOf([]string{"whit", "whit's", "hoo", "hoo's", "aboot", "efter", "tae", "afore", "twa", "fower",
	"frae", "fae", "dae", "daes", "cannae", "dinnae", "didnae", "isnae", "wasnae", "wouldnae", "couldnae", "shouldnae",
	"willnae", "wis", "mair", "maist", "wha", "wha's", "whaur", "whaur's", "atween", "forbye", "thon", "baith", "hae",
	"haes", "doon", "roond", "oot", "heids", "thegither", "micht", "feart", "gaun", "forrit", "accordin", "intae", "ony",
	"mony", "aff", "ower", "wi", "oor", "yer", "tellt", "gied", "awfy", "richt", "anither", "ither", "noo", "girn",
	"stramash", "ken", "sae", "amang", "onythin", "onything", "onybody", "invitit", "alang", "thae", "auld", "jist",
	"watter", "fit's", "fa's", "foo's", "gonnae", "fower-country", "fower-way",
	// Doric's and other Scots words no other language the bot reads uses.
	"muckle", "athegither", "stooshie", "freendly", "disnae", "widnae", "dinna", "winna", "canna", "staun", "coort",
	"bigg", "jine", "gie", "haun", "photie", "aften", "naething", "naethin", "aathing", "scunnered", "fowk", "hoose",
	"bairns", "ilka", "fir", "lang", "o", "owt", "nowt", "wrang", "sic", "polis", "rammy", "rammies", "mair", "twa-day", "twa-way", "twa-wye", "three-wye", "fower-wye",
	// Scots "wee" and "aye" (yes, always) and Doric "fa" (who) are words of English or other
	// languages too: one more marker tells them.
	"wee", "aye", "fa", "flicht", "flichts", "hammert", "bothert", "easy-osy"})

// scotsTellers are Scots words no English question holds, one of which tells a question
// written in Scots.
var scotsTellers = setOf([]string{"whit", "whit's", "hoo", "hoo's", "aboot", "cannae", "dinnae", "didnae", "isnae",
	"wasnae", "wouldnae", "couldnae", "shouldnae", "willnae", "whaur", "whaur's", "thegither", "forbye", "atween",
	"efter", "afore", "frae", "intae", "wha's", "fower", "mony", "gonnae", "fower-country", "fower-way",
	// Aberdeen's Doric asks with f for wh: "fit's" is what's, "fa's" who's, "foo's" how's.
	"fit's", "fa's", "foo's",
	"muckle", "athegither", "stooshie", "freendly", "disnae", "widnae", "naething", "naethin", "aathing", "scunnered",
	"coort", "gie", "haun", "staun", "photie", "oot", "rammy", "rammies", "wrang", "mair", "twa-day", "twa-way", "twa-wye", "three-wye", "fower-wye",
	// Scots writes a past in "-ed" after r as "-ert": "bothert", "hammert".
	"flicht", "flichts", "hammert", "bothert", "scunnert", "easy-osy"})

// scotsTellingPairs tell Doric asking with "fit" (what) or "foo" (how), English words both
// ("fit in", "foo bar"), by the word after it: "Fit did Kishida say?".
var scotsTellingPairs = [][2]string{{"fit", "did"}, {"fit", "dae"}, {"fit", "daes"}, {"fit", "wis"}, {"fit", "hae"},
	{"fit", "haes"}, {"fit", "kind"}, {"fit", "else"}, {"fit", "wey"}, {"foo", "did"}, {"foo", "dae"}, {"foo", "daes"},
	{"foo", "lang"}, {"foo", "muckle"}, {"fit", "wye"}, {"fit", "dis"}, {"fit", "wid"}, {"fit", "twa"}, {"fit", "happened"},
	{"fit", "happens"}, {"fit", "got"}, {"fit", "were"}, {"fit", "are"}, {"foo", "dis"}, {"foo", "wid"}, {"foo", "big"}, {"foo", "come"},
	// "fa" is short: its pairs are those whose second word sends a question to be read already.
	// "tae the" is to the: "sticks that tight tae the US".
	{"tae", "the"},
	{"fa", "wis"}, {"fa", "dis"}, {"fa", "wid"}, {"fa", "hae"}, {"fa", "haes"}, {"fa", "dae"}, {"fa", "daes"},
	// "fan" (when) is told by the word after it as "fit" is.
	{"fan", "wis"}, {"fan", "did"}, {"fan", "dis"}, {"fan", "wid"}}

// scots are Scots words with their English, or "" for those an English question would not
// need.
var scots = map[string]string{
	"whit": "what", "whit's": "what's", "hoo": "how", "hoo's": "how's", "aboot": "about", "efter": "after", "tae": "to",
	"afore": "before", "twa": "two", "fower": "four", "frae": "from", "fae": "from", "dae": "do", "daes": "does",
	"cannae": "cannot", "dinnae": "don't", "didnae": "didn't", "isnae": "isn't", "wasnae": "wasn't",
	"wouldnae": "wouldn't", "couldnae": "couldn't", "shouldnae": "shouldn't", "willnae": "won't", "wis": "was",
	"mair": "more", "maist": "most", "wha": "who", "wha's": "who's", "whaur": "where", "whaur's": "where's",
	"atween": "between", "forbye": "besides", "thon": "that", "baith": "both", "hae": "have", "haes": "has",
	"doon": "down", "roond": "around", "roon": "around", "oot": "out", "heids": "heads", "heid": "head",
	"thegither": "together", "micht": "might", "feart": "afraid", "gaun": "going", "forrit": "forward",
	"accordin": "according", "intae": "into", "ony": "any", "mony": "many", "aff": "off", "ower": "over", "wi": "with",
	"oor": "our", "ye": "you", "yer": "your", "tellt": "told", "telt": "told", "gied": "gave", "gie": "give",
	"awfy": "very", "richt": "right", "anither": "another", "ither": "other", "yin": "one", "noo": "now",
	"haun": "hand", "drap": "drop", "cry": "call", "cried": "called", "girn": "complain", "girned": "complained", "girnin": "complaining",
	"stramash": "dispute", "dunt": "hit", "blether": "talk", "blethering": "talking", "folk": "people", "lang": "long", "sae": "so",
	"o'": "of", "onythin": "anything", "onything": "anything", "onybody": "anybody", "amang": "among", "haud": "hold",
	"tak": "take", "invitit": "invited", "alang": "along", "thae": "those", "auld": "old", "guid": "good",
	"fashed": "worried", "gairden": "garden", "fower-country": "four-country", "fower-way": "four-way",
	"twa-day": "two-day", "twa-way": "two-way",
	"aw": "all", "wee": "", "ken": "know", "aye": "", "naw": "", "lang-standin": "long-standing",
	"o": "of", "jist": "just", "gonnae": "going to", "watter": "water", "bide": "live", "bides": "lives",
	"swither": "hesitate", "swithering": "hesitating", "switherin": "hesitating", "chippy": "chip shop",
	// Doric: fit is what, fa who, foo how; fan (when) and far (where) only as phrases, being
	// English words a Scots question uses too ("hoo far").
	"fit": "what", "fit's": "what's", "fa": "who", "fa's": "who's", "foo": "how", "foo's": "how's",
	"fan's": "when's", "far's": "where's",
	// Doric's own words: "dis" is does, "wid" would, a loon and a quine a boy and a girl.
	"dis": "does", "disnae": "doesn't", "wid": "would", "widnae": "wouldn't", "dinna": "don't", "winna": "won't",
	"canna": "cannot", "hiv": "have", "div": "do", "jine": "join", "jined": "joined", "spik": "talk", "spikkin": "talking",
	"muckle": "much", "nae": "no", "staun": "stand", "athegither": "altogether", "coort": "court", "coorts": "courts",
	"saft": "soft", "hert": "heart", "bigg": "build", "biggit": "built", "freendly": "friendly", "freens": "friends",
	"freen": "friend", "stooshie": "dispute", "photie": "photo", "photies": "photos", "een": "one", "loon": "boy",
	"loons": "boys", "quine": "girl", "quines": "girls", "wye": "way", "three-wye": "three-way", "fower-wye": "four-way",
	"twa-wye": "two-way", "pit": "put", "pittin": "putting", "pitten": "put", "gies": "gives", "gien": "given",
	"canny": "cautious", "mak": "make", "aften": "often", "naething": "nothing", "naethin": "nothing",
	"aathing": "everything", "abody": "everybody", "ilka": "every", "scunnered": "fed up", "fowk": "people",
	"hoose": "house", "bairn": "child", "bairns": "children", "yon": "that", "whan": "when", "hame": "home", "fir": "for", "owt": "anything", "nowt": "nothing",
	"rammy": "dispute", "rammies": "disputes", "wrang": "wrong", "sic": "such", "polis": "police",
	"toon": "town", "kirk": "church", "makkin": "making", "takkin": "taking", "gyan": "going", "d'ye": "you",
	"flicht": "flight", "flichts": "flights", "hammert": "hammered", "bothert": "bothered", "scunnert": "fed up",
	"easy-osy": "relaxed", "yanks": "Americans", "yanks'": "Americans'",
}

// scotsPhrases are Scots phrases of two to four words with their English.
var scotsPhrases = map[string]string{
	"is it no": "isn't it", "a wee bit": "", "the noo": "now", "lay on": "arrange", "knock aff": "remove from",
	"sat doon thegither": "met", "an aw": "too",
	// English's "fit in" is no Doric what; nor is "how far" where.
	"fit in": "fit in", "fit intae": "fit into", "how far": "how far", "hoo far": "how far", "sae far": "so far",
	"so far": "so far", "as far": "as far",
	"fan did": "when did", "fan wis": "when was", "fan dae": "when do", "fan daes": "when does", "fan will": "when will",
	"far did": "where did", "far wis": "where was", "far dae": "where do", "far daes": "where does",
	"far will": "where will",
	// Doric asks why with "fit wye", what way; "fit like" greets, how are you.
	"fit wye": "why", "whit wye": "why", "what wye": "why", "fit like": "hello", "foo come": "how come",
	"hoo come": "how come", "foo muckle": "how much", "hoo muckle": "how much", "nae muckle": "not much",
	"aye or nae": "or not", "aye or naw": "or not", "or nae": "or not", "or naw": "or not", "till it": "to it",
	"een anither": "one another", "d'ye ken": "do you know", "fan the": "when the",
	"fan they": "when they", "fan he": "when he", "fan she": "when she", "fan it": "when it", "fan dis": "when does",
	"fan wid": "when would", "far dis": "where does", "far wid": "where would", "fa dis": "who does",
	// "Pull oot" the deal is withdraw from it; folk fell oot when they quarrelled; "how" asks
	// why ("how is Seoul that keen"), and "that keen" is so keen.
	"pull oot o": "withdraw from", "pulled oot o": "withdrew from", "pull oot the": "withdraw from the",
	"pulled oot the": "withdrew from the", "pullin oot o": "withdrawing from", "pullin oot the": "withdrawing from the",
	"fell oot": "fell out", "fa'in oot": "falling out", "fallin oot": "falling out", "fall oot": "fall out",
	"how is": "why is", "how are": "why are", "that keen": "so keen",
	// "An" before a question word is and.
	"an whit": "and what", "an how": "and how", "an how's": "and how's", "an whaur": "and where",
	"an fit": "and what", "an fa": "and who", "an fan": "and when", "an far": "and where", "an foo": "and how",
}

// withGDropped is word, of a question told as Scots, with the g English writes after its
// closing "in" ("plannin", "meetins", "tryin'"); false for a word English ends so ("within",
// "again", "Putin").
func withGDropped(word string) (string, bool) {
	core := strings.TrimSuffix(word, "'")
	plural := ""
	if strings.HasSuffix(core, "ins") {
		core, plural = core[:len(core)-1], "s"
	}
	if len(core) < 5 || !strings.HasSuffix(core, "in") || core[0] < 'a' || core[0] > 'z' || endsInEnglish[core] ||
		strings.ContainsAny(core[len(core)-3:len(core)-2], "aeiou") {
		return word, false // "again", "Berlin", "within"; "tryin" drops its g
	}
	return core + "g" + plural, true
}

// endsInEnglish are English words ending in "in" after a consonant, which a Scots question
// uses too.
var endsInEnglish = setOf([]string{"within", "begin", "margin", "origin", "cousin", "basin", "cabin", "admin",
	"login", "plugin", "toxin", "vitamin", "robin", "satin", "resin", "raisin", "violin", "insulin", "penguin",
	"muffin", "napkin", "pumpkin", "goblin", "dolphin", "assassin", "latin", "akin", "kremlin", "berlin", "putin",
	"dublin", "austin", "martin", "kevin", "justin", "colin", "franklin", "lincoln", "benjamin", "mandarin",
	"heroin", "bulletin", "javelin", "coffin", "sequin", "catkin", "bodkin", "griffin", "elgin", "chaplin"})
