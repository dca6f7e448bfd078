package briefs

// Nigerian Pidgin, as a reader from Nigeria may write English ("Wetin Tokyo dey oppose about
// Korean court?", "Which four-kontri meeting dem hold for Madrid?"). Its words are read in
// English only in a question told as Pidgin, by two of pidginMarkers or one of its tellers:
// "di" and "dem" are patois too, and "na" Tagalog.

// pidginMarkers are Pidgin words that seldom occur in an English question.
var pidginMarkers = setOf([]string{"wetin", "dey", "di", "dat", "dem", "wey", "abeg", "kontri", "four-kontri",
	"dis", "wit", "don", "siddon", "wan", "na", "sabi", "una", "oya", "abi", "sef", "pikin", "wahala", "comot",
	"nko", "shey", "close-close", "dia"})

// pidginTellers are Pidgin words no English question holds, one of which tells a question
// written in Pidgin.
var pidginTellers = setOf([]string{"wetin", "abeg", "kontri", "four-kontri", "siddon", "sabi", "wahala", "comot", "shey", "nko",
	"dey"})

// pidgin are Pidgin words with their English, or "" for those an English question would not
// need.
var pidgin = map[string]string{
	"wetin": "what", "dey": "", "di": "the", "dat": "that", "dem": "they", "wey": "that", "abeg": "",
	"kontri": "country", "kontris": "countries", "four-kontri": "four-country", "im": "its", "dis": "this",
	"wit": "with", "don": "", "siddon": "sat", "wan": "want", "na": "", "sabi": "know", "una": "you", "oya": "",
	"abi": "", "sef": "", "wahala": "trouble", "comot": "leave", "close-close": "closely", "for": "in",
	"fit": "can", "nko": "", "shey": "", "plenty": "many", "vex": "angry", "e": "it", "pikin": "child",
	"go": "", "dia": "their", "enter": "into", "tey": "", "pain": "hurt", "finish": "completely",
}

// pidginPhrases are Pidgin phrases of two to four words with their English.
var pidginPhrases = map[string]string{
	"talk say": "said", "siddon meet": "met", "wetin make": "why", "why e be say": "why", "how e take": "how",
	"take differ": "differ", "dey find": "want", "piece together": "build", "hard pass": "toughest", "no fit": "cannot",
	"reach like dat": "so much", "off finish": "off completely",
}
