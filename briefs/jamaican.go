package briefs

// Jamaican patois, as a reader from Jamaica may write English ("Wah Japan call di island weh
// Korea call Dokdo?", "Wha mek Seoul more positive towards Beijing dan Tokyo?"). Its words are
// read in English only in a question told as patois, by two of patoisMarkers or one of its
// tellers: "di" is Italian too, and "an" English. So told, a word closing in "in" where
// English writes "ing" ("accordin") gets its g back, as in Scots.

// patoisMarkers are patois words that seldom occur in an English question.
var patoisMarkers = setOf([]string{"wah", "wha", "di", "pon", "wid", "dem", "seh", "fi", "inna", "bout", "mek", "ting",
	"tings", "tek", "weh", "cyaan", "anodda", "togedda", "dat", "deh", "woulda", "coulda", "shoulda", "yuh", "unu",
	"nuh", "neva", "fah", "accordin", "dis", "dese", "dose", "wen", "wey", "likkle", "nuff", "haffi"})

// patoisTellers are patois words no English question holds, one of which tells a question
// written in patois.
var patoisTellers = setOf([]string{"wah", "pon", "inna", "cyaan", "anodda", "togedda", "haffi", "likkle", "unu"})

// patois are patois words with their English, or "" for those an English question would not
// need.
var patois = map[string]string{
	"wah": "what", "wha": "what", "di": "the", "an": "and", "pon": "on", "wid": "with", "dem": "", "seh": "said",
	"fi": "to", "inna": "in", "bout": "about", "mek": "make", "ting": "thing", "tings": "things", "tek": "take",
	"sen": "send", "weh": "what", "cyaan": "cannot", "anodda": "another", "togedda": "together", "dat": "that",
	"deh": "there", "woulda": "would", "coulda": "could", "shoulda": "should", "yuh": "you", "unu": "you",
	"nuh": "not", "neva": "never", "nah": "not", "fah": "for", "dan": "than", "him": "he", "kinda": "kind of",
	"vex": "angry", "lick": "blow", "dis": "this", "dese": "these", "dose": "those", "wen": "when", "wey": "what",
	"likkle": "little", "nuff": "many", "haffi": "must", "ova": "over", "odda": "other", "bredda": "", "fren": "friend",
}

// patoisPhrases are patois phrases of two to four words with their English.
var patoisPhrases = map[string]string{
	"wha mek": "why", "wah mek": "why", "weh mek": "why", "carry give": "gave", "tek office": "take office",
	"big lick": "great blow",
}
