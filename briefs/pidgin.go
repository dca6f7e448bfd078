package briefs

// Nigerian Pidgin, as a reader from Nigeria may write English ("Wetin Tokyo dey oppose about
// Korean court?", "Which four-kontri meeting dem hold for Madrid?"). Its words are read in
// English only in a question told as Pidgin, by two of pidginMarkers or one of its tellers:
// "di" and "dem" are patois too, and "na" Tagalog.

// pidginMarkers are Pidgin words that seldom occur in an English question.
var pidginMarkers = setOf([]string{"wetin", "dey", "di", "dat", "dem", "wey", "abeg", "kontri", "four-kontri",
	"dis", "wit", "don", "siddon", "wan", "na", "sabi", "una", "oya", "abi", "sef", "pikin", "wahala", "comot",
	"nko", "shey", "close-close", "dia", "oga", "sidon", "gree", "shebi", "pipo", "pesin", "sotey", "kpatakpata",
	"gbege", "palava", "jare", "kontris", "commot", "yan", "togeda", "d"})

// pidginTellers are Pidgin words no English question holds, one of which tells a question
// written in Pidgin.
var pidginTellers = setOf([]string{"wetin", "abeg", "kontri", "four-kontri", "siddon", "sabi", "wahala", "comot", "shey", "nko",
	"dey", "oga", "sidon", "sef", "abi", "gree", "wey", "shebi", "pipo", "pesin", "sotey", "kpatakpata", "gbege",
	"palava", "jare", "kontris", "commot"})

// pidgin are Pidgin words with their English, or "" for those an English question would not
// need.
var pidgin = map[string]string{
	"wetin": "what", "dey": "", "di": "the", "dat": "that", "dem": "they", "wey": "that", "abeg": "",
	"kontri": "country", "kontris": "countries", "four-kontri": "four-country", "im": "its", "dis": "this",
	"wit": "with", "don": "", "siddon": "sat", "wan": "want to", "na": "", "sabi": "know", "una": "you", "oya": "",
	"abi": "", "sef": "", "wahala": "trouble", "comot": "leave", "close-close": "closely", "for": "in",
	"fit": "can", "nko": "", "shey": "", "plenty": "many", "vex": "angry", "e": "it", "pikin": "child",
	"go": "", "dia": "their", "enter": "into", "tey": "", "pain": "hurt", "finish": "completely",
	"oga": "", "sidon": "sat", "yarn": "talk", "gree": "agree", "am": "it", "pass": "most", "get": "have",
	"be": "is", "him": "he", "scatter": "broke up", "carry": "take", "suppose": "should", "shebi": "",
	"pipo": "people", "pesin": "person", "sotey": "until", "kpatakpata": "completely", "gbege": "trouble",
	"palava": "dispute", "jare": "", "commot": "leave", "show-show": "show",
	// "yan" (yarn) is talk; "der" there; "d", as texted, the.
	"yan": "talk", "togeda": "together", "der": "there", "d": "the",
}

// pidginPhrases are Pidgin phrases of two to four words with their English.
var pidginPhrases = map[string]string{
	"talk say": "said", "siddon meet": "met", "wetin make": "why", "why e be say": "why", "how e take": "how",
	"take differ": "differ", "dey find": "want", "piece together": "build", "hard pass": "toughest", "no fit": "cannot",
	"reach like dat": "so much", "off finish": "off completely",
	// "dem" is them after a verb, and the before a number.
	"list dem": "list them", "name dem": "name them", "between dem": "between them", "among dem": "among them",
	"dem four": "the four", "dem three": "the three", "dem two": "the two", "dem don ever": "have they ever",
	"abi dem": "or did they", "abi dis": "or is this", "wan big": "want a big", "i am": "I am",
	"when be di last": "when was the last", "which na": "which is", "na which": "which",
	// "go" is to after a verb that sends or takes, and will before one.
	"send go": "send to", "carry am go": "take it to", "carry complain go": "take a complaint to", "countries go": "countries to",
	"go happen": "will happen", "go hold": "will be held", "go put": "will put", "e go": "will it",
	"talk about": "said about", "talk after": "said after", "talk before": "said before", "talk as": "said as",
	"writer talk": "writer said", "show say": "show that", "mean say": "mean that", "fear say": "fear that",
	"enter office": "took office", "take see": "see", "take solve": "solve", "for inside": "inside",
	"inside sea": "into the sea", "on top": "over", "comot from": "left", "no too": "not too",
	"dis recent years": "in recent years", "im name": "his name", "anti japan vex": "anti-Japan anger",
	"carry go": "take to", "carry give am": "give him", "carry give": "give", "or na": "or is it",
	"arrange for": "arranged for", "go madrid": "went to Madrid", "suppose turn": "should become",
	"want make": "want", "wan make": "want", "try get": "try to get", "take handle": "handle",
	"take react": "react", "take answer": "answer", "take curb": "curb", "talk for": "said in", "trilateral talk": "trilateral talks", "talk to": "said to",
	"talk anything": "say anything", "talk wetin": "said what", "talk am": "said it", "vex for": "angry at",
	"countries go form": "countries will form", "think say": "think that", "push nato go": "push NATO into",
	"e get": "does it have", "government enter": "government took office", "announce say e go": "announced that it would",
	"say e go": "that it will", "announce say": "announced that", "go end": "would end", "fit be": "could be",
	"go join": "will join", "well well": "very well",
	// "how far" greets; "small" after a verb is a little; "pass" after "wey" compares.
	"how far": "", "am small": "it briefly", "wey pass the": "greater than the", "dey which": "is at which",
	"when be the last": "when was the last", "wetin kind": "what kind of", "e be like say": "it seems",
	"e take office": "he took office", "take office": "took office", "no like": "dislike", "go form": "will form",
	"kontris go form": "countries will form", "want achieve": "want to achieve", "fit become": "could become",
	"still dey": "are still", "for me": "for me", "wey vex": "that angered",
	// To "use press" someone is to use something to pressure them.
	"use press": "use to pressure", "dey use press": "use to pressure",
	"yan about": "talked about", "yan anything": "say anything",
}
