package briefs

import (
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// normalizeName makes a name comparable: lower case, letters and digits only, words separated
// by single spaces ("S. Korea" → "s korea", "Gimpo–Haneda" → "gimpo haneda").
func normalizeName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\'' || r == '\u2019' || r == '.':
			// "japan's" → "japans" is worse than "japan s"; drop apostrophes and dots inside
			// abbreviations ("U.S." → "us") rather than splitting on them.
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// NormalizeName is normalizeName for callers outside the package (name resolution in commands).
func NormalizeName(s string) string { return normalizeName(s) }

// tokenize splits text into lower-case words of letters and digits. A possessive is cut
// ("Japan's" → "japan") and other apostrophes are dropped ("don't" → "dont").
func tokenize(s string, fn func(word string)) {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '\u2019')
	})
	for _, w := range words {
		w = foldTypographic(w)
		w = strings.TrimSuffix(strings.Trim(w, "'"), "'s")
		w = strings.ReplaceAll(w, "'", "")
		if w != "" {
			w = strings.ToLower(w)
			if base, ok := irregular[w]; ok {
				w = base
			}
			fn(w)
		}
	}
}

// stopwords are words that carry no meaning for ranking: Snowball's English list plus the
// question words and fillers people type into a chat.
var extraStopwords = map[string]bool{
	"what": true, "which": true, "who": true, "whom": true, "whose": true, "why": true, "how": true, "when": true,
	"where": true, "does": true, "did": true, "do": true, "tell": true, "me": true, "about": true,
	"please": true, "say": true, "said": true, "says": true, "think": true, "thinks": true,
	"know": true, "explain": true, "happen": true, "happened": true, "is": true, "are": true,
	"was": true, "were": true, "can": true, "could": true, "would": true, "should": true,
	"give": true, "show": true, "get": true, "us": false, "also": true, "s": true, "t": true,
	// An Aussie's: the Chinese mob is China; the whole thing is the thing, one's angle one's
	// policy; a dodgy deal is the deal, as the asker judges it.
	"mob": true, "whole": true, "angle": true, "dodgy": true,
	// A munted thing is wrecked, as the asker sees it; strewth, crikey and fair dinkum only
	// exclaim, and "no wukkas" means no worries.
	"munted": true, "strewth": true, "struth": true, "crikey": true, "dinkum": true, "wukkas": true, "wuckas": true,
	"briefly": true, "summary": true, "summarise": true, "summarize": true, "describe": true,
	"described": true, "describes": true, "describing": true, "description": true, "descriptions": true, "suspect": true, "suspects": true, "suspected": true, "characterised": true, "characterized": true,
	"characterise": true, "characterize": true, "characterises": true, "characterizes": true,
	"characterising": true, "characterizing": true, "indicate": true, "phrase": true, "phrases": true, "grand": true,
	// Generic verbs and adjectives of questions: they say how something is asked, not what
	// about, and would otherwise match whichever fact happens to use them.
	"go": true, "goes": true, "went": true, "going": true, "see": true, "sees": true, "saw": true,
	"seen": true, "call": true, "called": true, "calls": true, "play": true, "plays": true,
	"played": true, "playing": true, "ok": true, "okay": true, "apparently": true, "hype": true, "hyped": true, "hyping": true, "big": true, "mean": true, "means": true, "like": true, "look": true,
	"looks": true, "happens": true, "happening": true, "really": true, "exactly": true, "precisely": true,
	"anything": true, "something": true, "much": true, "many": true, "thing": true, "things": true,
	"allow": true, "allows": true, "allowed": true, "allowing": true, "manifest": true, "manifests": true,
	"kind": true, "sort": true, "type": true, "stuff": true, "feel": true, "feels": true, "let": true,
	"known": true, "knew": true, "make": true, "makes": true, "word": true, "words": true, "language": true,
	"wording": true, "buzzword": true, "buzzwords": true, "catchphrase": true, "catchphrases": true, "might": true, "style": true, "concede": true, "concedes": true, "conceded": true, "become": true, "becomes": true, "became": true,
	"becoming": true, "produce": true, "produced": true, "top": true, "overarching": true, "traditionally": true,
	"portray": true, "portrays": true, "portrayed": true, "frame": true, "frames": true, "mere": true, "topic": true, "topics": true, "particular": true,
	"neighbour": true, "neighbours": true, "neighbor": true, "neighbors": true, "decidedly": true,
	"reported": true, "ought": true, "ability": true, "employ": true, "employs": true, "employed": true, "employing": true,
	// How striking the asker finds it, not what it is: "called it something quite striking".
	"quite": true, "fairly": true, "pretty": true, "huge": true, "striking": true, "telling": true, "vivid": true, "bold": true, "fun": true, "faraway": true, "touchy": true, "colourful": true, "colorful": true, "notable": true, "remarkable": true, "memorable": true,
	"alive": true, "evenly": true, "label": true, "labels": true, "alongside": true,
	// Whether something is good is how the asker judges it; a crowd, a fella or a guy is
	// whoever is asked about ("which Korean crowd"). None is a word of the facts.
	"good": true, "sure": true, "realistically": true, "domestic": true, "domestically": true, "seem": true, "seems": true, "seemed": true, "crowd": true, "crowds": true, "crew": true, "crews": true, "fella": true, "fellas": true, "bloke": true, "blokes": true, "guy": true, "guys": true,
	// Whoever and wherever the asker leaves open ("attributed to someone else", "did they
	// complain somewhere"): no fact's words, they only framed the question.
	"someone": true, "somebody": true, "everyone": true, "everybody": true, "somewhere": true,
	// Prepositions and adverbs that frame a question ("regarding Dokdo", "how well", "even").
	"regarding": true, "concerning": true, "well": true, "even": true, "still": true, "inside": true,
	"formally": true, "mostly": true, "primarily": true, "chiefly": true, "largely": true, "specifically": true,
	"particularly": true, "rather": true, "respectively": true, "markedly": true, "whilst": true,
	"reportedly": true, "fare": true, "fared": true, "faring": true, "ascribe": true, "ascribes": true,
	"ascribed": true, "refer": true, "refers": true, "referred": true, "circumstances": true,
	"exist": true, "exists": true, "existed": true, "existing": true, "within": true,
	"attach": true, "attached": true, "attaches": true, "attaching": true, "considerable": true,
	"harbour": true, "harbor": true, "harbours": true, "harbors": true, "epithet": true, "epithets": true,
	"altogether": true, "apart": true, "else": true, "ever": true, "somehow": true, "re": true, "pre": true, "yeah": true, "anyway": true, "anyways": true, "whether": true, "everything": true,
	"conversely": true, "rhetoric": true, "adjective": true, "adjectives": true, "single": true, "thereafter": true, "afterwards": true, "afterward": true, "subsequently": true, "candidly": true, "dispassionately": true, "glad": true, "sake": true, "etc": true, "endeavour": true, "endeavor": true,
	"truth": true, "sometimes": true, "suddenly": true, "throughout": true, "blank": true, "blanks": true,
	// How high someone ranks, which no fact says: "did Tokyo send anyone senior".
	"senior": true, "high-level": true, "high-ranking": true,
	// How sure the asker is of what they ask about, not what it is.
	"supposedly": true, "supposed": true, "suppose": true, "allegedly": true, "purportedly": true, "ostensibly": true, "seemingly": true,
	"presumably": true, "arguably": true, "reputedly": true, "admittedly": true, "doubtless": true,
	"surely": true, "certainly": true, "obviously": true, "plainly": true, "conceivably": true,
	"probably": true, "possibly": true, "perhaps": true, "maybe": true,
	// A formal register's verbs of taking a course, and its asides.
	"arise": true, "arisen": true, "arose": true, "arises": true, "realm": true, "discreetly": true, "consternation": true,
	// A formal register's hedges and courtesies.
	"customary": true, "naturally": true, "curious": true, "genuinely": true,
	"merely": true, "seldom": true, "forgive": true, "essentially": true, "indulge": true, "outset": true,
	"vein": true, "whatever": true, "upon": true, "nevertheless": true, "notwithstanding": true,
	"somewhat": true, "evident": true, "evidently": true, "broadly": true,
	"abruptly": true, "unfortunate": true, "elementary": true, "assiduously": true, "wider": true, "broader": true, "vexed": true, "delicate": true, "sensitive": true, "tangible": true, "prolonged": true, "protocol": true,
	"nonetheless": true, "genuine": true, "mr": true, "mrs": true, "clarify": true, "character": true, "standpoint": true,
	"formal": true, "elsewhere": true, "occasion": true, "obliged": true, "approximately": true, "approximate": true, "roughly": true,
	"estimation": true, "assessment": true, "assessments": true, "assess": true, "assesses": true, "assessed": true, "assessing": true, "insofar": true, "outline": true, "animate": true, "animates": true, "sensitivities": true, "nothing": true,
	"choose": true, "chooses": true, "chose": true, "chosen": true, "opt": true, "opted": true,
	"exact": true, "thereby": true, "respectfully": true, "enquire": true, "discern": true, "trouble": true, "respect": true, "constitute": true, "constitutes": true, "constituted": true,
	"indeed": true, "customarily": true, "framed": true, "impute": true, "imputes": true, "imputed": true,
	"prefer": true, "prefers": true, "preferred": true, "preferring": true,
	"nowadays": true, "currently": true, "usually": true, "normally": true, "typically": true, "generally": true, "lately": true, "getting": true, "gets": true,
	"got": true, "care": true, "cares": true, "cared": true, "simply": true, "just": true,
	"actually": true, "basically": true, "cant": true, "cannot": true, "toward": true,
	"towards": true, "yearly": true, "annual": true, "likely": true, "bother": true,
	"bothered": true, "tldr": true, "w": true, "thru": true, "idea": true, "notion": true,
	"appear": true, "appears": true, "appeared": true, "name": true, "names": true, "named": true, "besides": true, "identify": true,
	"overall": true, "together": true, "reckon": true, "reckons": true, "reckoned": true, "actual": true, "used": true, "use": true, "uses": true, "using": true,
	// Asking why in other words: the why-reading keeps them (asksWhy); no fact says "reason".
	"reason": true, "reasons": true, "factors": true, "motivation": true, "motivations": true, "rationale": true,
	// "and" in the native scripts of the region: "日本 和 中国".
	"和": true, "与": true, "與": true, "跟": true, "と": true, "및": true, "와": true, "과": true,
	// Imposing is what is imposed ("impose export controls", "impose sanctions"); its stem
	// would read as "impossible".
	"impose": true, "imposed": true, "imposes": true, "imposing": true,
	// Whom the asker will tell: "explain to my students why…".
	"students": true, "student": true, "pupils": true, "class": true, "listeners": true,
	"audience": true, "readers": true, "elaborate": true, "handout": true, "handouts": true,
	"worksheet": true,
	// Chat shorthand: "kishida nato y tho", "what did nz pm say abt china".
	// A Texan's intensifiers: "so dadgum keen".
	"dadgum": true, "doggone": true, "durn": true, "dang": true,
	"abt": true, "tho": true, "though": true, "pls": true, "plz": true, "u": true, "ur": true,
	"y": true, "bc": true, "cuz": true, "coz": true, "rn": true, "imo": true, "btw": true,
	"wat": true, "wut": true, "dose": true, "hey": true, "hi": true, "hello": true, "lol": true, "kinda": true, "sorta": true, "imho": true, "ngl": true, "thx": true, "um": true, "uh": true, "hmm": true, "literally": true, "srsly": true,
	"ago": true, "front": true, "timeline": true, "chronology": true, "lmao": true, "haha": true, "tbh": true, "idk": true, "fyi": true, "wats": true,
	"fr": true, "lowkey": true, "bruh": true, "smh": true, "lil": true, "truly": true,
	// Whom the asker talks to: "tell us about Dokdo bro".
	"bro": true, "mate": true, "dude": true, "buddy": true, "eh": true,
	// Citing reasons in a formal register: "what reasons does the author adduce".
	"adduce": true, "adduces": true, "adduced": true,
	// Requests framed for work: "kindly advise when…", "prepping a brief for my team".
	"kindly": true, "advise": true, "prepping": true, "preparing": true, "brief": true,
	"briefing": true, "quick": true, "team": true, "boss": true, "rundown": true,
	// Contractions typed without the apostrophe, which tokenize drops anyway.
	"didnt": true, "doesnt": true, "dont": true, "isnt": true, "arent": true, "wasnt": true,
	"werent": true, "wont": true, "wouldnt": true, "couldnt": true, "shouldnt": true,
	"hasnt": true, "havent": true, "hadnt": true, "im": true, "whats": true, "hows": true,
	"theyd": true, "theyll": true, "theyre": true, "theyve": true, "youre": true, "youd": true,
	"itll": true, "thats": true, "theres": true, "whos": true, "wheres": true,
	// Words of comparing: asksDifference reads them from the question's own words.
	"compare": true, "compared": true, "comparison": true, "versus": true, "vs": true,
	"others": true,
}

// irregular maps the irregular forms of verbs the facts and questions use to their base form,
// which the stemmer cannot: "took office" and "taking office" are one phrase. It also keeps
// apart what the stemmer would join: Seoul's progressives are its liberals, not "progress".
var irregular = map[string]string{
	"progressive": "liberal", "progressives": "liberal", "liberals": "liberal", "progresive": "liberal", "progresives": "liberal",
	"unbalanced": "balance", "imbalance": "balance", // what the article says of keeping one
	"took": "take", "taken": "take", "undertook": "undertake", "made": "make", "gave": "give",
	"given": "give", "came": "come", "held": "hold", "met": "meet", "sent": "send",
	"began": "begin", "begun": "begin", "brought": "bring", "sought": "seek", "fought": "fight",
	"left": "leave", "kept": "keep", "told": "tell", "won": "win", "lost": "lose",
	"spoke": "speak", "spoken": "speak", "wrote": "write", "written": "write",
	"chose": "choose", "chosen": "choose", "became": "become", "grew": "grow", "grown": "grow", "slid": "slide",
	"dealt": "deal", "sat": "sit", "spent": "spend", "saw": "see", "seen": "see", "went": "go", "gone": "go",
	"stood": "stand", "led": "lead", "felt": "feel", "paid": "pay", "ran": "run",
	"broke": "break", "broken": "break", "rose": "rise", "risen": "rise", "fell": "fall",
	"fallen": "fall", "drew": "draw", "drawn": "draw", "threw": "throw", "thrown": "throw",
	"struck": "strike", "bought": "buy", "built": "build", "meant": "mean",
	"understood": "understand", "withdrew": "withdraw", "withdrawn": "withdraw",
	"froze": "freeze", "frozen": "freeze", "shook": "shake", "shaken": "shake",
	"sank": "sink", "sunk": "sink", "forbade": "forbid", "forbidden": "forbid",
}

// everydayPhrases are phrases of everyday questions read as the word the facts use, or as
// nothing when they only frame the question ("in the first place"). A phrase, unlike a
// synonym, spans words: "three-way" is not "three" and "way". Where two start alike, the
// first listed wins, so a longer phrase must come before any shorter one it starts with.
// The phrases and the question are read with the spaces between words doubled
// (withInnerSpacesDoubled), so that a phrase closing with a space takes only one of the
// two before the next word: "the four of us end up in a new" reads both its phrases.
var everydayPhrases = strings.NewReplacer(withInnerSpacesDoubled(everydayPairs)...)

// withInnerSpacesDoubled is phrases with each space between two words doubled, a space
// opening or closing a phrase left single.
func withInnerSpacesDoubled(phrases []string) []string {
	out := make([]string, len(phrases))
	for i, p := range phrases {
		inner := strings.Trim(p, " ")
		if inner == "" {
			out[i] = p
			continue
		}
		at := strings.Index(p, inner)
		out[i] = p[:at] + strings.ReplaceAll(inner, " ", "  ") + p[at+len(inner):]
	}
	return out
}

// withEverydayRead is q, a question in lower case between two spaces, with its everyday
// phrases read (everydayPhrases): its spaces are doubled for the reading, then made single.
func withEverydayRead(q string) string {
	return strings.ReplaceAll(everydayPhrases.Replace(strings.ReplaceAll(q, " ", "  ")), "  ", " ")
}

// everydayPairs are everydayPhrases' phrases, each followed by how it is read.
var everydayPairs = []string{
	"in the first place", " ", "these days", " ", "in one phrase", " ", "in a phrase", " ",
	// What a country's people call something is what the country calls it.
	"japanese people call", "japan call", "korean people call", "korea call", "japan people call", "japan call", "korea people call", "korea call",
	"people in japan call", "japan call", "people in korea call", "korea call",
	// "Last time when the progressives ran Korea…" says when, as "when" does.
	"last time when", "when",
	// "How long did the whole thing last?" asks of what was just named, as "it" does.
	"the whole thing", "it", "whole thing", "it",
	// A manager's ways of asking for news of something ask only about it.
	"heads up on", " ", "heads-up on", " ", "any movement on", " ", "any progress on", " ", "any news on", " ", "any update on", " ",
	"any updates on", " ", "what's the latest on", " ", "whats the latest on", " ", "what is the latest on", " ", "net net", " ",
	// "unlikely" stems as "unlike" does, which sets one against another; unlikely to do is
	// hard to do, as the facts put it.
	" unlikely to ", " hard to ", " unlikely ", " not likely ",
	// Read as whole words only: "certain factory" holds no "in fact".
	" in fact ", " ", " in fact,", " ,", " in fact?", " ?", // "when, in fact, did the victims first bring their case", "who was it in fact"
	// A leader's arrival is their taking office: "Yoon's arrival had done something to the
	// chill between Seoul and Tokyo".
	"'s arrival in office", "'s taking office", "'s arrival had", "'s taking office had", "'s arrival has", "'s taking office has",
	// What the author believes is what the author says; "believe" is the analysts' word.
	"does the author believe", "does the author say", "does the writer believe", "does the writer say", "the author believes", "the author says",
	"key points", " ", "key point", " ", "main points", " ", "key facts", " ", "the short version", " ", "short version", " ",
	"court decisions", "court rulings", "court decision", "court ruling",
	"yoon's predecessor", "moon", "yoon’s predecessor", "moon", "per author", " ", // "canberra strategy per author", typed short
	"acc to the article", " ", "acc. to the article", " ", "acc to the author", " ", "acc. to the author", " ", "acc to", "according to", "acc. to", "according to",
	// "…or nah" in chat is "or not".
	" or nah", " or not", " or na?", " or not?",
	// British spelling hyphenates what the facts write as one word.
	" co-operat", " cooperat", " co-ordinat", " coordinat",
	// To feel the pinch is to be hit; to let go of something is to abandon it.
	"felt the pinch", "were hit", "feel the pinch", "be hit", "felt the squeeze", "were hit", "feel the squeeze", "be hit",
	"felt the frost", "were hit", "let go of", "abandon", "letting go of", "abandoning",
	// A third rail is an issue too sensitive to touch.
	"a third rail", "a sensitive issue", "third rail", "sensitive issue",
	// …and a sore spot one that hurts; the bread and butter of cooperation is its focus, what a
	// country is worth its value, and "pretty near" agreed is basically agreed.
	"a sore spot", "a sensitive issue", "sore spot", "sensitive issue", "bread and butter of", "focus of", "bread-and-butter of", "focus of",
	"what it's worth", "its value", "what it is worth", "its value", "what they're worth", "their value", "pretty near", "basically",
	"does the article assign", " ", "does the author assign", " ", "the article assigns", " ", "the author assigns", " ",
	// Parties in charge of a government are in power: "when the progressives were in charge".
	" were in charge", " were in power",
	// A get-together is a meeting; smiles and handshakes are the courtesies exchanged.
	"get-together", "meeting", "smiles and handshakes", "courtesies", "handshakes and smiles", "courtesies",
	"pleasantries and handshakes", "courtesies", "handshakes and pleasantries", "courtesies",
	// Zooming in on something, the question going on after a comma or ending, is focusing on it.
	" zooming in on,", " focusing on,", " zoomed in on,", " focused on,", " zooms in on,", " focuses on,", " zoom in on,", " focus on,",
	" zooming in on?", " focusing on?", " zoomed in on?", " focused on?", " zooms in on?", " focuses on?", " zoom in on?", " focus on?",
	// The hawk of two takes the tough line, the dove the moderate one; harder-line is tougher;
	// to be lukewarm about something is to be cautious about it.
	" the hawk ", " the tough one ", " the dove ", " the moderate one ", "harder-line", "tougher", "harder line", "tougher line",
	"lukewarm about", "cautious about", "lukewarm on", "cautious about", "lukewarm towards", "cautious about", "lukewarm toward", "cautious about",
	// Saying an island is theirs is claiming it ("theres" typed for theirs).
	"say dokdo was theirs", "claim dokdo", "say dokdo was theres", "claim dokdo", "say dokdo is theirs", "claim dokdo", "say dokdo is theres", "claim dokdo",
	"said dokdo was theirs", "claimed dokdo", "said dokdo was theres", "claimed dokdo", "says dokdo is theirs", "claims dokdo", "says dokdo is theres", "claims dokdo",
	"say the island was theirs", "claim the island", "say the island is theirs", "claim the island", "said the island was theirs", "claimed the island", "says the island is theirs", "claims the island",
	"say it was theirs", "claim it", "say it is theirs", "claim it", "said it was theirs", "claimed it", "says it is theirs", "claims it",
	// A country's friends in Asia are its allies, "frends" as chat types it.
	"asia friends", "asia allies", "asia frends", "asia allies", "asian frends", "asian allies", "pacific frends", "pacific allies", "its frends", "its allies",

	// The public mood is what the facts call sentiment, or the voices heard.
	"public mood", "sentiment", "national mood", "sentiment", "popular mood", "sentiment",
	// A closing "Name a couple." asks for what the question asks, no more.
	"name a couple of them", " ", "name a couple", " ", "name a few of them", " ", "name a few", " ", "name one or two", " ",
	"give an example of", " ", "give me an example of", " ", "give one example of", " ", "give examples of", " ", "an example of", " ", "one example of", " ",
	"in two words", " ", "in three words", " ", "in one word", " ", "in a word", " ", "in a sentence", " ", "in one sentence", " ", "in a nutshell", " ", "in one line", " ", "in a few words", " ", "in plain terms", " ", "in simple terms", " ", "in plain english", " ", "in plain words", " ", "in layman's terms", " ", "back then", " ", "going forward", " ",
	"what subject dominated", "what focused", "which subject dominated", "which focused",
	"what subjects", "what", "what subject", "what", "which subjects", "which", "which subject", "which",
	"what themes", "what", "what theme", "what", "which themes", "which", "which theme", "which",
	// A Marine's plain talk: "list 'em", "spell 'em out", "give it to me straight" only ask to
	// be told; who got the invite was invited; meetings that got set up were arranged; to be
	// hot on something is to be keen on it, to chew on or zero in on it to discuss or focus
	// on it; back in business is resumed; what is put on the table is offered; squared-away
	// cooperation is mature; a job in a setup is a role in a strategy.
	" list 'em", " ", " spell 'em out", " ", "spell out", "list", " give it to me straight", " ", "give it to me straight", " ",
	"got the invite to", "were invited to", "got the invite", "were invited", "got set up", "were arranged",
	// Keen on getting others into something is wanting them in it.
	"hitched up with", "with", "hitched up", " ",
	"so keen on getting", "want", "keen on getting", "want", "so keen on gettin'", "want", "keen on gettin'", "want",
	"so hot on", "so keen on", "us-japan-rok triangle", "us-japan-korea trilateral", "mainly chewing on", "mainly discussing", "chewing on", "discussing",
	"zeroed in on", "focused on", "zeroes in on", "focuses on", "zero in on", "focus on", "got back in business", "resumed", "back in business", "resumed",
	"put on the table for", "offer to", "put on the table", "offer", "most squared-away", "most mature", "squared-away", "mature",
	"'s job in the us setup", "'s role in the us strategy", "’s job in the us setup", "’s role in the us strategy",
	// How the article renders something is how it describes it; who is credited as editor
	// edited it.
	"how is that rendered", "how is that described", "how is it rendered", "how is it described", " in quotation marks", " ",
	"credited as editor", "the editor", "credited as the editor", "the editor", " credited under the byline", " ", " under the byline", " ",
	// An office wit's words: to obsess over is to focus on, to come out with a line to say
	// it, to weigh in on to comment on; who ran the country governed it; an export-control
	// squeeze is export controls, the history mess the history issues, a lofty title a
	// title, a dramatic line a statement; being chill toward someone is being soft on them.
	"mostly obsess over", "mostly focus on", "obsess over", "focus on", "obsessed over", "focused on",
	"come out with", "say", "came out with", "said", "weighed in on", "commented on", "weigh in on", "comment on",
	"the progressives ran", "the progressives governed", "ran south korea", "governed south korea", "ran korea", "governed korea",
	"export-control squeeze", "export controls", "history mess", "history issues", "lofty title", "title",
	"dramatic line", "statement", "what line did", "what statement did",
	"materials covered", "materials", "products covered", "products", "items covered", "items",
	"more chill towards", "softer on", "more chill toward", "softer on", "chill towards", "soft on", "chill toward", "soft on",
	// Air travel between two cities is the flights between them.
	"air travel between", "flights between", "air traffic between", "flights between",
	// Beijing's word for the alliances: small circles are groupings.
	" into these small circles", " ", " into small circles", " ", "small circles", "groupings",
	// Names and years as voice dictation spells them.
	"key shida", "kishida", "kish ida", "kishida", "g so mia", "gsomia", "gee so mia", "gsomia", "dock doe", "dokdo", "dock do ", "dokdo ",
	"a durn", "ardern", "mad rid", "madrid", "nay toe", "nato", "kim po honey da", "kimpo haneda", "honey da", "haneda",
	"can bera", "canberra", "yun suck yol", "yoon suk-yeol", "yoon suck yawl", "yoon suk-yeol", "kim po hand ada", "kimpo haneda", "ping yang", "pyongyang", "yoon suck yol", "yoon suk-yeol", "welling ton", "wellington", "bite in", "biden",
	"twenty twenty one", "2021", "twenty twenty-one", "2021", "twenty twenty two", "2022", "twenty twenty-two", "2022", "twenty nineteen", "2019",
	// To melt everything between two is to fix it; old troubles are old problems.
	"melt everything", "fix everything", "melted everything", "fixed everything", "melt the ice", "fix things", "melted the ice", "fixed things",
	"old troubles", "old problems",
	// Focused in is focused on, as a second language may put it.
	" focused more in ", " focused more on ", " focused in ", " focused on ",
	"give me the gist of", " ", "the gist of", " ", "gist of", " ", " in short", " ", "in brief", " ",
	"main subjects", "focus", "main subject", "focus", "main topics", "focus", "main topic", "focus", "mostly talk about", "focus on",
	// Cooperating in which area asks its fields, not the island's size in square kilometres.
	" in which area?", " in which aspects?", " in which area ", " in which aspects ", " in what area?", " in what aspects?", " in what area ", " in what aspects ",
	"what areas", "what aspects", "which areas", "which aspects", "areas of cooperation", "aspects of cooperation", "cooperation areas", "cooperation aspects",
	"what fields", "what aspects", "which fields", "which aspects", "fields of cooperation", "aspects of cooperation", "cooperation fields", "cooperation aspects",
	" in fields ", " in aspects ", // as a mixed language's asking word, put last, leaves it: "cooperate in fields what?"
	"which practical fields", "which aspects", "what practical fields", "what aspects", "which practical areas", "which aspects", "what practical areas", "what aspects",
	"take a swipe at", "criticise", "took a swipe at", "criticised", "taking a swipe at", "criticising", "takes a swipe at", "criticises",
	"to just two points", " two ", "to two points", " two ",
	" signed on to ", " agreed to ", " signing on to ", " agreeing to ", " signs on to ", " agrees to ", " sign on to ", " agree to ",
	" current state of relations", " relations", " present state of relations", " relations", " state of relations", " relations",
	" current state of the relationship", " relationship", " state of the relationship", " relationship", " state of ties", " ties",
	" slapped ", " imposed ", " slapping ", " imposing ", " slaps ", " imposes ", " slap ", " impose ",
	"nicknamed", "named", "nicknames", "names", "nickname", "name",
	"international matters", "international affairs", "international issues", "international affairs", "international questions", "international affairs",
	"specific areas", "aspects", "particular areas", "aspects", "certain areas", "aspects", "some areas", "aspects",
	"lines up more with", "closer to", "line up more with", "closer to",
	// To lean on something is to rely on it.
	// Leaning on a government is pressing it; leaning on a tool is relying on it.
	"lean on pyongyang", "pressure pyongyang", "lean on north korea", "pressure north korea", "leaning on pyongyang", "pressuring pyongyang", "leaning on north korea", "pressuring north korea",
	"lean on", "rely on", "leans on", "relies on", "leaning on", "relying on", "leaned on", "relied on", "leant on", "relied on",
	// Who acts on someone's behalf, or represents them, is their envoy.
	"on behalf of", "as envoy of", "'s behalf", "'s envoy", "’s behalf", "’s envoy", "representing", "as envoy of",
	// The issues between two countries are the problems between them; "issue" alone is also
	// "the North Korean nuclear issue".
	"issues between", "problems between", "issue between", "problem between",
	// As "what's the deal with" (below), typed short.
	"whats the deal w ", " ", "what's the deal w ", " ", "what’s the deal with", " ",
	// Someone's take on something is their view of it; to take on is to assume.
	"'s take on", "'s view of", "’s take on", "’s view of",
	// Right or shortly after is soon after.
	"right after", "soon after", "just after", "soon after", "shortly after", "soon after", "immediately after", "soon after",
	"right before", "before", "just before", "before", "shortly before", "before",
	// What stands in the way of closer relations hinders them: "closer" says what is hoped
	// for, and would read as the closeness the facts tell of Japan and Australia.
	" to closer ", " to ", "stands in the way of closer", "hinders", "stand in the way of closer", "hinder", "standing in the way of closer", "hindering",
	"stands in the way of", "hinders", "stand in the way of", "hinder", "standing in the way of", "hindering",
	// A leader who came in took office; the short run is the short term.
	"yoon came into office", "yoon took office", "yoon comes into office", "yoon takes office", "yoon came in", "yoon took office", "yoon comes in", "yoon takes office", "in the short run", "in the short term",
	// A government typed short.
	" gov't ", " government ", " gov’t ", " government ", " govt ", " government ",
	// Something like the Quad is a quadrilateral one, not the Quad.
	"quad-style", "quadrilateral", "quad style", "quadrilateral", "quad-like", "quadrilateral", "quad like", "quadrilateral",
	// To fire the first shot in a dispute is to start it; a playbook is an approach.
	"fire the first shot in", "start", "fired the first shot in", "started", "playbook for dealing with", "approach to",
	"playbook for", "approach to", "playbook", "approach",
	// Where in the article the asker looks says nothing of what is asked.
	"according to the article's section on", " on ", "in the article's section on", " on ", "the article's section on", " ",
	"according to the section on", " on ", "in the section on", " on ", "the section on", " ",
	// Asking in what ways is asking how.
	"in what ways", "how", "in which ways", "how", "in what way", "how", "in which way", "how",
	// Prior to is before.
	"prior to", "before",
	// An aim "in dealing with" someone is an aim on them.
	"in dealing with", " on ", "when dealing with", " on ", "in its dealings with", " on ", "in their dealings with", " on ",
	// A copy, clone or small NATO is a version of NATO.
	"nato copy", "version of nato", "copy of nato", "version of nato", "nato clone", "version of nato", "clone of nato", "version of nato",
	"mini nato", "version of nato", "mini-nato", "version of nato", "nato-like", "version of nato", "nato-style", "version of nato",
	// To follow or toe Washington's line is to be close to it.
	"follows washington's line", "closer to washington", "follow washington's line", "closer to washington",
	"following washington's line", "closer to washington", "toes washington's line", "closer to washington",
	"toe washington's line", "closer to washington", "toeing washington's line", "closer to washington",
	"follows the us line", "closer to the us", "follow the us line", "closer to the us", "toes the us line", "closer to the us",
	"toe the us line", "closer to the us", "follows the american line", "closer to the us", "follow the american line", "closer to the us",
	"in sync", "close", "in step", "close", "more near to", "closer to",
	"is it true that", " ", "is it really true that", " ", "is it true", " ", "is it really true", " ",
	"wastewater", "waste water",
	// The people of a country are its people as the facts name them.
	"people in south korea", "koreans", "south korean people", "koreans", "people in korea", "koreans", "people in sk", "koreans",
	"might turn into", "might become", "would turn into", "would become", "will turn into", "will become",
	"korean people", "koreans", "korea people", "koreans",
	// Whom an island belongs to is, in the article, who claims it.
	"who is the owner of", "who claims", "who is owner of", "who claims", "who is the owner", "who claims",
	"who is owner", "who claims", "who owns", "who claims",
	// The chance of something is how likely it is, which the facts do not say in that word.
	"is there any chance of", " ", "is there a chance of", " ", "what are the chances of", " ", "any chance of", " ", "chances of", " ",
	"gung ho", "keen", "gung-ho", "keen",
	// What talks were missing is what they lacked; a route put back into service resumed.
	" were missing", " lacked", " was missing", " lacked", " is missing", " lacks", " are missing", " lack",
	"put back into service", "resumed", "put back in service", "resumed",
	// A pundit's: back on the schedule is resumed, brawling is disputing, to be fixated on
	// something to be focused on it, to play regional ball to focus on the region; a bone
	// thrown to someone is a concession, or nothing to find.
	"got put back on the schedule", "resumed", "put back on the schedule", "resumed", "back on the schedule", "resumed",
	"brawling over", "disputing", "brawl over", "dispute", "brawled over", "disputed",
	"fixated on", "focused on", "fixates on", "focuses on", "fixate on", "focus on",
	"playing regional ball", "focusing on the region", "play regional ball", "focus on the region", "instead of going global", " ",
	// A bone to pick with someone is a grievance against them, no concession.
	" a bone to pick with ", " a grievance with ", " bone to pick with ", " grievance with ",
	"a bone to", "concessions to", " a bone", " ",
	"returned to service", "resumed", "into its orbit", " ", "into their orbit", " ", "into washington's orbit", " ",
	// What cannot be afforded cannot be done; legacy disputes are historical ones; to keep a
	// power engaged in a region is to keep it present there; to check China is to curb it.
	"afford to", " ",
	// "In strategic terms" is strategically; to pitch something is to describe it.
	"in strategic terms", "strategic", "in economic terms", "economic", "in security terms", "security", "in military terms", "military",
	"pitch the", "describe the", "pitched the", "described the", "pitches the", "describes the",
	// The partnerships a country relies on are its alliances; one partnership may be a document.
	"partnerships", "alliances",
	// Going further than one's predecessors only frames what was done.
	"went further than his predecessors", " ", "went further than her predecessors", " ", "than his predecessors", " ", "than her predecessors", " ",
	// Washington's two Northeast Asian allies are Japan and South Korea.
	"washington's two northeast asian allies", "japan and south korea", "america's two northeast asian allies", "japan and south korea",
	"its two northeast asian allies", "japan and south korea", "two northeast asian allies", "japan and south korea",
	// A country's approach to cooperation is its cooperation: "the goals which animate Japan's
	// approach to cooperation with Washington and Seoul".
	"'s approach to cooperation", "'s cooperation", "’s approach to cooperation", "’s cooperation",
	// What a government chiefly seeks is what it prioritises.
	"chiefly seeks", "prioritises", "chiefly seek", "prioritise", "mainly seeks", "prioritises", "mainly seek", "prioritise",
	// How close one keeps to someone is one's stance on them, which the facts tell in their
	// own words: "keeping his distance from Washington" asks what he said of Washington.
	"keeping his distance from", " ", "keep his distance from", " ", "keeping its distance from", " ", "keep its distance from", " ",
	"keeping their distance from", " ", "keep their distance from", " ",
	// A complaint from someone about something is their opposition to it; one to the WTO is
	// the complaint the facts tell of.
	"complaint from", "opposition from", "complaints from", "opposition from",
	// Leaning towards some is favouring them; what drags a group down is its weakest link,
	// which the question has named already.
	"leans towards", "favours", "leans toward", "favours",
	"drag the whole group down", " ", "drag the group down", " ", "drag the whole group", " ",
	// A formal asker's descriptions of what is asked, which name nothing to find.
	"uppermost in their minds", " ", "to the best of your knowledge", " ", "as i half remember", " ", "i half remember", " ",
	"sat around each of those tables", "met", "which configurations of leaders met", "which leaders met",
	"restored to service", "resumed", "i would welcome a short summary", " ", "on paper", " ",
	"came home from", "after", "regard them as thin", "regard them as lacking substance",
	"rather coy about", "avoided", "coy about", "avoided", "quietly set aside", "avoided", "discreetly aside", "avoided",
	"this was novel", "this was the first time", "a genuine novelty", "the first time", "on the question of precedent", " ",
	"traffic at the top", "leaders' visits", "what's driving", "what's behind", "considerations guiding", "priorities behind", "considerations behind", "priorities behind",
	"us-japan-korea triangle", "us-japan-korea trilateral", "something of a nadir", "a low",
	// What was done ahead of an event is told without it: "reached ahead of the summit".
	" ahead of the summit", " ", " ahead of madrid", " ",
	// What inclines a government towards something is why it takes it; chip manufacture is
	// the semiconductor industry; what was subjected to a control was covered by it.
	"considerations inclines", "reasons lead", "considerations incline", "reasons lead", "than that adopted by", "than",
	"categories of critical inputs", "core materials", "critical inputs", "core materials", "critical materials", "core materials",
	"for chip manufacture", "for semiconductors", "chip manufacture", "semiconductors", "were subjected to", "were covered by",
	"was subjected to", "was covered by", "as the piece recounts", " ", "as the article recounts", " ",
	// Asked to a summit is invited to it; old hands at a gathering are its regulars.
	"been asked to", "been invited to", "old hands at", "regulars at",
	"got asked to", "got invited to", "get asked to", "get invited to",
	// Bothered about something is worried about it: "what is japan most bothered about".
	"bothered about", "worried about",
	// A complaint made back at someone is a protest to them.
	"complaint back at", "protest to", "complaints back at", "protests to",
	// To tackle a subject at a meeting is to discuss it.
	"tackled", "discussed", "tackling", "discussing", "tackles", "discusses", "tackle", "discuss",
	// "Tokyo's aims in all this" are its aims.
	" in all this", " ", " in all of this", " ",
	// "In the same period" ties a follow-up to the one before; it asks of no period.
	"in the same period", " ", "during the same period", " ", "over the same period", " ",
	// What leaders said to each other is what they exchanged.
	"said to each other", "exchanged", "say to each other", "exchange", "said to one another", "exchanged", "say to one another", "exchange",
	// What they pledged, promised, offered or gave one another they pledged: whom to adds
	// nothing.
	" pledge to one another", " pledge", " pledged to one another", " pledged", " pledge to each other", " pledge", " pledged to each other", " pledged",
	" promise one another", " promise", " promised one another", " promised", " promise each other", " promise", " promised each other", " promised",
	" offer one another", " offer", " offered one another", " offered", " offer each other", " offer", " offered each other", " offered",
	" gave one another", " gave", " give one another", " give", " gave each other", " gave", " give each other", " give",
	// "In the end" closes a question as "ultimately" does; it is no end asked about.
	" in the end?", "?",
	// Mid-year is the year: "in mid-2019".
	"mid-20", "20", "mid 20", "20",
	"legacy disputes", "historical disputes", "legacy issues", "historical issues", "legacy dispute", "historical dispute", "legacy issue", "historical issue",
	"engaged in the region", "present in the region", "engaged in asia", "present in asia",
	"to check beijing", "to curb beijing", "to check china", "to curb china",
	// What a meeting spent its time on is what it discussed.
	"spend its time on", "discuss", "spent its time on", "discussed", "spend their time on", "discuss", "spent their time on", "discussed",
	// Backing is support; to shed something is to get rid of it.
	"'s backing", "'s support", "’s backing", "’s support", "the backing of", "the support of",
	"hope to shed", "hope to get rid of", "hopes to shed", "hopes to get rid of", "want to shed", "want to get rid of", "wants to shed", "wants to get rid of",
	// To check China's growing influence is to curb China.
	"the growing influence of", " ", "growing influence of", " ", "china's growing influence", "china", "beijing's growing influence", "beijing",
	// Aligning with someone is cooperating with them.
	"close alignment with", "close cooperation with", "alignment with", "cooperation with",
	"aligning itself so closely with", "cooperating closely with", "aligning itself with", "cooperating with", "aligning with", "cooperating with",
	// Who led a meeting is who chaired it; "lead" alone reads as the facts' "leaders".
	"led the meeting", "chaired the meeting", "lead the meeting", "chair the meeting", "led the talks", "chaired the talks",
	"lead the talks", "chair the talks", "lead the talk", "chair the talk", "led the four", "chaired the four", "lead the four", "chair the four",
	"directed the meeting", "chaired the meeting", "direct the meeting", "chair the meeting", "directs the meeting", "chairs the meeting",
	"directed the talks", "chaired the talks", "direct the talks", "chair the talks",
	// …so is who led one, typed without its article, as a reader of Indonesian or Korean may.
	"led meeting", "chaired meeting", "lead meeting", "chair meeting", "led talks", "chaired talks", "lead talks", "chair talks",
	// "…what did korea protest on its side": whose side is said by whom it names.
	"on its side", " ", "on their side", " ",
	// A fact-checker's "Confirm:" puts a statement to be checked, as "is it true that" does.
	"can you confirm that", " ", "can you confirm", " ", "please confirm that", " ", "please confirm", " ",
	" w/ ", " with ", "confirm that", " ", "confirm:", " ", "confirm the", "the", "quote:", "said:", "quotation:", "said:", "verify that", " ", "verify:", " ", "fact check:", " ", "fact-check:", " ",
	"isn't it true that", " ", "isn't it true", " ", "isnt it true that", " ", "isnt it true", " ",
	"boil down to", " ", "boils down to", " ", "surely", " ",
	// Diplomacy kept close to home is focused on one's own region.
	"so close to home", "focused on their own region", "close to home", "focused on their own region",
	// "Great power diplomacy" misremembers the kind of power diplomacy the article names
	// ("medium power diplomacy"): the kind is the asker's guess, the diplomacy what is asked.
	"great power diplomacy", "power diplomacy", "great-power diplomacy", "power diplomacy",
	"major power diplomacy", "power diplomacy", "big power diplomacy", "power diplomacy",
	// How something might be read only hedges what it is: "that might be read as a gesture
	// towards Seoul's concerns".
	"might be read as", " ", "could be read as", " ", "may be read as", " ", "might be seen as", " ", "could be seen as", " ",
	// To reassure someone is to take their concerns into account.
	"to reassure", "for the concerns of",
	// How keenly something was done only stresses where: "most actively pursued".
	"most actively", " ", "most vigorously", " ", "most energetically", " ", "most intensively", " ",
	"mostly about", "focused on", "mainly about", "focused on", "largely about", "focused on", "primarily about", "focused on",
	"chat about", "discuss", "chatted about", "discussed", "chatting about", "discussing",
	"bring up", "propose discussing", "brought up", "proposed discussing", "bringing up", "proposing to discuss",
	"mostly been about", "focused on", "mainly been about", "focused on", "been mostly about", "focused on", "been mainly about", "focused on",
	"soft spot", "weakest link", "weak spot", "weakest link", "weak point", "weakest link", "achilles heel", "weakest link",
	"achilles' heel", "weakest link",
	"dragging down", "undermining", "dragged down", "undermined", "drags down", "undermines", "drag down", "undermine",
	// The pair that is the biggest problem for the four, or that gets along worst, is their
	// weakest link.
	"biggest problem for the four", "weakest link among the four", "biggest problem for four", "weakest link among four",
	"get along worst", "weakest link", "gets along worst", "weakest link", "get along the worst", "weakest link", "gets along the worst", "weakest link",
	"get on worst", "weakest link", "get on the worst", "weakest link",
	"touchy subjects", "issues", "touchy subject", "issue", "touchy topics", "issues", "touchy topic", "issue",
	"sensitive subjects", "issues", "sensitive subject", "issue", "sensitive topics", "issues", "sensitive topic", "issue",
	// Where a government puts most of its diplomatic effort is where its diplomacy focuses.
	"put most of its", "focus its", "puts most of its", "focuses its", "put most of their", "focus their",
	"diplomatic energy", "diplomacy", "diplomatic approaches", "diplomacy", "diplomatic approach", "diplomacy", "diplomatic angle", "diplomacy",
	// A government's angle is what it aims at.
	"'s angle on", "'s view on", "’s angle on", "’s view on", "'s angle", "'s aim", "’s angle", "’s aim",
	// Named vaguely: the Korean guy is the Korean leader.
	"korean guy", "korean leader", "japanese guy", "japanese leader", "australian guy", "australian leader",
	"kiwi guy", "new zealand leader", "nz guy", "new zealand leader", "american guy", "american leader", "us guy", "us leader",
	// A country's bosses are its leaders; the asker's own boss only frames the question.
	" my bosses ", " my boss ", " bosses ", " leaders ",
	"what kinds of things", "what aspects", "what kind of things", "what aspects", "what sorts of things", "what aspects", "what sort of things", "what aspects",
	// In mid-2022 the war in Europe is the one in Ukraine.
	"war stuff going on in europe", "war in ukraine", "war going on in europe", "war in ukraine", "war in europe", "war in ukraine", "war in eastern europe", "war in ukraine", "european war", "ukraine war", "war stuff", "war",
	"country chat", "country meeting", "way chat", "way meeting",
	// To stick or hang around is to stay.
	"stick around", "stay", "sticking around", "staying", "sticks around", "stays", "stuck around", "stayed",
	"hang around", "stay", "hanging around", "staying", "hangs around", "stays",
	"steer clear of", "avoid", "steered clear of", "avoided", "steering clear of", "avoiding", "steers clear of", "avoids",
	"put first", "prioritise", "puts first", "prioritises", "putting first", "prioritising",
	// What a government puts in writing it asserts there: "Where did Japan put in writing that…".
	"putting in writing", "asserting", "put in writing", "asserted", "puts in writing", "asserts",
	// To crack down on exports is to restrict them; what keeps messing up ties hampers them.
	"cracking down on", "restricting", "cracked down on", "restricted", "crack down on", "restrict", "cracks down on", "restricts", "crackdown on", "restriction on",
	// To stop sending or selling goods is to restrict their export.
	"stopped sending", "restricted exports of", "stop sending", "restrict exports of", "stops sending", "restricts exports of",
	"stopped selling", "restricted exports of", "stop selling", "restrict exports of", "stops selling", "restricts exports of",
	// Australian: to spit the dummy over something is to protest it, to be up in arms about it
	// to oppose it, to rock up to attend, and all singing from the same song sheet is united.
	"spat the dummy over", "protested", "spit the dummy over", "protest", "spits the dummy over", "protests", "spitting the dummy over", "protesting",
	"up in arms about", "opposed to", "up in arms over", "opposed to",
	"rocked up", "attended", "rock up", "attend", "rocks up", "attends", "rocking up", "attending",
	// Flogging goods is selling them, an export squeeze export controls, Kim's mob North
	// Korea and his nukes its nuclear weapons, and to get on the same page is to agree.
	"stopped flogging", "restricted exports of", "stop flogging", "restrict exports of",
	" export squeeze ", " export controls ", " trade squeeze ", " export controls ",
	" kims mob ", " north korea ", " kim's mob ", " north korea ", " kim’s mob ", " north korea ",
	" kims nukes ", " north korea's nuclear weapons ", " kim's nukes ", " north korea's nuclear weapons ", " kim’s nukes ", " north korea's nuclear weapons ",
	" kim and his nukes ", " north korea's nuclear weapons ",
	" get on the same page ", " agree ", " got on the same page ", " agreed ", " getting on the same page ", " agreeing ",
	// Countries that are best friends or best mates are the closest.
	"best friends", "closest", "best mates", "closest",
	// Nice or mean to a country is friendly or tough on it.
	"nice or mean to", "friendly or tough on", "mean or nice to", "tough or friendly on",
	// A big plan, a grand plan or a master plan is a strategy.
	"big plans", "strategies", "big plan", "strategy", "grand plans", "strategies", "grand plan", "strategy", "master plans", "strategies", "master plan", "strategy",
	// Getting the top job is taking office; flying all the way somewhere is going there.
	"got the top job", "took office", "get the top job", "take office", "gets the top job", "takes office", "getting the top job", "taking office",
	"flew all the way to", "went to", "fly all the way to", "go to", "flies all the way to", "goes to", "flying all the way to", "going to",
	// What is stopping two from working together is what hinders them.
	"what's stopping", "what hinders", "whats stopping", "what hinders", "what is stopping", "what hinders", "what’s stopping", "what hinders",
	// Asked along is invited; a first go, or a debut, is a first time.
	"asked along", "invited", "ask along", "invite", "the first go", "the first time", "first go", "first time", " debut", " first time",
	"singing from the same song sheet", "united", "singing off the same song sheet", "united", "sing from the same song sheet", "be united",
	"sing off the same song sheet", "be united", "on the same song sheet", "united",
	"messing up", "hampering", "messed up", "hampered", "messes up", "hampers", "mess up", "hamper",
	// Plain words for the article's: who ran a meeting, or ran the show at it, or was in charge
	// of it, chaired it; a safety system is a security system, with something in the middle is
	// with it at the core, not so sure is hesitant, to make harder to sell is to restrict
	// exports, new rules are controls.
	"who was in charge of running", "who chaired", "who was in charge of the", "who chaired the",
	"who was running the show at", "who chaired", "who ran the show at", "who chaired", "running the show", "chairing",
	"in charge of running", "chairing", "safety system", "security system", "in the middle", "at the core",
	"not so sure about", "hesitant about", "not sure about", "hesitant about",
	"made harder to sell", "restricted exports of", "make harder to sell", "restrict exports of", "makes harder to sell", "restricts exports of",
	"harder to buy", "restricted", "new rules on", "controls on",
	"to be friends again", "to repair relations", "be friends again", "repair relations",
	"spend most of its", "focus its", "spends most of its", "focuses its", "spend most of their", "focus their", "spends most of their", "focuses their",
	"part of the world", "region", "court fights", "court cases", "court fight", "court case",
	"went onto", "landed on", "go onto", "land on", "goes onto", "lands on",
	"boxing in", "containing", "boxed in", "contained", "box in", "contain", "huddles", "meetings", "huddle", "meeting", "behind closed doors", " ",
	"brushing off", "rejecting", "brushed off", "rejected", "brush off", "reject", "not uniform", "not monolithic",
	"as part of this charm offensive", " ", "as part of that charm offensive", " ", "charm offensive", "outreach", "to keep them on the hook", " ", "on the hook", " ", "under all the talk", " ", "beyond the handshakes", " ",
	"angling for", "pushing for", "angled for", "pushed for", "angle for", "push for",
	"killed the", "ended the", "made japan protest", "japan protested", "made tokyo protest", "tokyo protested",
	"made japan angry", "japan protested", "make japan angry", "japan protest", "made tokyo angry", "tokyo protested", "make tokyo angry", "tokyo protest",
	// Jargon and slang for the article's plain words: functional areas are fields, a
	// modality of engagement an approach, counter-battery fire a response, being chill on
	// someone being soft on them, the biggest L the biggest blow.
	"functional areas", "areas", "modality of engagement", "approach", "modalities of engagement", "approach",
	"counter-battery fire", "response", "more chill on", "softer on", "more chill with", "softer on", "chill on", "soft on", "biggest l ", "biggest blow ",
	// A sailor's words: charts are maps, where a bow points is where diplomacy is focused,
	// mission areas are fields, an end state a long-term goal, and a status-of-forces type
	// deal between Japan and Australia is the reciprocal access kind.
	"on its charts", "on its maps", "on their charts", "on their maps",
	"been pointing its diplomatic bow", "been focusing its diplomacy", "pointing its diplomatic bow", "focusing its diplomacy",
	"pointed its diplomatic bow", "focused its diplomacy", "point its diplomatic bow", "focus its diplomacy",
	"mission areas", "fields", "end state", "long-term goal", "end-state", "long-term goal",
	"endstate", "long-term goal", "mil-to-mil", "military", "knock-on effect of", "effect of",
	"counter-move", "response", "countermove", "response", "designator for", "name for",
	"change of command", "inauguration", "home institution", "institution", " int'l ", " international ",
	"chewed on", "discussed", "chew on", "discuss",
	"what status-of-forces type", "what reciprocal access", "what status of forces type", "what reciprocal access",
	"status-of-forces type", "reciprocal access", "status of forces type", "reciprocal access", "sofa-type", "reciprocal access",
	// To concern itself with something is to focus on it, not to worry; what an envoy
	// carries with him he brings; acting as a moderator is being one; a counter-attack is a
	// response.
	"concern itself with", "focus on", "concerned itself with", "focused on", "concerns itself with", "focuses on",
	"concern themselves with", "focus on", "concerned themselves with", "focused on",
	"carry with him", "bring", "carried with him", "brought", "carry with her", "bring", "carried with her", "brought",
	"acting as the", "the", "act as the", "the", "counter-attacked", "responded", "counter-attack", "respond", "counterattacked", "responded", "counterattack", "respond",
	// Allies that stick together have cohesion; how someone feels about something "all these
	// years, good or bad" asks only how they feel.
	"stick together", "strengthen cohesion", "sticking together", "cohesion",
	"all these years", " ", ", good or bad", " ", " good or bad", " ",
	// An engagement-first approach is one of engagement.
	"engagement-first", "engagement", "dialogue-first", "dialogue",
	// "Two main concerns" are the concerns: the facts list them without counting them.
	"two main concerns", "concerns", "two main worries", "worries", "two biggest concerns", "concerns",
	// Legal actions are the cases the courts heard.
	"legal actions", "cases", "legal action", "case",
	// A position in a layout or a strategy is a role there; a position on something is a
	// stance.
	"'s position in the ", "'s role in the ", "’s position in the ", "’s role in the ",
	// Another name is a name: "another" is a word of Yoon's "another core pillar".
	"by another name", " name", "by a different name", " name", "another name", "name", "a different name", "name",
	// Whether Japan calls Dokdo something different asks what it calls it.
	"call it something different", "call it", "call it something else", "call it", "call dokdo something different", "call dokdo", "call dokdo something else", "call dokdo",
	"calls it something different", "calls it", "calls it something else", "calls it", "calls dokdo something different", "calls dokdo", "calls dokdo something else", "calls dokdo",
	// A political reason is a reason: the facts give reasons without calling them political.
	"political reasons", "reasons", "political reason", "reason",
	// A French speaker's: methods are an approach, to complain of is to protest, from the
	// Japanese side is from Japan, to privilege is to care about, a dispositive a strategy.
	"what methods", "what approach", "which methods", "what approach", "of what did it complain", "what did it protest",
	"complained of", "protested", "complain of", "protest", "complains of", "protests",
	"from the japanese side", "from japan", "from the korean side", "from south korea",
	// In Singapore English a country's side is the country: "then japan side protest korea".
	" japan side ", " japan ", " korea side ", " korea ", " japanese side ", " japan ", " korean side ", " korea ",
	// A Korean business hurt by the export controls is a Korean industry.
	"korean businesses", "korean industries", "korean business", "korean industry", "korea businesses", "korea industries", "korea business", "korea industry",
	" privileges ", " cares about ", " privilege ", " care about ", " privileged ", " cared about ",
	"strategic dispositive", "strategy", "dispositive", "strategy",
	// A teenager's: chiller toward someone is more positive toward them, chill with them soft
	// on them, tryna is trying to.
	"chiller towards", "more positive towards", "chiller toward", "more positive toward", "chiller with", "softer on",
	"chill with", "soft on", " tryna ", " trying to ",
	// Kiwi and Aussie talk: to yarn about is to discuss (as to talk about is, below; the
	// phrases are read once), umming and ahhing is hesitating.
	"yarned about", "discussed", "yarn about", "discuss", "yarning about", "discussing",
	"umming and ahhing", "hesitating", "umming and ahing", "hesitating", "humming and hawing", "hesitating",
	// A sceptic's: to have the guts to do a thing is to do it, one watching from the
	// sidelines is watching, a bright idea an idea.
	"have the guts to", " ", "had the guts to", " ", "has the guts to", " ", "from the sidelines", " ",
	"bright idea", "idea",
	// To yap about is to discuss, to waffle to hesitate; one sticking to another like glue
	// sticks closely.
	"yapped about", "discussed", "yap about", "discuss", "yapping about", "discussing",
	"waffling on", "hesitating on", "waffle on", "hesitate on", "waffled on", "hesitated on", "waffling over", "hesitating over",
	"like glue", "closely",
	// Shipping goods abroad is exporting them; history troubles are its problems; to speak
	// up about something is to say it.
	"shipping certain goods", "exports", "shipping goods", "exports", "shipping", "exporting",
	"old history troubles", "history problems", "history troubles", "history problems", "historical troubles", "historical problems",
	"spoke up about", "said about", "speak up about", "say about",
	// An airline route is an air route; one that got going again resumed.
	"airline route", "air route", "airline link", "air route", "got going again", "resumed", "get going again", "resume",
	// Flying home from somewhere is returning from it.
	"flying home from", "returning from", "flew home from", "returned from", "flown home from", "returned from",
	"fly home from", "return from",
	// A newsreel's: a three-power parley is a trilateral meeting; leaders putting their heads
	// together meet, and coming to terms is agreeing.
	"three-power", "trilateral", "put their heads together", "met", "come to terms", "agree", "came to terms", "agreed",
	"come to accord", "agree", "came to accord", "agreed",
	// A rancher's: them three are those three, a powwow a meeting, to jaw about is to discuss
	// (read once, as to talk about is), a lick a hit, the hard-nosed firm.
	" them three ", " those three ", " them four ", " those four ", " them two ", " those two ",
	"powwow", "meeting", "jawing about", "discussing", "jawed about", "discussed", "jaw about", "discuss",
	"hardest lick", "biggest hit", "hard-nosed", "firm", "a whole lot ", " ", "rustled up", "arranged", "rustle up", "arrange",
	// More of it: the Yanks are the Americans, a leader's mob his administration, to chew the
	// fat is to discuss, to put the squeeze on is to restrict, to kick up a stink is to
	// protest, to be fired up is to be angry, to sit on the fence is to hesitate.
	"the yanks", "the americans", "yanks", "americans", "yank-led", "us-led", "yank", "american", "biden mob", "biden administration",
	// Whom a host asks for is no part of the question: "…? Give us some examples for the
	// folks at home."
	"for the folks at home", " ", "for our viewers at home", " ", "for our viewers", " ", "for the viewers at home", " ",
	"for the viewers", " ", "for viewers at home", " ", "for our listeners", " ", "for the listeners", " ", "for everyone at home", " ",
	// What is squeezed onto a schedule is arranged; a breakdown is the article.
	"squeezed onto the schedule", "arranged", "squeeze onto the schedule", "arrange", "squeezed into the schedule", "arranged",
	"squeeze into the schedule", "arrange", "this breakdown", "this article", "the breakdown", "the article",
	// A tabloid's: to work hand in glove is to work closely, to chinwag to discuss, and a
	// headache is a concern.
	"work hand-in-glove", "cooperate closely", "hand-in-glove", "closely", "chinwagged about", "discussed", "chinwag about", "discuss",
	"biggest headache", "biggest concern", "main headache", "main concern",
	// A country's friends abroad are its allies.
	"pacific friends", "pacific allies", "asian friends", "asian allies", "its friends", "its allies",
	// A promise put back on the table is reaffirmed.
	"put back on the table", "reaffirm", "puts back on the table", "reaffirms", "putting back on the table", "reaffirming",
	// A face-to-face is a meeting.
	"face-to-face meeting", "meeting", "face-to-face", "meeting", "face to face meeting", "meeting",
	// The near future is the short term the author speaks of.
	"in the near future", "in the short term", "near future", "short term",
	// What comes down the track (or the road) comes in future.
	"down the track", "in future", "down the road", "in future",
	// Uncle Sam is the US; an author hails from where they work, and allies glued together
	// are united.
	"uncle sam's", "the us's", "uncle sam", "the us", "hail from", "from", "hails from", "from", "glue his", "unite his", "glue its", "unite its",
	"chewin' the fat about", "discussing", "chewing the fat about", "discussing", "chew the fat about", "discuss", "chewed the fat about", "discussed",
	"put the squeeze on", "restrict", "putting the squeeze on", "restricting", "puts the squeeze on", "restricts",
	"kick up a stink about", "protest about", "kicked up a stink about", "protested about", "kicking up a stink about", "protesting about",
	"kick up a stink", "protest", "kicked up a stink", "protested",
	"fired up against", "angry at", "fired up about", "angry about", "riled up against", "angry at", "riled up about", "angry about",
	"been fence-sitting about", "been hesitant about", "fence-sitting about", "hesitant about", "sitting on the fence about", "hesitant about",
	// A tabloid's: to boot someone off a list is to remove them, to bin a pact to scrap it, to
	// natter to talk, to get a row sorted to resolve it, to wind people up to anger them, to
	// get one's feet under the desk to take office; a golden ticket is an invitation, a right
	// battering a great blow, all mouth and no trousers more gesture than substance, a tie-up
	// cooperation; to dump a partner is to abandon it, and to stick to one's own patch is to
	// focus on one's own region; what one is after is what one wants. "If I'm reading it
	// right" asks nothing, nor does a "sure" conceded.
	" booted", " removed", " booting", " removing", " boots ", " removes ", " boot ", " remove ",
	" binned", " scrapped", " binning", " scrapping", " bins ", " scraps ", " bin ", " scrap ",
	"nattered about", "discussed", "nattering about", "discussing", "natter about", "discuss", "natter", "talk",
	"be sorted out", "be resolved", "be sorted", "be resolved", "get sorted out", "get resolved", "get sorted", "get resolved",
	"winds up", "angers", "wind up", "anger", "winding up", "angering",
	"all mouth and no trousers", "more gesture than substance", "all talk and no action", "more gesture than substance",
	"what else is it after", "what else does it want", "what is it after", "what does it want", "what else are they after", "what else do they want", "what are they after", "what do they want",
	"tie-ups", "cooperation", "tie-up", "cooperation", "dump china", "abandon china", "dumping china", "abandoning china", "dumped china", "abandoned china",
	"ditch china", "abandon china", "ditching china", "abandoning china", "ditched china", "abandoned china", "pipe dream", " ",
	// An Aussie's: to get cranky at someone, or get their back up, is to anger them; to have
	// a crack at someone is to criticise them; what holds "if things go pear-shaped" asks
	// nothing more, and Jacinda's lot is Jacinda('s government).
	" cranky at ", " angry at ", " cranky with ", " angry with ", " cranky about ", " angry about ", " cranky over ", " angry over ",
	" backs up about ", " angry about ", " backs up over ", " angry over ", " back up about ", " angry about ",
	" have a crack at ", " criticise ", " had a crack at ", " criticised ", " having a crack at ", " criticising ", " has a crack at ", " criticises ",
	" if things go pear shaped ", " ", " if things go pear-shaped ", " ", " if it goes pear shaped ", " ", " if it goes pear-shaped ", " ",
	" if things go south ", " ", " if push comes to shove ", " ",
	" if it all goes pear shaped ", " ", " if it all goes pear-shaped ", " ",
	// Old Joe is Biden, a get-together a meeting, argy-bargy a dispute; to rope countries in
	// is to win them over, and round here is the asker's region.
	" old joe ", " biden ", " get together with ", " meeting with ", " the get together ", " the meeting ",
	" argy bargy ", " dispute ", " argy-bargy ", " dispute ",
	" roping in ", " winning over ", " rope in ", " win over ", " roped in ", " won over ",
	" round here ", " in the region ",
	// To cough up is to pay; the Chinese mob is China, as the Japanese and Korean mobs are
	// their countries.
	" cough up ", " pay ", " coughed up ", " paid ", " coughing up ", " paying ",
	" chinese mob ", " china ", " japanese mob ", " japan ", " korean mob ", " korea ",
	// More of an Aussie's and a Kiwi's: what holds "if it all turns to custard" (or goes tits
	// up) asks nothing more; to dob a country in to a body is to complain about it there; to
	// give China the flick is to abandon it; talks not worth a crumpet had no substance, and
	// ones all show and no go were more gesture than substance; to rock up at a summit is to
	// attend it. "She'll be right", "give it a burl", "righto", "yeah nah", the Tasman (the
	// ditch) the Aussies or Kiwis are across and a thing that sounds a bit munted ask
	// nothing, nor does "or am I just a cynical old bugger".
	" if it turns to custard ", " ", " if it all turns to custard ", " ", " if things turn to custard ", " ",
	" if it goes to custard ", " ", " if it all goes to custard ", " ", " if things go to custard ", " ",
	" if it turned to custard ", " ", " if it went to custard ", " ", " if it all went to custard ", " ",
	" if it goes tits up ", " ", " if it all goes tits up ", " ", " if things go tits up ", " ",
	" dob in ", " complain about ", " dobbed in ", " complained about ", " dobbing in ", " complaining about ", " dobs in ", " complains about ",
	" dob ", " complain about ", " dobbed ", " complained about ", " dobbing ", " complaining about ", " dobs ", " complains about ",
	" give china the flick", " abandon china", " gave china the flick", " abandoned china", " giving china the flick", " abandoning china", " gives china the flick", " abandons china",
	" give beijing the flick", " abandon beijing", " gave beijing the flick", " abandoned beijing", " giving beijing the flick", " abandoning beijing", " gives beijing the flick", " abandons beijing",
	" give the chinese the flick", " abandon china", " gave the chinese the flick", " abandoned china", " giving the chinese the flick", " abandoning china",
	" give china the big flick", " abandon china", " give china the arse", " abandon china", " give beijing the arse", " abandon beijing",
	" worth a crumpet", " substantive", " worth a zack", " substantive", " worth a zac ", " substantive ",
	" all show and no go", " more gesture than substance", " all handshakes and no substance", " more gesture than substance",
	" all piss and wind", " more gesture than substance", " all handshakes and photo ops", " more gesture than substance",
	" rocked up to ", " attended ", " rock up to ", " attend ", " rocking up to ", " attending ", " rocks up to ", " attends ",
	" rocked up at ", " attended ", " rock up at ", " attend ", " rocking up at ", " attending ", " rocks up at ", " attends ",
	" she'll be right ", " ", " she’ll be right ", " ", " shell be right ", " ", " she'll be apples ", " ", " shell be apples ", " ",
	" give it a burl and ", " ", " give it a burl ", " ", " righto, ", " ", " righto ", " ",
	" aussies across the ditch", " aussies", " kiwis across the ditch", " kiwis", " aussies over the ditch", " aussies", " kiwis over the ditch", " kiwis",
	" yeah nah, ", " ", " yeah, nah, ", " ", " yeah nah ", " ", " yeah, nah ", " ", " yeah naa ", " ",
	" nah yeah, ", " ", " nah, yeah, ", " ", " nah yeah ", " ", " nah, yeah ", " ",
	" it sounds a bit munted", " ", " it all sounds a bit munted", " ", " sounds a bit munted", " ", " it looks a bit munted", " ", " looks a bit munted", " ",
	" or am i just a cynical old bugger", " ", " or am i just being a cynical old bugger", " ", " or am i just a cynical bugger", " ",
	" or am i just being cynical", " ", " or am i just a cynic", " ", " or am i just cynical", " ",
	"'s lot ", "'s ", "’s lot ", "’s ",
	// The four of us, asked by one of them, are the four; one ending up in a new alliance
	// forms it.
	" the four of us ", " the four ", " end up in a new ", " form a new ", " end up in some new ", " form a new ",
	" end up in a proper new ", " form a new ", " end up forming ", " form ",
	// A sceptic's: a talk-fest is the summit, to drag on is to last, the campaign trail the
	// campaign, to keep one's mouth shut not to comment; "let me guess" asks nothing.
	"talk-fest", "summit", "talkfest", "summit", "dragged on", "lasted", "drag on", "last", "drags on", "lasts",
	"keep his mouth shut", "not comment", "kept his mouth shut", "did not comment", "keeping his mouth shut", "not commenting", "keep her mouth shut", "not comment", "kept her mouth shut", "did not comment",
	"on the campaign trail", "during the campaign", "campaign trail", "campaign", "let me guess", " ",
	// Running for president is campaigning.
	"was running for president", "was campaigning", "ran for president", "campaigned", "running for president", "campaigning",
	"if i'm reading it right", " ", "if i am reading it right", " ", "if i'm reading this right", " ", "if i read it right", " ",
	"got his feet under the desk", "took office", "get his feet under the desk", "take office", "getting his feet under the desk", "taking office",
	"got her feet under the desk", "took office", "get her feet under the desk", "take office", "getting her feet under the desk", "taking office",
	"go all-in with", "shift completely towards", "going all-in with", "shifting completely towards", "went all-in with", "shifted completely towards", "goes all-in with", "shifts completely towards",
	" unify ", " unite ", " unifying ", " uniting ",
	"evidence does the author cite for", "reasons does the author give for", "evidence does the author give for", "reasons does the author give for",
	"lay them out", "list them", "lay it out", "explain it", " in place", " ", "take its complaint", "file its complaint", "took its complaint", "filed its complaint",
	"golden ticket", "invitation", "a right battering", "a great blow", "a battering", "a great blow", "a right hammering", "a great blow", "a hammering", "a great blow",
	"stick to their own patch", "focus on their own region", "sticks to its own patch", "focuses on its own region", "stick to its own patch", "focus on its own region",
	"own patch", "own region",
	// What worries one that the other shrugs off, and vice versa, is how the two differ.
	", and vice versa", ", and how do they differ", " and vice versa", " and how do they differ",
	// To bend over backwards is to spare no effort; the whole caper is the business at hand,
	// here a cooperation; where someone sits on a matter is where he stands; what is tacked
	// on is held besides; who ran the country governed it.
	"bending over backwards to", "sparing no effort to",
	" caper", " cooperation", "sitting on this", "on this", "sitting on that", "on that",
	"tack on", "hold", "tacked on", "held", "tacking on", "holding",
	"were running korea", "governed korea", "were running south korea", "governed south korea", "was running korea", "governed korea", "was running south korea", "governed south korea",
	// How a question is framed: in what sense is how, on what foundations is on what basis.
	"calendar date", "date", "in what sense", "how", "in what terms", "how", "on what institutional foundations", "on what basis", "on what foundations", "on what basis",
	// Someone's handling of a matter, objected to, is the matter: "Tokyo objects to Seoul's
	// handling of the cases".
	"'s handling of the ", "'s ", "’s handling of the ", "’s ", "'s handling of ", "'s ", "’s handling of ", "’s ",
	// The number one issue is the main one; what ranks highest is the priority.
	"number one", "main", "rank highest in", "are the priority in", "ranks highest in", "is the priority in",
	// To turn a relationship into something is to build it into it ("built into another core pillar").
	"turning it into", "building it into", "turned it into", "built it into", "turn it into", "build it into", "to turn the", "to build the",
	"want to turn", "want to build", "wanted to turn", "wanted to build", "wants to turn", "wants to build", "hoped to turn", "hoped to build",
	"i keep hearing", " ", "keep hearing", " ",
	// "What'd" is "what did", as "why'd", "how'd", "where'd" and "when'd" are.
	"what'd", "what did", "what’d", "what did", "why'd", "why did", "why’d", "why did", "how'd", "how did", "how’d", "how did",
	"where'd", "where did", "where’d", "where did", "when'd", "when did", "when’d", "when did",
	"sum up", "describe", "summed up", "described", "sums up", "describes",
	"shake off", "get rid of", "shaking off", "getting rid of", "world affairs", "international affairs",
	"influence in the world", "international influence", "influence on the world stage", "international influence",
	"come out in support of", "back", "publicly supported", "backed", "publicly supports", "backs", "publicly support", "back", "came out in support of", "backed", "come out in favour of", "back", "come out in favor of", "back",
	"on the north korea question", "on the north korea issue", "on the north korean question", "on the north korean issue",
	"when it comes to the north", "on north korea", "on the north", "on north korea", "towards the north", "towards north korea",
	"toward the north", "toward north korea", "deterring the north", "deterring north korea", "deter the north", "deter north korea",
	"hold china back", "contain china", "hold back china", "contain china", "check china", "contain china",
	"counter china", "contain china", "rein in china", "contain china", "reining in china", "containing china",
	"which two of the four partners", "which", "which two of the four countries", "which", "which two of the four", "which",
	"which two countries", "which", "which two", "which",
	"striving for", "goal", "strive for", "goal",
	" trying to do", " ", " try to do", " ", " tries to do", " ",
	"at the end of", " ",
	// Where someone could end up is where they go: "end" alone is ending something.
	"end up", " ", "ends up", " ", "ended up", " ", "ending up", " ",
	"how does the article put it", " ", "how does the author put it", " ", "how does the piece put it", " ",
	"how did the author put it", " ",
	// To press someone is to pressure them; "press" alone is also the press of a press
	// conference.
	" to press ", " to pressure ", " pressing ", " pressuring ", " presses ", " pressures ",
	"in the broader scheme of", " ", "in the grand scheme of", " ", "in the wider scheme of", " ", "in the bigger scheme of", " ",
	"in the broader scheme", " ", "in the grand scheme", " ", "in the bigger picture", " ", "in the big picture", " ",
	"put its diplomatic efforts", "focus its diplomatic resources", "put its diplomatic effort", "focus its diplomatic resources",
	"put their diplomatic efforts", "focus their diplomatic resources", "put their diplomatic effort", "focus their diplomatic resources",
	"put its efforts", "focus", "put its effort", "focus", "put their efforts", "focus", "put their effort", "focus",
	"puts its efforts", "focuses", "puts its effort", "focuses",
	// A target of diplomacy is its goal; "target" alone is also what export controls hit.
	"main target", "main goal", "chief target", "chief goal", "ultimate target", "ultimate goal", "diplomatic target", "diplomatic goal",
	"trying to achieve", "goal", "try to achieve", "goal", "tries to achieve", "goal", "want to achieve", "goal", "wants to achieve", "goal", "hoping to achieve", "goal", "hope to achieve", "goal",
	"the article uses", " ", "does the article use", " ", "the author uses", " ", "does the author use", " ",
	"the article quotes", " ", "does the article quote", " ", "the article cites", " ", "does the article cite", " ",
	"the piece quotes", " ", "does the piece quote", " ", "the piece cites", " ", "does the piece cite", " ",
	"the article mentions", " ", "the article makes mention of", " ", "the article refers to", " ",
	"the article keeps mentioning", " ", "the article keep mention", " ", "the article keeps mention", " ",
	"the piece mentions", " ", "the piece refers to", " ", "the article is talking about", " ", "the piece is talking about", " ",
	"the author is talking about", " ", "the writer is talking about", " ",
	"i seem to recall that", " ", "i seem to recall", " ", "would you be able to tell me", " ", "would you be able to say", " ",
	"in rather grand terms", " ", "in grand terms", " ", "as regards", " ",
	"preferential trade status", "white list", "preferred trading partner status", "white list", "trusted trading partner", "white list",
	"licensing squeeze", "export controls", "move to strip", "propose removing", "moved to strip", "proposed removing", "strip", "remove",
	"sign on to", "join", "signing on to", "joining", "sign up to", "join", "signing up to", "joining", "run by", "led by",
	"hope to gain from", "goals in", "hope to gain", "goals", "hope to get out of", "goals in",
	"follow its own independent path", "seek strategic autonomy", "follow its own path", "seek strategic autonomy",
	"its own independent path", "strategic autonomy", "an independent path", "strategic autonomy", "room for manoeuvre", "autonomy", "room for maneuver", "autonomy", "room to manoeuvre", "autonomy", "room to maneuver", "autonomy",
	"freedom of manoeuvre", "autonomy", "freedom of action", "autonomy", "great powers", "major powers", "big powers", "major powers",
	"admitted to the proceedings", "attended the summit",
	"approach its diplomacy", "conduct its diplomacy", "approach their diplomacy", "conduct their diplomacy",
	"approach its foreign policy", "conduct its foreign policy", "approach their foreign policy", "conduct their foreign policy",
	"most advanced", "most mature", "observed", "said", "observes", "says", "remarked that", "said that",
	"decision to attend", "attending", "decision to take part", "taking part", "chief purpose", "main purpose", "chief aims", "main aims", "chief aim", "main aim",
	"chief objectives", "main objectives", "chief objective", "main objective", "chief concerns", "main concerns", "chief concern", "main concern", "main focus", "focus", "chief focus", "focus", "primary focus", "focus", "big-picture", " ", "big picture", " ",
	" slot ", " position ", " slots ", " positions ", " slotted ", " positioned ",
	"spoke about", "said about", "speak about", "said about", "speaks about", "said about", "spoken about", "said about", "spoke out about", "said about",
	"spoke on", "said about", "speak on", "said about", "speaks on", "said about", "spoken on", "said about",
	"for such a long time", " ", "for a long time", " ", "for long time", " ", "for so long time", " ", "for so long", " ",
	"at home and abroad", " ",
	"not so hard on", "softer on", "not as hard on", "softer on", "not so tough on", "softer on",
	"not as tough on", "softer on", "less tough on", "softer on", "less hard on", "softer on", "hard on", "tough on",
	"not so harsh on", "softer on", "not as harsh on", "softer on", "less harsh on", "softer on",
	"hardline", "tough", "hard-line", "tough", "hard line", "tough line", "gentle", "moderate",
	"strategic picture", "strategy", "chip inputs", "chip materials", "semiconductor inputs", "semiconductor materials",
	"show its own worth", "highlight its own value", "show its own value", "highlight its own value", "prove its own worth", "highlight its own value",
	"demonstrate its own worth", "highlight its own value", "demonstrate its own value", "highlight its own value",
	"show its worth", "highlight its own value", "prove its value", "highlight its own value", "prove their value", "highlight their own value", "prove its worth", "highlight its own value", "demonstrate its worth", "highlight its own value",
	"show its value", "highlight its own value", "demonstrate its value", "highlight its own value", "raise its importance", "highlight its own value",
	"raise its own value", "highlight its own value", "raise its value", "highlight its own value", "boost its own value", "highlight its own value", "boost its value", "highlight its own value",
	"raise its international profile", "seek greater international influence", "raise its profile", "seek greater influence",
	"raising its international profile", "seeking greater international influence", "raising its profile", "seeking greater influence",
	"keep showing up at", "regularly attend", "showing up at", "attending", "show up at", "attend",
	"showed up in", "attended", "show up in", "attend",
	"took place", "was held", "take place", "be held", "takes place", "is held", "taking place", "being held",
	"kicked off", "was held", "kick off", "be held", "summit opened", "summit was held", "summit open", "summit be held",
	"summit begin", "summit be held", "summit began", "summit was held", "summit started", "summit was held", "summit start", "summit be held", "gathering", "summit", "as opposed to", "compared with",
	"bring along", "hand over", "brought along", "handed over", "carry to", "hand over to", "carried to", "handed over to", "reason for going to", "reason for attending", "so determined to", "spare no effort to",
	"determined to", "spare no effort to", "to stay in lockstep with", "to cooperate with", "in lockstep with", "cooperate with",
	"related grievance", "related concern",
	"bend over backwards to follow", "spare no effort to cooperate with", "bend over backwards to", "spare no effort to",
	"bends over backwards to", "spares no effort to", "bent over backwards to", "spared no effort to",
	"us-led", "us", "washington-led", "us", "american-led", "us",
	"swap views on", "discuss", "swapped views on", "discussed", "trade views on", "discuss", "traded views on", "discussed", "exchange views on", "discuss",
	"government publication", "diplomatic bluebook", "official publication", "diplomatic bluebook",
	"government document", "diplomatic bluebook", "japanese document", "diplomatic bluebook",
	"official diplomatic report", "diplomatic bluebook", "diplomatic report", "diplomatic bluebook", "diplomatic yearbook", "diplomatic bluebook",
	"diplomatic document", "diplomatic bluebook", "diplomatic white paper", "diplomatic bluebook", "diplomatic paper", "diplomatic bluebook",
	"official diplomatic publication", "diplomatic bluebook", "diplomatic publication", "diplomatic bluebook",
	"foreign policy white paper", "diplomatic bluebook",
	"under what status", "invited as", "in what status", "invited as", "who chaired", "who moderated",
	"chaired", "moderated", "chairing", "moderating", "who ran the meeting", "who moderated the meeting", "who led the meeting", "who moderated the meeting",
	"who ran the talks", "who moderated the talks", "who led the talks", "who moderated the talks", "who leads", "who is the leader of", "who runs", "who is the leader of", "who is running", "who is the leader of",
	"at the time of", "at", "at the time", " ", "in this story", " ", "in the story", " ", "in what capacity", "invited as", "some other capacity", "invited",
	"four-nation grouping", "quadrilateral mechanism", "four-nation group", "quadrilateral mechanism",
	"four-nation", "four-country", "four nation", "four-country", "part of the quad", "members of the quad",
	"held back from", "avoided", "hold back from", "avoid", "holding back from", "avoiding",
	"refrained from", "avoided", "refrain from", "avoid", "shied away from", "avoided", "shy away from", "avoid",
	"international body", "wto", "less hawkish", "positive", "less confrontational", "positive", "multilateral grouping", "grouping", "multilateral group", "group",
	"were set up", "were arranged", "was set up", "was arranged", "set up on the sidelines", "arranged on the sidelines",
	"spend a lot of time on", "discuss", "spent a lot of time on", "discussed", "spend much time on", "discuss", "spent much time on", "discussed",
	"spend time on", "discuss", "spent time on", "discussed", "school history books", "history textbooks",
	"such a big deal", "matter so much", "so big a deal", "matter so much", "a big deal", "important", "big deal", "important",
	"weigh so heavily", "matter so much", "weighs so heavily", "matters so much", "weigh heavily", "matter so much", "weighs heavily", "matters so much",
	"such an emotional issue", "a matter of national feeling", "so emotional", "a matter of national feeling",
	"take exception to", "oppose", "takes exception to", "opposes", "took exception to", "opposed", "take exception", "oppose",
	"school textbooks", "history textbooks",
	"starting again", "resuming", "start again", "resume", "started again", "resumed", "starts again", "resumes",
	// What a subject is called only frames it: "the subject of China" is China.
	"the delicate matter of", " ", "the delicate question of", " ", "the vexed question of", " ", "the vexed matter of", " ",
	"the subject of", " ", "the topic of", " ", "the question of", " ", "the matter of", " ",
	// A formal register's ways of asking and of saying the article's words.
	"might one ask", " ", "may one ask", " ", "might i ask", " ", "may i ask", " ",
	"i should be grateful if you could set out", " ", "i would be grateful if you could set out", " ",
	"i should be grateful if you could", " ", "i would be grateful if you could", " ",
	"i should be grateful to learn", " ", "i would be grateful to learn", " ",
	"i should be most grateful to learn", " ", "i would be most grateful to learn", " ",
	"i should be grateful to know", " ", "i would be grateful to know", " ", "i'd be grateful to know", " ",
	"i should be most grateful if you could", " ", "i would be most grateful if you could", " ", "i'd be grateful if you could", " ",
	"and if so, in what manner", "and how", "if so, in what manner", "how", "taken as a whole", " ",
	"anything resembling", " ", "something resembling", " ", "employ for", "use for", "brand of diplomacy", "diplomacy",
	"courteous exchange", "courtesy", "courteous", "courtesy", "championed by", "promoted by", "has championed", "has promoted",
	"in the final analysis", " ", "on the one hand", " ", "lain idle", "been suspended", "lain dormant", "been suspended",
	"it has been suggested to me that", " ", "it has been suggested that", " ", "bear out that impression", "confirm it", "bear out this impression", "confirm it",
	"defense deals", "defence agreements", "defence deals", "defence agreements", "defense deal", "defence agreement", "defence deal", "defence agreement",
	"security deals", "security agreements", "security deal", "security agreement",
	"so far as the account relates", " ", "so far as the piece records", " ",
	"so far as the account goes", " ", "so far as the article relates", " ", "so far as the piece relates", " ", "so far as one can tell", " ",
	"wholly forsake", "abandon", "forsake", "abandon", "forsaking", "abandoning", "forsook", "abandoned",
	"questions concerning", "issues related to", "matters concerning", "issues related to",
	"by common consent", " ",
	"'s early conduct", "'s actions", "’s early conduct", "’s actions", "china-related questions", "china-related issues", "the china question", "china-related issues",
	"favourably disposed towards", "positive towards", "favourably disposed toward", "positive towards",
	"favorably disposed towards", "positive towards", "favorably disposed toward", "positive towards",
	" favourable ", " positive ", " favorable ", " positive ",
	" administrations", " governments", " arms control", " disarmament",
	" in reply to ", " in response to ", " addressed ", " discussed ",
	" legal proceedings", " cases", " occasioned ", " caused ", " bring pressure to bear on", " pressure",
	" bring pressure to bear upon", " pressure", " in a manner that ", " ", " in a way that ", " ",
	// The war in Europe of 2022 is Ukraine's.
	" war in europe ", " ukraine ", " european war ", " ukraine ",
	// "Why does the author believe that Seoul…" asks why Seoul…, as the author tells it.
	"why does the author believe that", "why", "why does the author consider that", "why", "why does the author think that", "why",
	"why does the author argue that", "why",
	"labour question", "labour issue", "labor question", "labor issue", "compensation question", "compensation issue",
	"square km", "square kilometres", "km²", "square kilometres",
	"diverge from one another", "differ", "diverge from each other", "differ", "differ from one another", "differ", "differ from each other", "differ",
	"effort to extend", "push", "efforts to extend", "push", "extend nato's reach into", "push nato into", "extend the alliance's reach into", "push nato into",
	"china's rise", "china", "china’s rise", "china", "the rise of china", "china", "beijing's rise", "beijing",
	"more closely aligned with", "closer to", "most closely aligned with", "closest to", "closely aligned with", "close to",
	"give rise to", "produce", "gives rise to", "produce", "given rise to", "produced", "giving rise to", "producing",
	"he'd", "he would", "she'd", "she would", "they'd", "they would",
	"handed down", "issued", "hand down", "issue", "hands down", "issues",
	// A country's approach to another is its policy towards it: "shape Tokyo's approach to
	// Pyongyang" asks what the facts give as Japan's concerns, not its "attitude".
	"'s approach to", "'s policy towards", "’s approach to", "’s policy towards",
	"way of dealing with", "approach to", "way to deal with", "approach to", "ways of dealing with", "approach to", "ways to deal with", "approach to",
	"public settings", "public occasions", "public setting", "public occasion", "the topics of", "the focus of", "about dealing with", "about", "on dealing with", "on",
	"left-leaning", "progressive", "left leaning", "progressive", "left-wing", "progressive", "left wing", "progressive",
	"strategic design", "strategy", "during its time in office", " ", "during his time in office", " ", "during her time in office", " ",
	"smaller leaders' meetings", "leaders' meetings", "smaller meetings", "meetings", "which capitals", "which countries",
	"plenary sessions themselves", "summit", "plenary sessions", "summit", "plenary session", "summit",
	"presided over", "moderated", "presides over", "moderates", "presiding over", "moderating", "preside over", "moderate",
	"was reinstated", "resumed", "were reinstated", "resumed", "reinstated", "resumed",
	"take up", "discuss", "took up", "discussed", "taken up", "discussed", "touching upon", "on", "touching on", "on",
	"formally assumed the presidency", "took office", "assumed the presidency", "took office",
	"assume the presidency", "take office", "is attached to", "is given to", "are attached to", "are given to",
	"practise a studied reticence on", "avoid", "practice a studied reticence on", "avoid", "studied reticence", "avoidance",
	"honest take", " ", "to be honest", " ", "catch-ups", "meetings", "catch-up", "meeting",
	"get anything real done", "achieve anything real", "get anything done", "achieve anything", "get much done", "achieve much",
	"does the author expect", "does the author foresee", "the author expects", "the author foresees", "the author expect", "the author foresee",
	"export regime", "export controls", "nato meetings", "nato summits", "nato meeting", "nato summit",
	"came to the", "attended the", " come to the", " attend the", "coming to the", "attending the",
	"sought to check the growth of", "curb", "seeking to check the growth of", "curb", "sought to check", "curb", "seeking to check", "curb",
	"has sought to", " ", "have sought to", " ", "sought to", " ", "seeks to", " ", "seeking to", " ", "seek to", " ",
	"on account of", "because of", "subsequently", "soon after",
	"setting aside", " ", "set aside", " ", "allowing for", " ", "considered assessment", "assessment", "measured assessment", "assessment",
	"prove unable to", "cannot", "proves unable to", "cannot", "proved unable to", "could not", "keep an even hand", "keep a balance",
	"fail to treat its allies even-handedly", "cannot keep a balance among its allies", "fails to treat its allies even-handedly", "cannot keep a balance among its allies",
	"treat its allies even-handedly", "keep a balance among its allies",
	"placed such store by", "emphasised the importance of", "place such store by", "emphasise the importance of", "places such store by", "emphasises the importance of",
	"set such store by", "emphasised the importance of", "put such store by", "emphasised the importance of",
	"if i may put it so plainly", " ", "if i may put it plainly", " ", "break off cooperation", "abandon cooperation",
	"after returning from", "after visiting", "after getting back from", "after visiting", "after coming back from", "after visiting",
	"after she got back from", "after visiting", "after he got back from", "after visiting", "after her return from", "after visiting", "after his return from", "after visiting",
	"administration's arrival", "government taking office", "arrival in office", "taking office", "yoon's arrival", "yoon taking office", "come to agree upon", "agree on",
	"come to agree on", "agree on", "came to agree", "agreed", "come to any sort of understanding", "agree",
	"come to an understanding", "agree", "came to an understanding", "agreed", "reach an understanding", "agree",
	"were received at", "were invited to", "was received at", "was invited to",
	"any precedent for", "the first time for", "without precedent", "the first time", "unprecedented", "the first time", "a precedent for", "the first time for", "novelty", "the first time", "a debut", "the first time",
	"category of goods", "kind of materials", "categories of goods", "kinds of materials", "european continent", "europe",
	"school materials", "textbooks", "schoolbooks", "textbooks",
	"white paper", "document", "all think alike", "monolithic", "think alike", "monolithic", "thinks alike", "monolithic",
	"all think the same way", "monolithic", "think the same way", "monolithic", "of one opinion", "monolithic", "all aligned with", "monolithic with", "all on the same page", "monolithic", "of one mind", "monolithic", "speak with one voice", "monolithic", "speaks with one voice", "monolithic", "cannot readily paper over", "difficult to cover up", "paper over", "cover up", "papered over", "covered up",
	"defence chiefs", "defence ministers", "defense chiefs", "defense ministers", "remarked upon", "said about", "remarked on", "said about",
	"official japanese publication", "japanese diplomatic bluebook", "on the margins of", "on the sidelines of", "on the margins", "on the sidelines", "alongside the main proceedings", "on the sidelines of the summit", "working contacts", "regular meetings",
	"institutionalised", "regular mechanism", "institutionalized", "regular mechanism",
	"judicial action", "court cases", "legal grounds", "law", "on questions of", "on", "attached such considerable weight to", "emphasised the importance of",
	"heads of government", "leaders", "heads of state", "leaders", "heads of the", "leaders of the", "head of government", "leader", "principal", "main",
	"confined to", "limited to", "notwithstanding", " ",
	"diplomatic efforts", "diplomacy", "diplomatic effort", "diplomacy", "diplomatic attention", "diplomacy",
	"lies at the heart of", "is at the heart of", "lie at the heart of", "are at the heart of",
	"personal message", "letter",
	// Goods are the materials traded; read as a word, "goods" would stem as "good" does.
	" goods", " materials",
	"bequeathed by", "left over by", "among the south korean public", "in south korea", "among the korean public", "in south korea",
	"among the japanese public", "in japan", "among the australian public", "in australia", "among the new zealand public", "in new zealand",
	"turn its back entirely on", "abandon", "turn its back on", "abandon", "turn their backs on", "abandon", "turn their back on", "abandon",
	"came back into service", "resumed", "come back into service", "resume", "back in service", "resumed",
	"came back", "resumed", "come back", "resume", "pulled out of", "withdrew from", "pull out of", "withdraw from",
	"rate the alliances", "regard the alliances", "rate the alliance", "regard the alliance", "rate its alliances", "regard its alliances", "rate its alliance", "regard its alliance", "a lot of folks", "many voices", "lots of folks", "many voices", "a lot of people", "many voices", "lots of people", "many voices", "turn into", "build into", "turned into", "built into", "turning into", "building into", "minilateral grouping", "grouping", "minilateral", "grouping", "to what extent", " ", "to what degree", " ", "carry substantive weight", "substantive", "carried substantive weight", "substantive",
	"carry any weight", "matter", "carry weight", "matter", "carried weight", "matter",
	"the fella who wrote this piece", "the author", "the fellow who wrote this piece", "the author", "the guy who wrote this piece", "the author",
	"the fella who wrote this", "the author", "the guy who wrote this", "the author", "the fella who wrote it", "the author", "the guy who wrote it", "the author",
	"wishy-washy", "hesitant", "wishy washy", "hesitant",
	"work so hard with", "spare no effort to cooperate with", "works so hard with", "spares no effort to cooperate with",
	"did seoul answer", "did seoul respond to", "did korea answer", "did korea respond to", "did south korea answer", "did south korea respond to",
	"did tokyo answer", "did tokyo respond to", "did japan answer", "did japan respond to",
	"pull that off", "do that", "pull it off", "do it", "pulled that off", "did that", "pulled it off", "did it", "bore the brunt of", "was hit worst by", "bear the brunt of", "be hit worst by", "bears the brunt of", "is hit worst by",
	"olive branch", "gesture", "extend towards", "make towards", "extend toward", "make toward", "extended towards", "made towards",
	"quote check:", " ", "main tool for", " ", "riding along with", "with the support of", "ride along with", "with the support of", "pulling in", "winning over", "pull in", "win over", "pulls in", "wins over", "reel in", "win over", "reeling in", "winning over",
	"real meat to", "substantive content in", "any meat to", "substantive content in", "just handshakes", "only courtesies", "only handshakes", "only courtesies",
	"gun-shy", "cautious", "gun shy", "cautious", "shake loose from", "get rid of", "break free of", "get rid of", "break free from", "get rid of",
	" 2nd ", " second ", " 1st ", " first ", " 3rd ", " third ",
	"copped it worst from", "was hit worst by", "copped it from", "was hit by", "copped it", "was hit",
	"copped the worst of", "was hit worst by", "copped the brunt of", "was hit worst by",
	"pulled the pin on", "ended", "pull the pin on", "end", "pulling the pin on", "ending",
	"banging on about", "discussing", "bang on about", "discuss", "banged on about", "discussed",
	"chewed over", "discussed", "chew over", "discuss", "chewing over", "discussing",
	"fretting about", "worried about", "fret about", "worry about", "frets about", "worries about", "fretted about", "worried about",
	"sweet-talking", "winning over", "sweet talking", "winning over", "sweet-talk", "win over", "sweet talk", "win over",
	"pours oil on the fire of", "fuels", "pour oil on the fire of", "fuel", "adds fuel to the fire of", "fuels",
	"a fair bit ", " ", " flamin' ", " ",
	"pulled the plug on", "ended", "pull the plug on", "end", "pulling the plug on", "ending", "in return", " ",
	"pulling out of", "withdrawing from", "biggest hit", "great blow", "hardest hit", "great blow", "hit the hardest", "great blow", "hit hardest", "great blow", "worst hit", "great blow", "hit the worst", "great blow",
	"part of korea's economy", "industry", "part of the korean economy", "industry", "part of south korea's economy", "industry",
	"lose out", "find it difficult to meet their interests", "ex-foreign minister", "former foreign minister", "old foreign minister", "former foreign minister",
	" ex ", " former ", " ex-", " former ",
	// Our neck of the woods, or our part of the world, is the asker's region.
	" our neck of the woods", " the asia-pacific", " this neck of the woods", " the asia-pacific",
	" our part of the world", " the asia-pacific", " this part of the world", " the asia-pacific",
	// Keen to bring NATO somewhere is wanting to push it there, not the effort Japan spares.
	"so keen to bring nato", "want to push nato", "so keen to drag nato", "want to push nato", "so keen to push nato", "want to push nato", "so keen to take nato", "want to push nato", "so eager to bring nato", "want to push nato", "so eager to drag nato", "want to push nato", "so eager to push nato", "want to push nato", "so eager to take nato", "want to push nato",
	"keen to bring nato", "want to push nato", "keen to drag nato", "want to push nato", "keen to push nato", "want to push nato", "keen to take nato", "want to push nato", "eager to bring nato", "want to push nato", "eager to drag nato", "want to push nato", "eager to push nato", "want to push nato", "eager to take nato", "want to push nato",
	"so eager to", "spare no effort to", "eager to", "spare no effort to", "keen to", "spare no effort to",
	"punch above its weight", "seek greater influence", "punching above its weight", "seeking greater influence",
	"punch above their weight", "seek greater influence", "punches above its weight", "seeks greater influence",
	"long-term goal", "final goal", "long term goal", "final goal",
	"long-term aim", "final aim", "long term aim", "final aim", "end goal", "final goal", " at all", " ", "so much", " ",
	"long-term", "ultimate", "long term", "ultimate", "longer-term", "ultimate",
	"run for", "last", "summit run", "summit last", "go along with", "agree to", "went along with", "agreed to",
	"signalled", "expressed", "signaled", "expressed", "signal they", "express they", "signal that", "express that",
	"overriding ", "main ", "paramount ", "main ", "foremost ", "main ", "overarching ", "main ",
	"three-way format", "trilateral cooperation", "trilateral format", "trilateral cooperation",
	"three-way", "trilateral", "three way", "trilateral", "tripartite", "trilateral", "trio", "trilateral",
	"three-country meeting", "trilateral meeting", "three-nation meeting", "trilateral meeting",
	"three-country talks", "trilateral talks", "three-nation talks", "trilateral talks",
	"three-country cooperation", "trilateral cooperation", "three-nation cooperation", "trilateral cooperation",
	"three-country co-operation", "trilateral cooperation", "three-nation co-operation", "trilateral cooperation",
	"four-way asia-pacific meeting", "four-country meeting", "four-way asia pacific meeting", "four-country meeting",
	"four-way", "four-country", "work together", "cooperate", "working together", "cooperating", "worked together", "cooperated", "works together", "cooperates",
	"do together", "cooperate", "doing together", "cooperating", "did together", "cooperated", "the same table", "cooperation",
	"team up", "cooperate", "teaming up", "cooperating", "commented on", "said about", "comment on", "say about", "comments on", "says about", "lead to a new", "establish a new", "led to a new", "established a new", "leads to a new", "establishes a new", "cut ties", "abandon cooperation", "break with", "abandon cooperation with", "break ties", "abandon cooperation",
	// A sailor's: to return fire is to retaliate, to batten down the hatches on something to
	// tighten it; the heaviest broadside is the hardest hit; what gets back under way
	// resumes; partners hand in glove cooperate closely; a compass or heading is a focus.
	"returned fire", "retaliated", "return fire", "retaliate", "returning fire", "retaliating", "returns fire", "retaliates",
	"battened down the hatches on", "tightened", "batten down the hatches on", "tighten", "battening down the hatches on", "tightening",
	"heaviest broadside", "great blow", "biggest broadside", "great blow", "worst broadside", "great blow",
	"got back under way", "resumed", "get back under way", "resume", "gets back under way", "resumes", "getting back under way", "resuming",
	"work hand in glove", "cooperate closely", "works hand in glove", "cooperates closely", "worked hand in glove", "cooperated closely", "hand in glove", "closely",
	"diplomatic compass", "diplomatic focus", "compass", "focus", "main headings", "main goals", "steering for", "aiming for",
	"real cargo", "substance", "flag-waving", "gesture", "flag waving", "gesture", "sailed up to", "went to", "sailed to", "went to",
	"hung back from", "hesitated to", "hang back from", "hesitate to", "hangs back from", "hesitates to", "hanging back from", "hesitating to",
	"falling in line behind", "joining", "fall in line behind", "join", "fell in line behind", "joined", "falls in line behind", "joins",
	"weighs heavy on", "worries", "weigh heavy on", "worry", "weighed heavy on", "worried",
	"hit back", "retaliate", "fighting back", "retaliating", "fought back", "retaliated", "fights back", "retaliates", "fight back", "retaliate", "fight over", "dispute over", "keep fighting over", "dispute over", "keeps fighting over", "dispute over", "fighting over", "disputing over", "fought over", "disputed over", "fell out", "dispute", "falling out", "dispute",
	"friends with", "relations with", "friendships", "relations", "friendship", "relations", "get on with", "relations with",
	"get along", "relations", "getting along", "relations", "got along", "relations", "gets along", "relations", "cozy up", "closer", "cosy up", "closer",
	// "object to" is opposing, an objection a protest; their stem would read as "objective".
	"objected to", "opposed", "objects to", "opposes", "object to", "oppose", "objections", "protests", "objection", "protest",
	// Pushing back against China, in the article, is curbing it.
	"push back against beijing", "curb beijing", "pushed back against beijing", "curbed beijing", "push back against china", "curb china", "pushed back against china", "curbed china",
	"pushing back against", "opposing", "pushed back against", "opposed", "pushes back against", "opposes", "push back against", "oppose",
	"arguing against", "opposing", "argued against", "opposed", "argues against", "opposes", "argue against", "oppose",
	"pushing back on", "opposing", "pushed back on", "opposed", "pushes back on", "opposes", "push back on", "oppose",
	"foreign policy report", "diplomatic bluebook", "history books", "history textbooks",
	"history book", "history textbook", "school books", "textbooks",
	// The article's word for a friendly attitude ("positive") stems like "position": no synonym
	// group can hold both, so the everyday words are read as it here.
	"friendlier", "more positive", "friendly", "positive",
	// A quality or trait asked for is what is asked: "what quality does Seoul wish to highlight".
	"what quality", "what", "which quality", "what", "what qualities", "what", "which qualities", "what",
	"what trait", "what", "which trait", "what",
	// Summits to come are the ones the four would attend regularly, not a forecast.
	"future nato summits", "regular nato summits", "future summits", "regular summits",
	"warmer stance", "more positive stance", "warmer posture", "more positive posture", "warmer attitude", "more positive attitude",
	"warmer view", "more positive view", "softer on", "more positive towards", "softer line", "more positive attitude",
	"more favourable", "more positive", "more favorable", "more positive", "comparatively favourable", "more positive",
	"favourable stance", "positive stance", "favourable view", "positive view", "favourable attitude", "positive attitude",
	// "Big" alone is mostly emphasis ("his big line"); asking how big is asking the size.
	"how big", "size", "how large", "size", "surface area", "area", "the surface of", "the area of",
	// "Unite" stems like "United States"; the article's word for allies uniting is cohesion.
	"unite ", "cohesion ", "uniting ", "cohesion ", "unite?", "cohesion",
	"where it stands", "its position", "where they stand", "their position", "where he stands",
	"his position", "where she stands", "her position", "bottom-line judgment", "conclusion", "bottom-line judgement", "conclusion", "bottom line", "conclusion", "bottom-line", "final", "headline takeaway", "conclusion", "headline conclusion", "conclusion", "takeaways", "conclusions", "takeaway", "conclusion", "final verdict", "conclusion", "overall verdict", "conclusion",
	"come out of this", " ", "come out of it", " ",
	"tightened exports", "export controls", "tightening exports", "export controls",
	"stricter export", "tightened export", "tougher export", "tightened export", "harsher export", "tightened export",
	"tightened export", "export", "export curbs", "export controls", "export restrictions",
	"export controls", "restricted exports", "export controls", "export measures", "export controls",
	// Japan's measures against Korea are its export controls, not the survey "measure" of
	// Dokdo's topography: "Which industry was hit by Japan's measures in 2019?".
	"japan's measures", "japan's export controls", "tokyo's measures", "tokyo's export controls", "measures of japan", "export controls of japan",
	"measures of tokyo", "export controls of tokyo", "measures against south korea", "export controls against south korea",
	"measures against korea", "export controls against korea", "measures against seoul", "export controls against seoul",
	"export curb", "export controls", "export restriction", "export controls", "export ban", "export controls",
	"sort of goods", "materials", "kind of goods", "materials", "what goods", "what materials", "which goods", "which materials",
	"what products", "what materials", "which products", "which materials",
	"what deal", "what agreement", "which deal", "which agreement",
	// "how they approach China" asks their position on it: every position of a side is one.
	"they approach ", "they ", "it approaches ", "it ", "we approach ", "we ",
	"pro-us", "leaning us", "pro-american", "leaning us", "pro-washington", "leaning us",
	"pro-china", "positive towards china", "pro-beijing", "positive towards china",
	"came up", "discussed", "come up", "discussed", "comes up", "discussed",
	// Forces let into each other's country are what an access agreement allows.
	"go in and out of each other's", "reciprocal access to each other's", "visit and operate in each other's", "reciprocal access in each other's",
	"operate in each other's", "reciprocal access in each other's",
	"forces visit each other", "forces reciprocal access in each other's",
	"sitting down with", "meeting with", "sit down with", "meet with", "sits down with", "meets with", "sitting down", "meeting",
	"sit-down", "meeting", "sitdown", "meeting", "sit down", "meeting", "at each other's throats", "in dispute",
	"stirs up", "causes", "stir up", "cause", "stirred up", "caused", "stirring up", "causing",
	// A new leader's job starts when he takes office.
	"started his job", "took office", "start his job", "take office", "starting his job", "taking office",
	// To go all in with someone is to shift completely towards them.
	"going all in with", "shifting completely to", "going all in w ", "shifting completely to ", "go all in with", "shift completely to",
	"go all in w ", "shift completely to ", "went all in with", "shifted completely to",
	// Being kind enough to do something is only courtesy: what follows is the request.
	"would you be kind enough to", "would you", "could you be kind enough to", "could you", "be kind enough to", " ",
	// To ask on what grounds one does something is to ask why; "and on what grounds?" closing
	// a question asks for the reasons given, which the search reads as they are.
	"on what grounds does", "why does", "on what grounds do", "why do", "on what grounds did", "why did",
	// What someone wants a relationship "to become" is what they would build it into.
	" relationship to become", " relationship to be built into", " relations to become", " relations to be built into",
	" ties to become", " ties to be built into",
	// What the byline says of the author, the article says.
	"the byline", "the article",
	// The part one plays is one's role; what troubles someone worries them.
	"what part does", "what role does", "what part do", "what role do", "what part did", "what role did",
	"what troubles", "what worries", "what troubled", "what worried",
	// To patch up the differences among many, or pull them together, is to unite them.
	"patch up the differences among", "unite", "patch up differences among", "unite",
	"pull 'em together", "unite them", "pull them together", "unite them",
	"patching things up", "repairing relations", "patch things up", "repair relations", "patched things up", "repaired relations", "patch up", "repair",
	"which city", "where", "what city", "where", "in which year", "when", "in what year", "when",
	"which year", "when", "what year", "when", "in what month and year", "when",
	"what month and year", "when", "in which month", "when", "in what month", "when",
	"which month", "when", "what month", "when", "was closed", "was shut", "were closed", "were shut", "been closed", "been shut", "stayed closed", "stayed shut", "remained closed", "remained shut",
	"closed down", "shut down", "how long", " ",
	// An alliance setup, or set-up, is the alliance.
	"alliance setup", "alliance", "alliance set-up", "alliance",
	// Staff jargon: sidebars and leader-level formats on the margins are side meetings, a
	// threat axis a threat; what binds two ties them; "X plus what?" asks what else.
	"sidebar ops", "side meetings", "sidebar meetings", "side meetings", "sidebars", "side meetings",
	"leader-level side formats", "leaders' side meetings", "leader-level formats", "leaders' meetings",
	"threat axis", "threat", " binds ", " ties ", " bind ", " tie ", " plus what?", " and what else?",
	// What confused the asker is about them, not what they ask.
	" which confused me no end", " ", " which confused me", " ", " which confuses me", " ", " which puzzled me", " ", " which threw me", " ",
	// To hit a country with a measure is to impose it on it; to dump a pact is to scrap it;
	// who is hardest on someone is toughest on them.
	"hit korea with", "impose on korea", "hit south korea with", "impose on south korea", "hit seoul with", "impose on seoul",
	"dump gsomia", "scrap gsomia", "dumped gsomia", "scrapped gsomia", "dumping gsomia", "scrapping gsomia",
	"hardest line on", "toughest line on", "hardest on", "toughest on",
	// Meetings squeezed in were held, who sat at each table took part in each; "this Yoon
	// fellow" is Yoon.
	"got squeezed in", "were held", "squeezed in", "held", " fellow ", " ",
	"sat at each table", "took part in each", "sat at which table", "took part in which",
	// An economist's words for the article's: risk-averse is cautious, a return on an
	// investment what one gains from it, to raise the costs on someone to pressure them, a
	// node of the supply chain an industry, a category of inputs a kind of materials, a
	// balance-sheet liability a legal matter; to price in is to take into account; effort
	// allocated is focus.
	"risk-averse", "cautious", "risk averse", "cautious", "what return does", "what benefit does",
	"expect on its investment in", "expect from", "expects on its investment in", "expects from",
	"raising the costs on", "pressuring", "raise the costs on", "pressure", "raising the cost on", "pressuring", "raise the cost on", "pressure",
	"a balance-sheet liability", "a legal matter", "a balance sheet liability", "a legal matter",
	"partly priced in", "partly took into account", "priced in", "took into account", "prices in", "takes into account", "pricing in", "taking into account",
	"allocate its diplomatic effort", "focus its diplomacy", "allocates its diplomatic effort", "focuses its diplomacy",
	"binding constraint", "constraint", "regionally bounded", "regional", "concentration risk", " ",
	"node of the supply chain", "industry", "nodes of the supply chain", "industries", "category of inputs", "kind of materials", "categories of inputs", "kinds of materials",
	// A meeting's opening or start date is its date.
	"opening date", "date", "start date", "date", "starting date", "date",
	// Taken to Madrid "as NATO members", the four were there as partners: the fact that says
	// so corrects it.
	"as full nato members", "as nato partner countries", "as new nato members", "as nato partner countries",
	"as nato members", "as nato partner countries", "nato as full members", "nato as partner countries",
	"nato as members", "nato as partner countries", "as full members", "as partner countries", "as members", "as partner countries",
	"heading toward ", "forming ", "heading towards ", "forming ", "headed toward ", "forming ", "headed towards ", "forming ",
	"went to", "attended", "followed", "after", "follows", "after",
	// To go to a summit is to attend it, as to have gone to it ("went to", above).
	" go to the madrid ", " attend the madrid ", " go to the nato ", " attend the nato ", " go to the summit ", " attend the summit ",
	" go to madrid ", " attend madrid ", " go to nato's ", " attend nato's ",
	"four-country one", "four-country meeting", "trilateral one", "trilateral meeting",
	"the one who", " ", "the one that", " ", "bad blood", "discord", "photo-op", "gesture", "photo op", "gesture",
	// "Took place in" is when and where; a country's place in another's plans is its role.
	"'s place in", "'s role in", "’s place in", "’s role in", "its place in", "its role in",
	"their place in", "their role in",
	"at each other’s throats", "in dispute", "asian nato", "nato in the asia-pacific",
	"carry more of the load", "share more responsibility", "carry the load", "share responsibility",
	"shoulder greater", "share more", "shoulder more", "share more", "on its behalf", " ", "on their behalf", " ",
	"burden", "responsibility",
	// Chinese, Korean and Japanese words for relations, policy and the article's main subjects,
	// which questions in those scripts put between the names (日本 中国 关系).
	"关系", " relations ", "關係", " relations ", "関係", " relations ", "관계", " relations ",
	"政策", " policy ", "정책", " policy ", "半导体", " semiconductor ", "半導體", " semiconductor ",
	"반도체", " semiconductor ", "出口", " export ", "수출", " export ", "历史", " history ",
	"歷史", " history ", "역사", " history ", "慰安妇", " comfort women ", "위안부", " comfort women ",
	"峰会", " summit ", "峰會", " summit ", "정상회의", " summit ", "同盟", " alliance ", "동맹", " alliance ",
	// Asking for the order of events is asking for the events: Answer puts them in date order.
	"which came first", " ", "what came first", " ", "which happened first", " ",
	"what happened first", " ", "the sequence of", " ", "the order of", " ", "in what order", " ",
	"order of events", " ", "sequence of events", " ",
	"how come", "why", "when it comes to", " on ", "cares about", "concerned about",
	"care about", "concerned about", "cared about", "concerned about",
	"care most about", "most concerned about", "cares most about", "most concerned about", "cared most about", "most concerned about",
	"care more about", "concerned about", "cares more about", "concerned about", "cared more about", "concerned about",
	// Chat shorthand: digits for numbers, "w/" for with, clipped words and months.
	"3-way", "trilateral", "3 way", "trilateral", "4-way", "four-country", "4 way", "four-country",
	"w/", "with ", "tl;dr", " ", "govts", "governments", "govt", "government", " gov's ", " government's ", " gov ", " government ", " coop ", " cooperation ", "presser", "press conference",
	" fm ", " foreign minister ", " fms ", " foreign ministers ",
	" abt ", " about ", " n ", " and ", " w ", " with ", " mtg", " meeting", "asia pac ", "asia pacific ", "who r ", "who are ",
	"final conclusion", "conclusion", "official document", "diplomatic bluebook",
	"sworn in", "inauguration", "swearing in", "inauguration", "swearing-in", "inauguration",
	// "When did Yoon take office?" asks for the inauguration ("before taking office" does not).
	"take office", "inauguration", "come to power", "inauguration",
	"what's the deal with", " ", "whats the deal with", " ", "what is the deal with", " ", "what was the deal with", " ",
	"random question but", " ", "random question,", " ", "random question:", " ", "random q but", " ", "silly question but", " ", "dumb question but", " ",
	"stupid question but", " ", "stupid question,", " ", "silly question,", " ", "dumb question,", " ",
	"what's the story with", " ", "whats the story with", " ", "what is the story with", " ", "what was the story with", " ",
	"what's the story behind", " ", "whats the story behind", " ", "what is the story behind", " ", "what's up with", " ", "whats up with", " ",
	"warmer toward", "more positive towards", "warmer to", "more positive towards", "warmer", "more positive",
	"in the run-up to", "before", "run-up to", "before", "in the lead-up to", "before", "lead-up to", "before",
	// Trying hard to stay with someone is the article's "spared no effort to cooperate".
	"try so hard to", "spare no effort to", "tries so hard to", "spares no effort to",
	"trying so hard to", "sparing no effort to", "work so hard to", "spare no effort to",
	"works so hard to", "spares no effort to", "so keen to", "sparing no effort to",
	"go so far out of its way to follow", "spare no effort to cooperate with", "go so far out of its way to", "spare no effort to",
	"goes so far out of its way to follow", "spares no effort to cooperate with", "goes so far out of its way to", "spares no effort to",
	"go out of its way to follow", "spare no effort to cooperate with", "go out of its way to", "spare no effort to",
	"goes out of its way to follow", "spares no effort to cooperate with", "goes out of its way to", "spares no effort to",
	"went out of its way to", "spared no effort to",
	"line up with", "cooperate with", "lines up with", "cooperates with", "stay in step with", "cooperate with",
	"stick so closely to", "cooperate with", "stick closely to", "cooperate with", "sticks so closely to", "cooperates with",
	"sticks closely to", "cooperates with", "north korea question", "north korea issue", "north korean question", "north korean issue", "north korea file", "north korea issue", "north korean file", "north korean issue", "nato members", "nato countries", "nato member countries", "nato countries",
	"nuclear question", "nuclear issue",
	"more accommodating attitude", "more positive attitude", "accommodating attitude", "positive attitude",
	"more accommodating stance", "more positive attitude", "accommodating stance", "positive attitude",
	"accommodated", "took into account", "accommodating", "taking into account", "accommodate", "take into account",
	"occupy in", "role in", "occupies in", "role in", "occupied in", "role in", "occupy within", "role in", "occupies within", "role in",
	"has adopted a", "has", "have adopted a", "have", "adopted a", " ",
	"show it is useful", "highlight its own value", "show that it is useful", "highlight its own value",
	"prove it is useful", "highlight its own value", "prove its usefulness", "highlight its own value",
	"stick so close to", "cooperate with", "stick close to", "cooperate with", "sticks close to", "cooperates with",
	"end game", "goal", "endgame", "goal", "for show", "gesture", "sq km", "square kilometres",
	"sq. km", "square kilometres", "km2", "square kilometres", "matters touching upon", "on", "matters touching on", "on", "questions touching upon", "on", "questions touching on", "on", "issues touching upon", "on", "issues touching on", "on", "matters to", "concerns",
	// "Useful" would stem as "use" ("what word did Biden use"): it asks the significance.
	"usefulness", "significance", "useful", "meaningful",
	"it sector", "information and communication industry", "it industry", "information and communication industry",
	"tech sector", "information and communication industry", "tech industry", "information and communication industry",
	"the outlook for", "the future of",
	"signs of", " ", "in the author's view", " ", "in the author’s view", " ", "in the authors view", " ",
	"according to the author", " ", "in the author's opinion", " ", "in the author's account", " ", "in the author’s account", " ",
	"in the author's assessment", " ", "in the author's judgement", " ", "in the author's judgment", " ",
	"in the author's eyes", " ", "in the author's analysis", " ", "in the writer's view", " ", "in the writer’s view", " ",
	"in the writer's opinion", " ", "in the writer's eyes", " ", "in the writer's account", " ",
	"in the article's view", " ", "in the article’s view", " ", "in the article's account", " ", "in the article's words", " ",
	"according to the piece", " ", "according to the article", " ", "according to article", " ", "acording to the article", " ", "acording to article", " ", "according to the writer", " ",
	"according to this piece", " ", "according to this article", " ", "per this article", " ",
	"per the article", " ", "per the author", " ", "per the piece", " ", "per article", " ",
	"in this piece", " ", "in this article", " ",
	"as the article sets them out", " ", "as the article sets it out", " ", "as the author sets them out", " ",
	"as the author sets it out", " ", "as the author sees it", " ",
	// The Madrid piece is the article, as the piece is (below); to piece together
	// is not.
	"the madrid piece", "the article", "madrid piece", "article", "that piece", "that article",
	"as the article puts it", " ", "as the piece puts it", " ", "as the author puts it", " ",
	"on the world stage", "international", "on the global stage", "international", "world stage", "international",
	"formal allies", "allies", "formal ally", "ally", "formal alliance", "alliance", "or something less", " ",
	"game plan", "strategy", "gameplan", "strategy",
	"the vibe between", "relations between", "vibe between", "relations between", "at loggerheads", "quarrelling",
	"upshot", "outcome", "chummy", "close", "sitting on the fence", "hesitating",
	"on the fence", "hesitating",
	"buried the hatchet", "improved relations", "bury the hatchet", "improve relations", "author rates", "author judges", "author rate", "author judge",
	"reluctant", "hesitant",
	// The author's view of something is what the author says of it: every analysis is.
	"author's view on", "author on", "author's view of", "author on", "author's take on", "author on", "author's opinion on", "author on",
	"author's opinion of", "author on", "author’s view on", "author on", "author’s view of", "author on", "author’s take on", "author on",
	"as the article tells it", " ", "as the author tells it", " ", "as the piece tells it", " ",
	"as the article says", " ", "as the author says", " ", "as the writer puts it", " ",
	"as the article states", " ", "as the author states", " ", "as the article notes", " ", "as the author notes", " ",
	"as the author presents the matter", " ", "as the author presents it", " ", "as the author presents them", " ", "as the article presents them", " ", "as the article presents it", " ", "as the author presents", " ", "as the article presents", " ",
	"does the article support that", " ", "does the article support this", " ", "does the piece support that", " ", "does the article bear that out", " ", "does the article back that up", " ",
	// Asked who, when or where, what the author says is what the article says: the author
	// is not what is asked about.
	"who does the author say", "who", "who did the author say", "who", "when does the author say", "when",
	"when did the author say", "when", "where does the author say", "where", "where did the author say", "where",
	"does the article say", " ", "did the article say", " ", "does the article call", " ",
	// What the article "has to say" about something is what it says.
	"does the article have to say", " ", "did the article have to say", " ", "has the article got to say", " ",
	"does the author have to say", "does", "did the author have to say", "did",
	// Which or how many the author says is which or how many: what the author says is what
	// the article says. Why the author says something asks the author's reasons.
	"why does the author say", "why does the author say", "why did the author say", "why did the author say",
	"does the author say", "does", "did the author say", "did",
	"does the article describe", " ", "does the article characterise", " ", "does the article characterize", " ",
	"does the article mention", " ", "did the article mention", " ", "does the piece describe", " ",
	"does the article give", " ", "does the article record", " ", "does the article offer", " ", "does the piece give", " ", "does the piece record", " ",
	"does the piece say", " ", "does the piece call", " ", "the peice", "the article",
	// A formal register's framing: "in the estimation of the piece", "did they venture to
	// discuss matters pertaining to China".
	"in the estimation of the piece", " ", "in the estimation of the article", " ",
	"in the estimation of the author", " ", "in the author's estimation", " ",
	"in order to", "to", "venture to", " ", "ventured to", " ", "choose to", " ", "chose to", " ",
	"matters pertaining to", " ", "pertaining to", "on", "with regard to", " ", "in particular", " ",
	"as distinct from", "unlike", "distinct from", "unlike", "in contrast to", "unlike", "in contrast with", "unlike",
	"place foremost", "prioritise", "places foremost", "prioritises", "by what measures", "how",
	"formally assumed office", "took office", "assumed office", "took office", "assume office", "take office",
	"assuming office", "taking office", "assumes office", "takes office",
	"reached a basic understanding", "basically agreed", "reached an understanding", "agreed",
	"weeks preceding", "before", "days preceding", "before", "months preceding", "before",
	"months before", "before", "weeks before", "before",
	// "Hadn't the three leaders met together before Madrid?" asks when they last met.
	"met together before", "last met before", "met each other before", "last met before",
	"dig into", "discuss", "dug into", "discussed", "digging into", "discussing", "digs into", "discusses",
	"dispute blow up", "dispute start", "dispute blew up", "dispute started", "row blow up", "row start", "row blew up", "row started",
	// How much a country counts abroad: "a low-profile player" asks of its influence.
	"low-profile", "international influence", "low profile", "international influence",
	// To have someone's back militarily is to be committed to defending them.
	"the whole world", "global", "whole world", "global",
	"america's friendships", "america's relations", "washington's friendships", "washington's relations",
	"asia-pacific friends", "asia-pacific allies", "asia pacific friends", "asia pacific allies", "america's friends", "america's allies", "washington's friends", "washington's allies",
	"amount to much", "substantive", "amounted to much", "substantive", "amount to anything", "substantive", "amounted to anything", "substantive",
	"letting that water out", "discharging the water", "letting the water out", "discharging the water", "let that water out", "discharge the water", "let the water out", "discharge the water", "a genuine milestone", "a first", "a real milestone", "a first", "a milestone", "a first",
	"trade fight kick off", "trade dispute start", "trade fight kicked off", "trade dispute started", "trade fight", "trade dispute",
	"dispute kick off", "dispute start", "dispute kicked off", "dispute started",
	"a detailed joint action plan", "a concrete outcome", "detailed joint action plan", "concrete outcome", "joint action plan", "concrete outcome", "an action plan", "a concrete outcome", "action plan", "concrete outcome", "in the near term", "in the short term", "near term", "short term", "near-term", "short-term",
	"going great", "smooth", "gone great", "smooth", "going well", "smooth",
	"folks back in", "people in", "folks", "people",
	"a real breakthrough", "substantive", "breakthrough", "substantive", "summit in europe", "summit", "at least", " ",
	"steamed about", "angry about", "steamed up about", "angry about", "still cut off", "suspended", "flights cut off", "flights suspended",
	"that fellow", " ", "the fellow", " ", "progressive crowd", "progressives", "conservative crowd", "conservatives",
	"running things", "in power", "ran things", "in power",
	// Ruling or running a capital is holding power there, not a court's ruling.
	"rule in seoul", "are in power in seoul", "ruled in seoul", "were in power in seoul", "ran seoul", "were in power in seoul",
	"run seoul", "are in power in seoul", "governed seoul", "were in power in seoul", "ruled seoul", "were in power in seoul",
	"rule seoul", "are in power in seoul", "rule south korea", "are in power in south korea", "ruled south korea", "were in power in south korea", "rule korea", "are in power in korea", "of a progressive persuasion", "progressive", "of a conservative persuasion", "conservative",
	" back militarily ", " defence commitment ", " billed as ", " described as ", " billed at ", " described at ",
	"the nato thing", "the nato summit", "that nato thing", "the nato summit", "that never goes away", " ", "that never go away", " ",
	"clamping down on", "restricting", "clamped down on", "restricted", "clamps down on", "restricts", "clamp down on", "restrict",
	// Koreans disliking, hating or opposing Japan is anti-Japanese feeling, not a policy opposed.
	" dislike japan?", " anti-japanese?", " dislike japan ", " anti-japanese ", " hate japan?", " anti-japanese?", " hate japan ", " anti-japanese ",
	"koreans oppose japan?", "koreans anti-japanese?", "koreans oppose japan ", "koreans anti-japanese ",
	// Keeping an ally on board or onside is keeping it: "What must Washington do to keep
	// Seoul and Wellington on board?".
	" in the fold", " ", " on board", " ", " onside", " ",
	"got a seat at the table", "attended", "get a seat at the table", "attend", "had a seat at the table", "attended", "have a seat at the table", "attend",
	"most quotable", " ", "quotable", " ", "most memorable", " ",
	" temples ", " shrines ", " temple ", " shrine ", "smooth sailing", "smooth", "jump straight into", "join", "jumped straight into", "joined", "jump into", "join", "jumped into", "joined",
	"in fairly modest terms", " ", "in rather modest terms", " ", "in modest terms", " ",
	"diplomatic energies", "diplomacy",
	// How a formal asker hedges or sets the scene, read as nothing; "the present strategic
	// climate" is no question about the climate.
	"as i vaguely recall", " ", "i vaguely recall", " ", "as i vaguely remember", " ", "i vaguely remember", " ",
	"as i recall", " ", "if i recall correctly", " ", "if i recall", " ", "if i am not mistaken", " ", "if i'm not mistaken", " ",
	"if i remember correctly", " ", "if i remember rightly", " ", "if memory serves", " ", "some years ago", " ", "a few years ago", " ", "years ago", " ", "as i remember it", " ", "as i remember", " ", "i gather that", " ", "i gather", " ", "i doubt that", " ", "i doubt", " ",
	", i believe,", " ", " i believe ", " ", "i had the impression that", " ", "i had the impression", " ", "i have the impression that", " ", "i have the impression", " ",
	"i was under the impression that", " ", "i was under the impression", " ", "perhaps mistakenly", " ", "perhaps wrongly", " ",
	"tell a different story", " ", "tells a different story", " ",
	"i am told that", " ", "i am told", " ", "i'm told that", " ", "i'm told", " ", "as i understand it", " ", "i understand that", " ", "i understand", " ",
	"for the record", " ", "with the benefit of hindsight", " ", "in hindsight", " ", "in the same vein", " ",
	"bearing in mind that", " ", "bearing in mind", " ", "for the sake of perspective", " ", "for the sake of clarity", " ",
	"with the greatest respect to", " ", "with the greatest respect", " ", "would you be so kind as to", " ",
	"would you be good enough to", " ", "could you kindly", " ", "might you tell me", " ", "i wonder whether you might", " ",
	"i wonder whether", " ", "i wonder if", " ", "if i may ask", " ", "if i might turn to", "turning to", "if i may turn to", "turning to", "if i might", " ", "if i may", " ",
	"strategic climate", " ", "present climate", " ", "current climate", " ", "political climate", " ",
	"regards as", " as ", "regarded as", " as ", "regard as", " as ",
	"member states", "member countries", "member state", "member country",
	"looking back over", " ", "looking back at", " ", "looking back on", " ", "look back over", " ", "returning to", " ",
	"would you remind me", " ", "remind me", " ", "could you clarify", " ", "clarify whether", "whether", "sore point", " ",
	"commercial quarrel", "trade dispute", "commercial tensions", "trade frictions", "commercial dispute", "trade dispute",
	"tit-for-tat", "retaliation", "tit for tat", "retaliation", "sources of", "causes of", "a novelty", "the first time",
	"is reported to have", " ", "are reported to have", " ", "is said to have", " ", "are said to have", " ",
	"to your knowledge", " ", "in light of", " ", "in earnest", " ", "what manner of", "what kind of",
	"how representative of", "how far does it reflect", "representative of", "reflecting", "currents of opinion", "voices", "air service", "air route", "air travel", "air route", "air links", "air route", "air link", "air route",
	"historical legacy", "problems left over by history", "legacy of history", "problems left over by history", "legacies of history", "problems left over by history",
	"topped the agenda", "focused on", "tops the agenda", "focuses on", "top the agenda", "focus on",
	"answered to", "responded to", "answer to", "respond to", "trade measures", "export controls", "trade measure", "export control", "trade moves", "export controls", "trade move", "export control", "trade action", "export control", "dominated their agenda", "focused on", "dominated the agenda", "focused on", "dominate the agenda", "focus on",
	"issue dominated", "issue focused", "issues dominated", "issues focused", "topic dominated", "topic focused", "topics dominated", "topics focused", "theme dominated", "theme focused",
	"differ in tone", "differ", "the essence of", " ", "substantively speaking", " ", "in what respects", "how",
	"carry real weight", "have substance", "carried real weight", "had substance", "if any", " ",
	"in the period leading up to", "before", "leading up to", "before",
	"by what name does", "what does", "by what name do", "what do", "by what name did", "what did", " refer to ", " call ",
	" refers to ", " calls ", " in the waters between the two countries", " ", " in the waters between", " between",
	"having adopted", "taking", "interlocutors", "leaders", "interlocutor", "leader", "as the author reports it", " ", "as the author reports", " ",
	"could entirely forgo", "could abandon", "entirely forgo", "abandon", "forgo", "abandon", "forego", "abandon", " neither ", " ", " nor ", " and ",
	"destined for", "to", "does the article advance", " ", "does the author advance", " ", "i recall that ", " ", "i recall ", " ", "i remember that ", " ", "i remember ", " ",
	"plausible", "likely", "seek redress for", "respond to", "sought redress for", "responded to",
	"mainly work together on", "cooperation focused on", "mostly work together on", "cooperation focused on",
	"mainly worked together on", "cooperation focused on", "mostly worked together on", "cooperation focused on",
	"mainly cooperate on", "cooperation focused on", "mostly cooperate on", "cooperation focused on",
	"grievances with", "concerns about", "grievance with", "concern about", "what accounts for", "why", "what account for", "why", "favourable disposition", "positive attitude", "favorable disposition", "positive attitude",
	"disposition", "attitude", "judicial proceedings", "court cases", "so-called", " ",
	// "chief" before what is sought is "main", not an office: "Tokyo's chief diplomatic priority".
	" chief preoccupation", " main preoccupation", " chief diplomatic", " main diplomatic", " chief priorities", " main priorities", " chief objectives", " main objectives", " chief objective", " main objective", " chief interests", " main interests", " chief priority", " main priority", " chief concerns", " main concerns", " chief interest", " main interest", " chief ambition", " main ambition", " chief concern", " main concern", " chief reasons", " main reasons", " chief purpose", " main purpose", " chief worries", " main worries", " chief reason", " main reason", " chief motive", " main motive", " chief goals", " main goals", " chief worry", " main worry", " chief fears", " main fears", " chief aims", " main aims", " chief goal", " main goal", " chief fear", " main fear", " chief aim", " main aim",
	" external ", " foreign ", " canvassed ", " discussed ",
	" endeavour ", " effort ", " endeavor ", " effort ", " demonstration ", " gesture ", " assembling ", " piecing together ",
	" shorthand ", " term ", " dwelt ", " focused ", " dwell ", " focus ", " yielded ", " produced ", " of late", " recently",
	" underlie ", " lie behind ", " underlies ", " lies behind ", " european continent", " ukraine", " eastern europe", " ukraine",
	" formally received ", " invited ", " instantly ", " ",
	// Outreach is an offer of better ties: reading it as reaching, it would be reaching an
	// agreement.
	"'s outreach ", " repairing relations ", "’s outreach ", " repairing relations ", " does the article report ", " ",
	" the author suggests ", " ", " does the author suggest ", " ", " is assigned to ", " of ", " are assigned to ", " of ",
	" in their minds", " ", " to some degree ", " ", " to a certain degree ", " ",
	" tightest mates", " closest allies", " mates ", " allies ", " carve out ", " seek ",
	// Kiwi slang: talks with nothing meaty were small talk; grumpy is upset; "re" is about.
	" anything meaty", " anything substantive", " small talk", " courtesies", " get grumpy about", " protest about", " got grumpy about", " protested about", " grumpy ", " upset ", " re ", " about ",
	" proper members", " full members",
	// Two who keep scrapping over a thing fight over it; a wee island is a small one, "hard
	// out" very, the heads who met the leaders, and a war in Europe, then, the one in Ukraine.
	" scrapping over", " fighting over", " scrap over", " fight over", " wee ", " small ", " hard out ", " very ",
	" heads had ", " leaders had ",
	" war in europe", " ukraine", " european war", " ukraine", " european conflict", " ukraine", " overseas war", " ukraine",
	" far-off war", " ukraine", " faraway war", " ukraine", " distant war", " ukraine",
	" machinery ", " mechanism ", " to address ", " to resolve ",
	" disposing of ", " discharging ", " dispose of ", " discharge ", " nuclear facilities", " nuclear plant",
	" nuclear matters", " nuclear", " nuclear domain", " nuclear", " nuclear field", " nuclear", " nuclear wise", " nuclear",
	" security thinking", " security", " strategic thinking", " strategy",
	" in the summer of ", " in ", " during the summer of ", " in ", " in the spring of ", " in ", " in the autumn of ", " in ", " in the winter of ", " in ",
	" in the commercial sphere", " on trade", " in the realm of ", " on ",
	" what term ", " what ", " which term ", " what ", " employ to describe ", " call ", " use to describe ", " call ",
	" assign to ", " of ", " assigns to ", " of ",
	" of sorts", " ", " focal points ", " focus ", " focal point ", " focus ", " as the author sets them out", " ", " as the author sets it out", " ",
	" kindly set out ", " kindly give ", " author set out ", " author give ", " you set out ", " you give ", " please set out ", " please give ",
	" japanese publication", " diplomatic bluebook", " japanese government publication", " diplomatic bluebook",
	" legacy problems", " problems left over by history", " legacy issues", " problems left over by history",
	" years passed between ", " years between ", " aborted ", " terminated ", " drift toward ", " move closer to ",
	" drift towards ", " move closer to ", " general mood ", " attitude ",
	" sticking close to ", " cooperating closely with ", " stick close to ", " cooperate closely with ",
	" stick so close to ", " cooperate so closely with ", " stick so closely to ", " cooperate so closely with ",
	" so good as to set out ", " give ", " good enough to set out ", " give ", " made room for ", " arranged ",
	" would you be so good as to ", " ", " would you be good enough to ", " ", " be so good as to ", " ",
	" for the sake of an accurate record", " ", " for the sake of accuracy", " ", " for the sake of the record", " ",
	" without wishing to prejudge the matter", " ", " i sense from the article that ", " ", " i sense that ", " ",
	" mindful of the sensitivities involved", " ", " to the best of the author's knowledge", " ", " a good deal ", " ",
	" resumed service", " resumed", " restored to service", " resumed", " returned to service", " resumed",
	" lengthy suspension", " suspension", " in the years ahead", " in the future", " devoted to ", " focused on ",
	" scheduled to run", " held", " span of years", " years",
	" strategic scheme", " strategic layout", " entertain ", " have ", " entertains ", " has ", " orientation", " direction",
	" uppermost ", " main ", " at the forefront of ", " the priority of ", " at the heart of ", " at the core of ",
	" casting our minds back to ", " in ", " casting one's mind back to ", " in ",
	// At the centre of talks is their focus; at the centre of a thing, its core.
	" at the centre of their ", " the focus of their ", " at the center of their ", " the focus of their ",
	" deliberations", " talks",
	" in the middle ", " at its core ", " at the centre ", " at its core ", " at the center ", " at its core ",
	" enlarge ", " increase ", " to shoulder", " to share", " outreach to ", " repairing relations with ", " incoming ", " new ",
	" wholesale ", " full ",
	" attempting to ", " trying to ", " attempts to ", " tries to ", " attempted to ", " tried to ",
	" biden admin ", " biden administration ", " the admin ", " the administration ",
	// "Severely" is no severing: "most severely affected" is hit hardest.
	" severely ", " greatly ", " severe ", " great ",
	" head-on", " directly", " head on ", " directly ", "vis-à-vis", "towards", "vis-a-vis", "towards", " vis a vis ", " towards ",
	"counterparts", "leaders", "counterpart", "leader", "holds back", "hinders", "holding back", "hindering", "hold back", "hinder", "held back", "hindered",
	"resolute", "firm", "does the article identify as", " ", "does the article identify", " ", "the article identifies", " ",
	"according to the account the article gives", " ", "the account the article gives", " ",
	"if i have understood the protocol correctly", " ", "if i have understood the author correctly", " ",
	"if i have understood him correctly", " ", "if i understand the author correctly", " ", "if i have understood correctly", " ",
	"in the author's reading", " ", "in the author’s reading", " ", "in the article's reading", " ", "in his reading", " ", "in her reading", " ",
	"if i have understood it correctly", " ", "if i understand correctly", " ", "if i understand it correctly", " ", "of course", " ",
	"the spanish capital", "madrid", " in spain", " in madrid", "from seoul's vantage point", "for seoul", "from tokyo's vantage point", "for tokyo", "vantage point", "view",
	"in what formal capacity", "invited as", "in what official capacity", "invited as",
	"what status", "invited as", "which status", "invited as",
	"characterise the significance of", "characterise", "characterize the significance of", "characterize",
	"describe the significance of", "describe", " in person ", " ", " in person?", " ?", " in person,", " ,", "managed to", " ", "manage to", " ", "manages to", " ", "so far as the article records", " ", "as far as the article records", " ",
	"so far as the article tells", " ", "as far as the article tells", " ", "so far as the article says", " ", "as far as the article says", " ",
	"endeavoured to", "tried to", "endeavored to", "tried to", "endeavouring to", "trying to", "endeavoring to", "trying to",
	"endeavour to", "try to", "endeavor to", "try to", "some measure of", " ",
	// "The North" ending a clause is North Korea; not "the North Korean issue", "the Northeast".
	"the north?", "north korea?", "the north.", "north korea.", "the north,", "north korea,",
	"lay behind", "caused", "lies behind", "causes", "lie behind", "cause", "lying behind", "causing",
	// What "set off" frictions caused them, and frictions that "came to a head" intensified;
	// not a journey set off on.
	" set off the ", " caused the ", " sets off the ", " causes the ",
	"came to a head", "intensified", "come to a head", "intensify", "comes to a head", "intensifies",
	// Two that "both belong to" a group both joined it; the article says so of the Quad.
	"both belong to", "both joined", "both belonged to", "both joined",
	"practical worth", "substance", "practical value", "substance", "practical weight", "substance",
	"practical significance", "substance", "symbolic value", "gesture", "symbolic import", "gesture",
	"symbolic worth", "gesture", "symbolic significance", "gesture",
	// Weighing a meeting's consequence against its appearances is weighing its substance
	// against its gesture.
	"of greater practical consequence", "of greater substance", "a matter of appearances", "a gesture", "matter of appearances", "gesture",
	"more about appearances", "more about gesture", "ceremonial and symbolic", "symbolic",
	"laboured", "made efforts", "labored", "made efforts", "labouring", "making efforts", "laboring", "making efforts",
	"underpinned", "basis", "underpinning", "basis", "underpins", "basis", "underpin", "basis",
	"it would be helpful to know", " ", "it would help to know", " ", "see fit to", " ", "saw fit to", " ",
	"dispatched", "sent", "dispatch", "send", "mutual distrust", "distrust",
	"mutual mistrust", "distrust", "check the growth of", "curb", "in respect of", "on", "conduct himself", "act", "conducted himself", "acted", "conduct herself", "act", "conducted herself", "acted", "tried to check", "tried to curb", "checking china", "curbing china", "checking beijing", "curbing beijing", "check beijing", "curb beijing", "try to check", "try to curb", "trying to check", "trying to curb", "tries to check", "tries to curb", "heralds the creation of", "establishes", "herald the creation of", "establish",
	"the creation of", "establishing", "in elevated terms", " ", "in rather elevated terms", " ", "what expression", "what phrase",
	"diplomatic doctrine", "diplomacy", "standing in the world", "international influence", "enlarging", "seeking greater",
	"customary pleasantries", " ", "pleasantries", "courtesies", "encounters", "meetings", "encounter", "meeting", "called off", "terminated", "was restored", "resumed", "been restored", "resumed",
	// A question tagged for confirmation asks the same: "came back after the thaw, right?
	// Which one?"
	", is that right?", "?", ", is that correct?", "?", ", is that true?", "?", ", right?", "?", "which one?", "which?", "which one ", "which ",
	"i've heard that ", " ", "i have heard that ", " ", "i heard that ", " ", "i've heard ", " ", "i have heard ", " ", "i heard ", " ",
	"in the author's telling", " ", "in the author’s telling", " ", "in the article's telling", " ",
	"nicer towards", "more positive towards", "nicer to", "more positive towards",
	"on good terms with", "positive towards", "on friendly terms with", "positive towards", "on better terms with", "more positive towards",
	"this peice", "this article", "that peice", "that article",
	"started up again", "resumed", "start up again", "resume", "starts up again", "resumes",
	"how far did", "how did", "how far does", "how does", "is it fair to say that", " ", "is it fair to say", " ",
	"if one may turn to", "turning to", "to turn to", "turning to", "turning now to", "turning to",
	"is it correct that", " ", "is it accurate that", " ", "is it right that", " ", "is it the case that", " ", "isn't it the case that", " ", "isnt it the case that", " ", "is it not the case that", " ", "wasn't it the case that", " ", "was it not the case that", " ", "was it the case that", " ", "am i right in thinking that", " ", "am i correct that", " ",
	"pulling nato", "pushing nato", "pull nato", "push nato", "pulls nato", "pushes nato", "pulled nato", "pushed nato",
	"work on with", "cooperate with", "list other", "other", "list the ", "the ", "list all", "all", "list some", "some",
	"teamwork", "cooperation", "the key word", " ", "key word", " ", "keyword", " ",
	// "may" before a verb is no month: "may not last" asks whether it lasts.
	"may not", " not ", "may be ", " be ", "may have", " have ", "may well", " ", "may also", " also ",
	"joint action", "cooperation", "act jointly", "cooperate", "act together", "cooperate",
	"labour comp ", "labour compensation ", "labor comp ", "labor compensation ",
	"been to ", "attended ",
	"comfort women deal", "comfort women agreement", "comfort-women deal", "comfort women agreement",
	// Treating allies evenly is keeping a balance among them.
	"treat all its allies evenly", "keep a balance among its allies", "treat its allies evenly", "keep a balance among its allies",
	"treat allies evenly", "keep a balance among allies", "treat all its allies equally", "keep a balance among its allies",
	"treat its allies equally", "keep a balance among its allies", "treat allies equally", "keep a balance among allies",
	// Policies that line up are close: "whose policy lines up better with Washington's".
	"lines up better with", "closer to", "line up better with", "closer to", "lines up more closely with", "closer to",
	"line up more closely with", "closer to",
	// The summit's two side meetings, named together.
	"the two leaders' meetings", "the trilateral meeting and the four-country meeting", "two leaders' meetings", "the trilateral meeting and the four-country meeting",
	"the two meetings", "the trilateral meeting and the four-country meeting", "both meetings", "the trilateral meeting and the four-country meeting",
	"the two side meetings", "the trilateral meeting and the four-country meeting", "both side meetings", "the trilateral meeting and the four-country meeting",
	// A debater's framing: "for our case that Madrid was theatre, what's the strongest line".
	"for our case that", " ", "for our case", " ", "the strongest line in the article", " ", "strongest line", " ",
	// Small talk about the asker's day is not about the summit's "two-day" meeting.
	"your day", " ",
	// Before "according to" alone, which would win: comparisons are made in this order.
	"according to the analysis", " ", "in the analysis", " ", "per the analysis", " ",
	"according to some", "some", "according to", " ",
	"took part in", "participated in", "take part in", "participate in", "taking part in", "participating in",
	"name does the article say", " ", "name does the author say", " ", "name does", " ", "use for", " call ", "uses for", " calls ", "affiliated with", " ",
	"talk about", "discuss", "talked about", "discussed", "talking about", "discussing",
	"in check", "contained", "export rules", "export controls",
	"the piece", "the article", "this piece", "this article", " ppl ", " people ",
	"came to madrid", "attended madrid", "come to madrid", "attend madrid", "else came", "else attended", "else come", "else attend",
	"us planning", "us strategy", "american planning", "american strategy", "washington's planning", "washington's strategy",
	"when it considers", " on ", "when they consider", " on ", "when considering", " on ",
	"out of service", "suspended", "out of operation", "suspended",
	"enthusiasm for", "positive attitude towards", "enthusiastic about", "positive about", "enthusiasm", "positive attitude",
	"eagerness for", "positive attitude towards", "eagerness", "positive attitude",
	"sat down", "met", "sat together", "met", "sit together", "meet", "sitting together", "meeting",
	"as a threesome", "trilateral", "threesome", "trilateral",
	"work on together", "cooperate on", "worked on together", "cooperated on",
	"anything concrete", "substantive", "concrete results", "substantive results",
	// An analyst's jargon: mission sets are the matters worked on, a leaders'-level meeting
	// a leaders' one; a route switched back on resumed.
	"mission sets", "matters", "mission set", "matters", "'-level ", "' ", "switched back on", "resumed", "switch back on", "resume",
	"put in quotation marks for", "call", "put in quotes for", "call", "puts in quotes for", "calls", "put in quotation marks", "call", "put in quotes", "call", "puts in quotes", "calls",
	"people in ", " ", "people of ", " ", "assemble", "piece together", "stitch together", "piece together",
	"stitched together", "pieced together", "stitching together", "piecing together", "cobble together", "piece together", "put together", "piece together", "putting together", "piecing together",
	"cobbled together", "pieced together", "agenda item", "focus", "on the agenda", "discussed",
	"in the piece", " ", "in the article", " ", "the writer", "the author", "writer's", "author's",
	// A gamer's words: to swap takes is to discuss, to link up to meet, to spawn in as
	// president to take office, to drop something off to hand it over; vibes are an
	// attitude, and the lore the background, asked for in passing.
	"swapped takes on", "discussed", "swap takes on", "discuss", "swapped takes", "discussed", "swap takes", "discuss",
	"linked up", "met", "link up", "meet", "spawned in as", "took office as", "spawn in as", "take office as",
	"dropped off", "handed over", "drop off", "hand over", "fix stuff with", "repair relations with",
	"co-op", "cooperation", "what was the comeback", "what was the response", "drop about", "say about",
	"vibes towards", "attitude towards", "vibes toward", "attitude toward", "whats the lore", " ", "what's the lore", " ",
	// Everyday American, Aussie and Indian English (english4). Kim's lot, crew or gang is
	// North Korea, as Kim's mob is.
	" kim's lot ", " north korea ", " kims lot ", " north korea ", " kim’s lot ", " north korea ",
	" kim's crew ", " north korea ", " kims crew ", " north korea ", " kim’s crew ", " north korea ",
	" kim's gang ", " north korea ", " kims gang ", " north korea ", " kim’s gang ", " north korea ",
	" kim's bunch ", " north korea ", " kims bunch ", " north korea ", " kim’s bunch ", " north korea ",
	// To be riled up, ticked off or peeved at someone is to be angry at them (not "mad at",
	// which reads better as it stands: "why is korea mad at japan about the ocean").
	" riled up at ", " angry at ", " riled at ", " angry at ", " riled about ", " angry about ",
	" ticked off at ", " angry at ", " ticked off about ", " angry about ", " ticked off with ", " angry with ",
	" ticked at ", " angry at ", " peeved at ", " angry at ", " peeved about ", " angry about ", " peeved with ", " angry with ",
	" pissed off at ", " angry at ", " pissed off about ", " angry about ", " pissed off with ", " angry with ", " pissed at ", " angry at ",
	" steamed at ", " angry at ", " steamed about ", " angry about ", " sore at ", " angry at ", " sore about ", " angry about ",
	" cheesed off at ", " angry at ", " cheesed off about ", " angry about ", " cheesed off with ", " angry with ",
	// Whether there was any real meat in talks asks whether they had substance.
	" real meat in ", " substantive content in ", " any meat in ", " substantive content in ", " much meat in ", " substantive content in ",
	" meat on the bones", " substance", " meat on its bones", " substance", " meat on the bone", " substance",
	// Indian English: "as per the writer" is according to the author; "I have a doubt"
	// only opens a question; a country's stand on something is its stance.
	" as per the writer's ", " the author's ", " as per the author's ", " the author's ",
	" as per the writer", " ", " as per writer", " ", " as per the author", " ", " as per author", " ",
	" as per the article", " ", " as per article", " ", " as per the piece", " ", " as per this article", " ",
	" i have a doubt regarding ", " ", " i have a doubt about ", " ", " i have a small doubt ", " ", " i have one doubt ", " ", " i have a doubt ", " ",
	" one small doubt ", " ", " small doubt ", " ", " my doubt is ", " ",
	"'s stand on ", "'s stance on ", "’s stand on ", "’s stance on ", " their stand on ", " their stance on ", " its stand on ", " its stance on ",
	" the stand of ", " the stance of ", " stand taken by ", " stance of ",
	// A blunt asker's asides: "be honest with me", "what's this I hear about".
	" be honest with me ", " ", " be straight with me ", " ", " level with me ", " ",
	" whats this i hear about ", " ", " what's this i hear about ", " ", " what’s this i hear about ", " ",
	// Where one's own neck of the woods is one's own region; an old foreign minister a
	// former one; to get one's history right is to understand history correctly.
	" own neck of the woods", " own region", " their neck of the woods", " their region",
	" old korean foreign minister", " former korean foreign minister", " old south korean foreign minister", " former south korean foreign minister",
	" old foreign minister", " former foreign minister",
	" get its history right", " have a correct understanding of history", " gets its history right", " has a correct understanding of history",
	" get their history right", " have a correct understanding of history", " get history right", " have a correct understanding of history",
	" get the history right", " have a correct understanding of history", " got its history right", " had a correct understanding of history",
	" can get fixed", " can be solved", " could get fixed", " could be solved", " can get sorted", " can be solved", " could get sorted", " could be solved",
	// The labour or history mess is the labour or history issue.
	" labor mess", " labor issue", " labour mess", " labour issue", " women mess", " women issue", " history mess", " history issue",
	" island mess", " island issue", " dokdo mess", " dokdo issue", " gsomia mess", " gsomia issue", " trade mess", " trade issue",
	" compensation mess", " compensation issue", " water mess", " water issue",
	// Roping someone in is inviting them: "what did NATO rope them in as".
	" rope them in as ", " invite them as ", " roped them in as ", " invited them as ", " roping them in as ", " inviting them as ",
	" rope them in ", " invite them ", " roped them in ", " invited them ", " roping them in ", " inviting them ",
	// To have the hump about something is to be annoyed by it; what gets people mad at
	// someone makes them angry at them.
	" have the hump about ", " complain about ", " had the hump about ", " complained about ", " has the hump about ", " complains about ",
	" got the hump about ", " complained about ", " have the hump over ", " complain about ", " had the hump over ", " complained about ",
	" has the hump over ", " complains about ", " got the hump over ", " complained about ", " have the hump with ", " angry with ",
	" had the hump with ", " angry with ", " has the hump with ", " angry with ", " got the hump with ", " angry with ",
	" gets koreans mad at ", " gets koreans angry at ", " gets the koreans mad at ", " gets the koreans angry at ", " gets korean people mad at ", " gets korean people angry at ", " gets south koreans mad at ", " gets south koreans angry at ", " gets people mad at ", " gets people angry at ",
	" get koreans mad at ", " get koreans angry at ", " get the koreans mad at ", " get the koreans angry at ", " get korean people mad at ", " get korean people angry at ", " get south koreans mad at ", " get south koreans angry at ", " get people mad at ", " get people angry at ",
	" got koreans mad at ", " got koreans angry at ", " got the koreans mad at ", " got the koreans angry at ", " got korean people mad at ", " got korean people angry at ", " got south koreans mad at ", " got south koreans angry at ", " got people mad at ", " got people angry at ",
	" makes koreans mad at ", " makes koreans angry at ", " makes the koreans mad at ", " makes the koreans angry at ", " makes korean people mad at ", " makes korean people angry at ", " makes south koreans mad at ", " makes south koreans angry at ", " makes people mad at ", " makes people angry at ",
	" make koreans mad at ", " make koreans angry at ", " make the koreans mad at ", " make the koreans angry at ", " make korean people mad at ", " make korean people angry at ", " make south koreans mad at ", " make south koreans angry at ", " make people mad at ", " make people angry at ",
	" made koreans mad at ", " made koreans angry at ", " made the koreans mad at ", " made the koreans angry at ", " made korean people mad at ", " made korean people angry at ", " made south koreans mad at ", " made south koreans angry at ", " made people mad at ", " made people angry at ",
	// "Japan and co" are Japan and the others; what sounds like a bit of a photo op seems one.
	" and co ", " and the others ", " and co. ", " and the others ", " and co, ", " and the others, ", " & co ", " and the others ",
	" sounds like a bit of a ", " seems a ", " sounds a bit like a ", " seems a ", " sound like a bit of a ", " seem a ",
	" sounded like a bit of a ", " seemed a ", " sounds like a ", " seems a ", " sounded like a ", " seemed a ",
	// Singlish "hor" asks to be agreed with; something "quite power" or "so power" is only
	// impressive, as the asker judges it.
	" hor ", " ", " hor, ", " ", " quite power ", " ", " so power ", " ", " very power ", " ", " damn power ", " ",
	// Singlish puts the thing first: "US-JP alliance the article describe as what".
	" the article describe as ", " described as ", " the article describes as ", " described as ", " the article call as ", " called ",
	" the author describe as ", " described as ", " the writer describe as ", " described as ",
	// Diplomacy kept more local is kept more regional.
	" more local than ", " more regional than ", " so local ", " so regional ", " more local ", " more regional ",
	// An Aussie's "stuffed Korea around" is hurt Korea.
	" stuffed korea around", " hurt korea", " stuffed seoul around", " hurt seoul", " stuffed japan around", " hurt japan",
	" stuffed tokyo around", " hurt tokyo", " stuffed them around", " hurt them", " stuffing korea around", " hurting korea",
	" stuff korea around", " hurt korea", " stuffed south korea around", " hurt south korea", " stuffed the koreans around", " hurt the koreans",
	// A uni is a university; real substance is substantive content.
	" uni ", " university ", " unis ", " universities ", " uni's ", " university's ",
	" got real substance ", " had substantive content ", " got any real substance ", " had substantive content ",
	" got any substance ", " had substantive content ",
	// Everyday British, American, Aussie and Irish idioms: all hat and no cattle is more
	// gesture than substance; to be sweet on is to be keen on, a tag team a cooperation; to
	// zoom in on is to focus on, to keep mum not to mention it;
	// good mates again have repaired relations, staying top dog is maintaining hegemony, an
	// alliance-lite a quasi-alliance; what lit the fuse on something caused it; letting water
	// out into the sea is discharging it; pulling in different directions is having different
	// priorities; going all-out against is fully confronting; popping over to see is visiting;
	// what sits at the heart of a thing is at its core; the stick is sanctions and the carrot
	// engagement; who lets the side down is the weakest link.
	" all hat, no cattle", " more gesture than substance", " all hat and no cattle", " more gesture than substance",
	" all hat no cattle", " more gesture than substance", " more show than substance", " more gesture than substance",
	" sweet on ", " keen on ", " tag teams", " cooperation", " tag team", " cooperation", " tag-team", " cooperation",
	" stand to lose", " lose", " stands to lose", " lose",
	"sticking so close to", "cooperating with", "sticking close to", "cooperating with",
	" zooming in on ", " focusing on ", " zoomed in on ", " focused on ", " zooms in on ", " focuses on ", " zoom in on ", " focus on ",
	" keep mum", " not mention it", " kept mum", " did not mention it", " keeping mum", " not mentioning it", " stay mum", " not mention it", " stayed mum", " did not mention it",
	" good mates again", " repaired relations", " good friends again", " repaired relations",
	" staying top dog", " maintaining hegemony", " stay top dog", " maintain hegemony", " remain top dog", " maintain hegemony", " remaining top dog", " maintaining hegemony",
	" alliance-lite", " quasi-alliance", " alliance lite", " quasi-alliance",
	" lit the fuse on", " caused", " lit the fuse under", " caused", " light the fuse on", " cause", " lights the fuse on", " causes",
	" letting it out into ", " discharging it into ", " let it out into ", " discharge it into ", " letting out into ", " discharging into ",
	" pulling in different directions", " having different priorities", " pull in different directions", " have different priorities",
	" go all-out against ", " fully confront ", " go all out against ", " fully confront ", " going all-out against ", " fully confronting ",
	" popping over to see ", " visiting ", " popped over to see ", " visited ", " pop over to see ", " visit ", " pops over to see ", " visits ",
	" sits at the very heart of it", " is at its core", " sits at the heart of it", " is at its core",
	" at the very heart of it", " at its core",
	" prefers the stick and which the carrot", " prefers sanctions and which engagement", " prefers the carrot and which the stick", " prefers engagement and which sanctions",
	" prefers the stick", " prefers sanctions", " prefers the carrot", " prefers engagement", " prefer the stick", " prefer sanctions", " prefer the carrot", " prefer engagement",
	" carrot and stick", " engagement and sanctions", " carrot-and-stick", " engagement and sanctions", " stick and carrot", " sanctions and engagement",
	" let the whole group down", " be the weakest link", " let the group down", " be the weakest link", " let the whole team down", " be the weakest link",
	" let the team down", " be the weakest link", " let the side down", " be the weakest link", " lets the side down", " is the weakest link",
	// What gets up someone's nose angers them; an export clampdown is export controls; a
	// route back in the game resumed; what lies on the table is discussed; to cast off is to
	// abandon, to part ways in something to differ in it; to dub is to call;
	// a club of countries is a grouping; to bother going all the way somewhere is to attend.
	" gets up korean noses ", " angers koreans ", " get up korean noses ", " anger koreans ", " got up korean noses ", " angered koreans ",
	" gets up koreans' noses ", " angers koreans ", " get up koreans' noses ", " anger koreans ",
	" gets up korea's nose ", " angers korea ", " gets up seoul's nose ", " angers seoul ", " gets up japan's nose ", " angers japan ",
	" gets up tokyo's nose ", " angers tokyo ", " gets up their noses ", " angers them ", " got up their noses ", " angered them ",
	" gets up the noses of ", " angers ", " get up the noses of ", " anger ", " got up the noses of ", " angered ",
	" export clampdowns", " export controls", " export clampdown", " export controls",
	" got back in the game", " resumed", " get back in the game", " resume", " gets back in the game", " resumes", " back in the game", " resumed",
	" lying on the table at ", " discussed at ", " lying on the table ", " discussed ",
	" cast off ", " abandon ", " casting off ", " abandoning ", " casts off ", " abandons ",
	" part ways in ", " differ in ", " part ways on ", " differ on ", " part ways over ", " differ over ",
	" dub ", " call ", " dubbed ", " called ", " dubs ", " calls ",
	" what club ", " what grouping ", " which club ", " which grouping ", " bigger club ", " bigger grouping ",
	" bother going all the way to ", " attend ", " bothered going all the way to ", " attended ", " bother to go all the way to ", " attend ",
	// Regional English asking: what's the craic (Irish), the SP, scoop, skinny, lowdown, goss
	// or gen on something, and to be filled in or clued in on it, only ask about it, as "a
	// question for ya" and "a yarn for ya" only ask; "wot" is what, "d'ya" do you,
	// whereabouts where, youse, yous and y'all you, "yer man" only points at whom he names,
	// and the north's owt, nowt and summat are anything, nothing and something.
	" the craic with ", " ", " the craic on ", " ", " the craic about ", " ", " the sp on ", " ",
	" question for ya", " ", " question for you", " ", " yarn for ya ", " ",
	" the scoop on ", " ", " the skinny on ", " ", " the lowdown on ", " ", " the goss on ", " ", " the gen on ", " ",
	" fill me in on ", " ", " fill us in on ", " ", " clue me in on ", " ", " spill the tea on ", " ", " spill the beans on ", " ",
	" wot ", " what ", " whaddya ", " what do you ", " whaddaya ", " what do you ",
	" d'ya ", " do you ", " d’ya ", " do you ", " dya ", " do you ", " d'you ", " do you ", " d’you ", " do you ",
	" whereabouts ", " where ", " youse ", " you ", " yous ", " you ", " y'all ", " you ", " y’all ", " you ", " yall ", " you ",
	" yer man ", " ", " owt ", " anything ", " nowt ", " nothing ", " summat ", " something ",
	// Saying: what someone is on about, or goes on about, is what they discuss; to harp on about
	// a thing is to stress it; to mouth or sound off about it is to complain about it; to
	// let on or pipe up about it is to say something about it; to slag off, lay into, rip
	// into, tear into or (an Aussie's) go off at someone is to criticise them, to rubbish a
	// thing is to reject it; to chuck or throw a wobbly, a dummy spit, a hissy fit or a fit
	// pitched is a protest, and to kick off about something (British) is to protest about it.
	" on about?", " discussing?", " going on about ", " discussing ", " goes on about ", " discusses ", " went on about ", " discussed ",
	" harping on about ", " stressing ", " harps on about ", " stresses ", " harped on about ", " stressed ", " harp on about ", " stress ",
	" mouthing off about ", " complaining about ", " mouthed off about ", " complained about ", " mouth off about ", " complain about ",
	" sounding off about ", " complaining about ", " sounded off about ", " complained about ", " sound off about ", " complain about ",
	" let on about ", " say about ", " let on that ", " say that ",
	" piped up about ", " said about ", " pipe up about ", " say about ", " piping up about ", " saying about ",
	" slagging off ", " criticising ", " slagged off ", " criticised ", " slag off ", " criticise ", " slags off ", " criticises ",
	" rubbished ", " rejected ", " rubbishing ", " rejecting ", " rubbishes ", " rejects ",
	" laid into ", " criticised ", " lay into ", " criticise ", " laying into ", " criticising ", " lays into ", " criticises ",
	" ripped into ", " criticised ", " rip into ", " criticise ", " ripping into ", " criticising ", " rips into ", " criticises ",
	" tore into ", " criticised ", " tear into ", " criticise ", " tearing into ", " criticising ", " tears into ", " criticises ",
	" went off at ", " criticised ", " go off at ", " criticise ", " going off at ", " criticising ", " goes off at ", " criticises ",
	" chucked a wobbly ", " protested ", " chuck a wobbly ", " protest ", " chucking a wobbly ", " protesting ",
	" threw a wobbly ", " protested ", " throw a wobbly ", " protest ", " throwing a wobbly ", " protesting ",
	" dummy spit ", " protest ", " dummy-spit ", " protest ",
	" threw a hissy fit ", " protested ", " throw a hissy fit ", " protest ", " throwing a hissy fit ", " protesting ",
	" pitched a fit ", " protested ", " pitch a fit ", " protest ",
	" kicked off about ", " protested about ", " kick off about ", " protest about ", " kicking off about ", " protesting about ",
	" kicked off over ", " protested over ", " kick off over ", " protest over ",
	// Arguing: bickering is quarrelling; a kerfuffle, a ding-dong, a bust-up, a falling-out or
	// a slanging match is a dispute; two falling out over a thing dispute it, and two who
	// fell out with each other quarrelled (a Spanish "pelear con" is read as "fall out with",
	// which is left as it is); butting heads or locking horns is clashing, aggro hostility.
	// Narked, narky, miffed, hacked off, brassed off, fuming, livid, ropeable, stroppy,
	// raging at something, bent out of shape or hot under the collar is angry.
	" bickering ", " quarrelling ", " bicker ", " quarrel ", " bickered ", " quarrelled ",
	" kerfuffle ", " dispute ", " ding-dong ", " dispute ", " ding dong ", " dispute ", " bust-up ", " dispute ", " bust-ups ", " disputes ",
	" falling-out ", " dispute ", " slanging match ", " dispute ", " slanging matches ", " disputes ",
	" falling out over ", " disputing over ", " fell out over ", " disputed over ", " fall out over ", " dispute over ", " fallen out over ", " disputed over ",
	" falling out with ", " quarrelling with ", " fell out with ", " quarrelled with ", " fallen out with ", " quarrelled with ",
	" butting heads ", " clashing ", " butt heads ", " clash ", " butted heads ", " clashed ",
	" locking horns ", " clashing ", " lock horns ", " clash ", " locked horns ", " clashed ",
	" aggro ", " hostility ",
	" narked ", " angry ", " narky ", " angry ", " miffed ", " angry ", " hacked off ", " angry ", " brassed off ", " angry ",
	" fuming ", " angry ", " livid ", " angry ", " ropeable ", " angry ", " stroppy ", " angry ",
	" raging about ", " angry about ", " raging at ", " angry at ", " raging over ", " angry over ",
	" bent out of shape ", " angry ", " hot under the collar ", " angry ",
	// Worrying: what mithers someone (the north of England's word) worries them; in a flap
	// or a tizzy about something, sweating or stressing over it, losing sleep over it,
	// freaking out about it, het up or having kittens about it is worried about it; antsy is
	// anxious, twitchy, nervy, jumpy or edgy nervous, feart afraid; what is eating or bugging
	// someone, or keeps them up at night, worries them.
	" mithering ", " worrying ", " mithered ", " worried ", " mithers ", " worries ", " mither ", " worry ",
	" in a flap about ", " worried about ", " in a flap over ", " worried about ", " in a tizzy about ", " worried about ",
	" in a tizzy over ", " worried about ", " in a tizz about ", " worried about ", " in a tizz over ", " worried about ",
	" sweating over ", " worrying about ", " sweating about ", " worrying about ", " sweating on ", " worrying about ",
	" sweated over ", " worried about ", " sweat over ", " worry about ",
	" stressing out about ", " worrying about ", " stressed out about ", " worried about ", " stressing about ", " worrying about ",
	" stressing over ", " worrying about ", " stressed about ", " worried about ", " stress about ", " worry about ", " stresses about ", " worries about ",
	" losing sleep over ", " worrying about ", " lose sleep over ", " worry about ", " lost sleep over ", " worried about ",
	" freaking out about ", " worried about ", " freaking out over ", " worried about ", " freaked out about ", " worried about ",
	" freaked out over ", " worried about ", " freak out about ", " worry about ", " freak out over ", " worry about ",
	" het up about ", " worried about ", " het up over ", " worried about ", " having kittens about ", " worried about ", " having kittens over ", " worried about ",
	" antsy ", " anxious ", " twitchy ", " nervous ", " nervy about ", " nervous about ", " jumpy about ", " nervous about ", " edgy about ", " nervous about ",
	" feart ", " afraid ",
	" what's eating ", " what worries ", " what’s eating ", " what worries ", " whats eating ", " what worries ", " what is eating ", " what worries ",
	" what's bugging ", " what worries ", " what’s bugging ", " what worries ", " whats bugging ", " what worries ", " what is bugging ", " what worries ",
	" up at night", " worried",
	// Wanting: wanna is want to; gagging, itching or dying to do something, or chomping (or
	// champing) at the bit to, is wanting to; hankering after or for a thing is wanting it;
	// mad keen or dead keen is keen, as keen as mustard is; dead set on a thing is keen on
	// it, dead set against it (or dead against it) opposed to it.
	" wanna ", " want to ",
	" gagging for ", " wanting ", " gagging to ", " wanting to ", " itching to ", " wanting to ", " itching for ", " wanting ", " dying to ", " wanting to ",
	" chomping at the bit to ", " wanting to ", " champing at the bit to ", " wanting to ", " chomping at the bit for ", " wanting ",
	" hankering after ", " wanting ", " hankering for ", " wanting ", " hanker after ", " want ", " hanker for ", " want ",
	" mad keen on ", " keen on ", " mad keen to ", " keen to ", " dead keen on ", " keen on ", " dead keen to ", " keen to ", " keen as mustard ", " keen ",
	" dead set against ", " opposed to ", " dead against ", " opposed to ", " dead set on ", " keen on ",
	// Countries as their neighbours call them: Ozzies are Aussies, down under is Australia,
	// the Norks are the North Koreans, and stateside, or in the States, is in the US.
	" ozzies ", " aussies ", " ozzie ", " aussie ", " down under ", " australia ",
	" norks ", " north koreans ", " nork ", " north korean ", " stateside ", " in the us ", " in the states ", " in the us ",
	// "-wise" after a noun only says what about ("uni wise", "history-wise"); to keep a
	// power in check is to curb it.
	" wise ", " ", "-wise ", " ",
	" keeping china in check", " curbing china", " keep china in check", " curb china", " kept china in check", " curbed china", " keeps china in check", " curbs china",
	" keeping beijing in check", " curbing beijing", " keep beijing in check", " curb beijing",
	// Three of 'em are three of them; "no worries if…" only excuses the asking.
	" of em ", " of them ", " no worries if ", " if ",
	// Plain talk: to put together a system is to build it; a plague is an epidemic; what
	// weighs on or upon someone concerns them.
	" to put together ", " to build ", " putting together ", " building ",
	" plague-season ", " epidemic ", " plague season ", " epidemic ", " plague ", " epidemic ",
	" weighs upon ", " concerns ", " weigh upon ", " concern ", " weighed upon ", " concerned ",
	" weighs on ", " concerns ", " weigh on ", " concern ",
	// Shorthand: labour comp is labour compensation; the editor of record is the editor, a
	// publishing outfit the publisher; the AP AOR (area of responsibility) is the Asia-Pacific
	// region; to sign up to something is to agree to it, or, of a course still open, to join it.
	" labor comp ", " labour compensation ", " labour comp ", " labour compensation ", " labor comp,", " labour compensation,", " labour comp,", " labour compensation,",
	" labor comp?", " labour compensation?", " labour comp?", " labour compensation?",
	" editor of record ", " editor ", " publishing outfit", " publisher", " ap aor", " asia-pacific region", " aor ", " region ",
	" to sign up to ", " to join ", " signing up to ", " joining ",
	" signed up to ", " agreed to ", " signs up to ", " agrees to ", " sign up to ", " agree to ",
	// A farmer's plain talk: to gripe about something is to complain of it, to protest it;
	// to handle a matter is to deal with it; the labour business is the labour issue, as
	// "business" says of a matter; a name bestowed on something is a name given it; "-wise"
	// closing a clause only says what about.
	" gripe about ", " protest about ", " griped about ", " protested about ", " gripes about ", " protests about ",
	" griping about ", " protesting about ", " gripin about ", " protesting about ", " gripin' about ", " protesting about ",
	" handling the ", " dealing with the ", " handlin the ", " dealing with the ", " handlin' the ", " dealing with the ",
	" labor business", " labor issue", " labour business", " labour issue", " compensation business", " compensation issue",
	// Daring to do something is doing it, the asker's doubt aside: "did they dare raise China".
	" dare to ", " ", " dared to ", " ", " dare ", " ", " dared ", " ",
	" bestowed upon ", " given ", " bestowed on ", " given ", " bestow upon ", " give ", " bestow on ", " give ",
	" wise, ", ", ", " wise. ", ". ", " wise? ", "? ", "-wise, ", ", ", "-wise. ", ". ", "-wise? ", "? ",
	"jan ", "january ", "feb ", "february ", "apr ", "april ", "jun ", "june ", "jul ", "july ",
	"aug ", "august ", "sept ", "september ",
	"oct ", "october ", "nov ", "november ", "dec ", "december ",
}

// withBoneThrown reads "throw Seoul a bone" (a lower-cased, spaced question) as the
// article's "take Seoul's concerns into account": the idiom wraps whom it is thrown to.
func withBoneThrown(q string) string {
	end := max(strings.Index(q, " a bone "), strings.Index(q, " any bone "))
	if end < 0 {
		return q // most questions
	}
	for _, verb := range []string{" throw ", " threw ", " throws ", " throwing "} {
		if i := strings.LastIndex(q[:end], verb); i >= 0 && strings.Count(q[i+len(verb):end], " ") < 3 {
			whom := q[i+len(verb) : end]
			rest := q[end+1:]
			rest = rest[strings.Index(rest, "bone ")+len("bone "):]
			return q[:i] + " take " + whom + "'s concerns into account " + rest
		}
	}
	return q
}

// withWoundUp reads "what winds Koreans up" (a lower-cased, spaced question) as "what angers
// Koreans": the British idiom wraps whom it winds up, a word or two.
func withWoundUp(q string) string {
	if !strings.Contains(q, " up ") {
		return q // most questions
	}
	for _, v := range [][2]string{{" winds ", " angers "}, {" wind ", " anger "}, {" winding ", " angering "}, {" wound ", " angered "}} {
		i := strings.Index(q, v[0])
		if i < 0 {
			continue
		}
		whom := q[i+len(v[0]):]
		end := strings.Index(whom, " up ")
		if end <= 0 || strings.Count(whom[:end], " ") > 1 {
			continue
		}
		return q[:i] + v[1] + whom[:end] + whom[end+len(" up"):]
	}
	return q
}

// withYearsInFull is q with each year of this century typed by its last two digits after an
// apostrophe written in full: "July '19" is July 2019. Not "the '90s".
func withYearsInFull(q string) string {
	for i := 0; i < len(q); i++ {
		mark := 0
		switch {
		case q[i] == '\'':
			mark = 1
		case strings.HasPrefix(q[i:], "’"):
			mark = len("’")
		default:
			continue
		}
		d := i + mark
		if (i > 0 && q[i-1] != ' ' && q[i-1] != '(') || d+2 > len(q) || !isDigit(q[d]) || !isDigit(q[d+1]) || q[d] > '2' ||
			d+2 < len(q) && (isDigit(q[d+2]) || isTypedLetter(q[d+2])) {
			continue
		}
		q = q[:i] + "20" + q[d:]
	}
	return q
}

// setOf is the set of the words in lists.
func setOf(lists ...[]string) map[string]bool {
	set := map[string]bool{}
	for _, l := range lists {
		for _, w := range l {
			set[w] = true
		}
	}
	return set
}

// readEveryday rewrites a question's everyday phrases (everydayPhrases), in lower case, its
// fillers left out first: "the summit actually start" is "the summit start".
func readEveryday(q string) string {
	r := withEverydayRead(withWoundUp(withBoneThrown(fillers.Replace(spacedLower(q)))))
	if c, ok := withoutEmptyAsides(r); ok {
		// "how does australia seek, in the author's view, to position itself": the aside
		// read as nothing, the phrase it parted ("seek to") is read whole.
		return withEverydayRead(c)
	}
	return r
}

// withoutEmptyAsides is q without the commas around asides its phrases read as nothing
// (", , "), each pair read as one space; false when there are none.
func withoutEmptyAsides(q string) (string, bool) {
	var b strings.Builder
	found := false
	for i := 0; i < len(q); i++ {
		if q[i] == ',' {
			j := i + 1
			for j < len(q) && q[j] == ' ' {
				j++
			}
			if j < len(q) && j > i+1 && q[j] == ',' {
				if !found {
					b.Grow(len(q))
					b.WriteString(q[:i])
					found = true
				}
				for j+1 < len(q) && q[j+1] == ' ' {
					j++
				}
				b.WriteByte(' ')
				i = j
				continue
			}
		}
		if found {
			b.WriteByte(q[i])
		}
	}
	if !found {
		return q, false
	}
	return b.String(), true
}

// spacedLower is q lower-cased between two spaces, so that a phrase read as whole words
// (" ppl ") is read at either end too; one allocation, as strings.ToLower's.
func spacedLower(q string) string {
	var b strings.Builder
	b.Grow(len(q) + 2)
	b.WriteByte(' ')
	for _, r := range q {
		b.WriteRune(unicode.ToLower(r))
	}
	b.WriteByte(' ')
	return b.String()
}

// fillers are words that only stress, left out of a question before its phrases are read.
var fillers = strings.NewReplacer(" actually ", " ", " really ", " ", " basically ", " ", " extra ", " ", " heaps ", " ") // an Aussie's "heaps softer"

func isStopword(w string) bool {
	if v, ok := extraStopwords[w]; ok {
		return v
	}
	return english.IsStopWord(w)
}

// longStopwords are the stopwords of minMisspeltLen letters or more, long enough to be told
// from other words when typed a letter off: Snowball's English list has no way to list its own.
var longStopwords = append([]string{
	"about", "above", "after", "again", "against", "because", "before", "being", "below",
	"between", "doing", "during", "further", "having", "herself", "himself", "itself", "myself",
	"other", "ourselves", "should", "their", "theirs", "themselves", "there", "these", "those",
	"through", "under", "until", "where", "which", "while", "yours", "yourself", "yourselves",
}, slices.Collect(maps.Keys(extraStopwords))...)

// stopwordTypos are the long stopwords typed a letter off: a letter short ("happend"; from
// six letters, as shorter words a letter short are mostly other words), a letter doubled
// ("towardss") or two neighbouring letters swapped ("becuase").
var stopwordTypos = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range longStopwords {
		if len(w) < minMisspeltLen || !isStopword(w) {
			continue
		}
		for i := range len(w) {
			if len(w) > minMisspeltLen {
				out[w[:i]+w[i+1:]] = true
			}
			out[w[:i+1]+w[i:]] = true
			if i+1 < len(w) && w[i] != w[i+1] {
				out[w[:i]+string(w[i+1])+string(w[i])+w[i+2:]] = true
			}
		}
	}
	return out
}()

// stem reduces a lower-case word to its Snowball (Porter2) stem.
func stem(w string) string {
	return english.Stem(w, true)
}

// countShared counts the words two sorted lists of stems share, only those counts accepts
// when it is not nil.
func countShared(a, b []string, counts func(string) bool) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			if counts == nil || counts(a[i]) {
				n++
			}
			i++
			j++
		}
	}
	return n
}
