package briefs

// Hawaii Pidgin (Hawaiian Creole English), as a reader from the islands may write English
// ("brah where dey wen hold da NATO summit?", "wat kine security setup Japan trying fo
// build?"). Its words are read in English only in a question told as Hawaii Pidgin, by two
// of hawaiiMarkers, one of its tellers ("brah", "befo", "togeddah") or its telling pairs
// ("da kine", "wat da", "dey wen", "wen" before a verb): "da" is Italian and Portuguese,
// "wat" Dutch, "dey" and "dat" Nigerian Pidgin, "wen" patois (when) and German (whom).
// So told, "wen" before a verb tells the past ("wen say", said), "stay" is is, "get" have,
// "one" a, "like" before a verb want to, and "fo" before a verb to.

// hawaiiMarkers are Hawaii Pidgin words that seldom occur in an English question.
var hawaiiMarkers = setOf([]string{"brah", "bruddah", "braddah", "befo", "fo", "togeddah", "afta", "oddah", "hea",
	"wea", "shootz", "howzit", "bumbye", "dakine", "pilikia", "akamai", "togetha", "wata", "ova", "dere", "mos", "pau",
	"aftah", "dose", "dese", "ting", "tings", "nevah", "bettah", "ovah", "undah", "watevah", "brudda", "sistah",
	"plenny", "laddat", "hamajang"})

// hawaiiTellers are Hawaii Pidgin words no English question holds, one of which tells a
// question written in Hawaii Pidgin.
var hawaiiTellers = setOf([]string{"brah", "bruddah", "braddah", "befo", "fo", "togeddah", "afta", "oddah", "shootz",
	"howzit", "bumbye", "dakine", "togetha", "aftah", "brudda", "laddat", "hamajang"})

// hawaiiTellingPairs are two words, neither a Hawaii Pidgin marker alone, that together tell
// a question written in it: "wen" before a verb is its past ("dey wen go"), where patois's
// "wen" is when.
var hawaiiTellingPairs = [][2]string{{"da", "kine"}, {"wat", "kine"}, {"dis", "kine"}, {"dat", "kine"}, {"wat", "da"},
	{"wat", "dey"}, {"wat", "happen"}, {"wen", "da"}, {"dey", "wen"}, {"dat", "wen"}, {"bout", "da"}, {"bout", "wat"}, {"wit", "da"}, {"fo", "da"},
	{"wen", "say"}, {"wen", "go"}, {"wen", "get"}, {"wen", "do"}, {"wen", "talk"}, {"wen", "promise"},
	{"wen", "agree"}, {"wen", "send"}, {"wen", "start"}, {"wen", "hit"}, {"wen", "protest"}, {"wen", "bring"},
	{"wen", "call"}, {"wen", "decide"}, {"wen", "sign"}, {"wen", "try"}, {"wen", "write"}, {"wen", "run"},
	{"wen", "happen"}, {"wen", "hold"}, {"wen", "tell"}, {"wen", "make"}, {"wen", "put"}, {"wen", "meet"},
	{"wen", "sit"}, {"wen", "set"}, {"wen", "shut"}, {"wen", "join"}, {"wen", "kick"}, {"wen", "land"},
	{"wen", "lose"}, {"wen", "push"}, {"wen", "react"}, {"wen", "restrict"}, {"wen", "rule"}, {"wen", "slap"},
	{"wen", "tighten"}, {"wen", "warm"}, {"wen", "drop"}, {"wen", "clamp"}, {"wen", "beef"}, {"wen", "give"},
	{"wen", "come"}, {"wen", "take"}, {"wen", "see"}, {"wen", "invite"}, {"wen", "visit"}, {"wen", "leave"},
	{"wen", "host"}, {"wen", "announce"}, {"wen", "ask"}, {"wen", "want"}, {"wen", "tink"}, {"wen", "know"},
	{"wen", "pull"}, {"wen", "end"}, {"wen", "cut"}, {"wen", "build"}, {"wen", "feel"}, {"wen", "find"},
	{"wen", "keep"}, {"wen", "pay"}, {"wen", "show"}, {"wen", "stop"}, {"wen", "become"}, {"wen", "attend"},
	{"wen", "mention"}, {"wen", "raise"}, {"wen", "impose"}, {"wen", "refuse"}, {"wen", "reject"},
	{"wen", "release"}, {"wen", "dump"}, {"wen", "warn"}, {"wen", "claim"}, {"wen", "respond"},
	{"wen", "discuss"}, {"wen", "focus"}, {"wen", "fight"}, {"wen", "lead"}, {"wen", "moderate"},
	{"wen", "pick"}, {"wen", "choose"}, {"wen", "file"}, {"wen", "complain"},
	// "stay" before an adjective or a verb's "-ing", or after the noun it closes a question
	// with ("how big dat island stay?"), is is; "going" before a verb is going to; "how dey",
	// how they, where Nigerian Pidgin says "dem"; "round da", around the.
	{"stay", "worry"}, {"stay", "worried"}, {"stay", "focusing"}, {"stay", "mostly"}, {"stay", "most"},
	{"island", "stay"}, {"going", "stop"}, {"how", "dey"}, {"round", "da"},
	// "da" before an English word no Italian or Portuguese "da" comes before; "o wat", or
	// what; "mo" before an adjective, more; "tink bout", think about.
	{"da", "four"}, {"da", "three"}, {"da", "two"}, {"da", "writer"}, {"da", "author"},
	{"da", "progressive"}, {"da", "progressives"}, {"da", "editor"}, {"da", "textbooks"}, {"da", "nukes"},
	{"da", "biden"}, {"da", "quad"}, {"da", "ocean"}, {"da", "alliance"}, {"da", "us"}, {"da", "mos"}, {"da", "most"},
	{"da", "yoon"},
	{"o", "wat"}, {"mo", "easy"}, {"mo", "chill"}, {"mo", "close"}, {"tink", "bout"}}

// hawaii are Hawaii Pidgin words with their English, or "" for those an English question
// would not need.
var hawaii = map[string]string{
	"da": "the", "wat": "what", "wen": "did", "dey": "they", "dem": "them", "dat": "that", "dis": "this",
	"dere": "there", "wit": "with", "bout": "about", "befo": "before", "afta": "after", "togeddah": "together",
	"oddah": "other", "odda": "other", "ova": "over", "hea": "here", "wea": "where", "mo": "more", "den": "than",
	"fo": "for", "kine": "", "dakine": "", "ting": "thing", "tings": "things", "tink": "think", "anyting": "anything",
	"someting": "something", "everyting": "everything", "noting": "nothing", "stay": "is", "get": "have",
	"one": "a", "o": "or", "an": "and", "um": "them", "nah": "not", "neva": "never", "brah": "", "bruddah": "",
	"braddah": "", "shootz": "", "howzit": "", "bumbye": "later", "pau": "finished", "pilikia": "trouble",
	"akamai": "smart", "huhu": "angry", "dass": "that's", "beef": "dispute", "tho": "though", "gon": "going to",
	"togetha": "together", "wata": "water", "mos": "most", "ppl": "people", "govt": "government",
	"govts": "governments", "tinking": "thinking", "aftah": "after", "dose": "those", "dese": "these",
	"nevah": "never", "bettah": "better", "ovah": "over", "undah": "under", "watevah": "whatever", "brudda": "",
	"sistah": "", "plenny": "plenty", "laddat": "like that", "hamajang": "messed up",
}

// hawaiiPhrases are Hawaii Pidgin phrases of two to four words with their English.
var hawaiiPhrases = map[string]string{
	// "wen" before a verb tells its past; before a noun it asks when.
	"wen say": "said", "wen go": "went", "wen get": "got", "wen do": "did", "wen talk": "talked",
	"wen promise": "promised", "wen agree": "agreed", "wen send": "sent", "wen start": "started", "wen hit": "hit",
	"wen protest": "protested", "wen bring": "brought", "wen call": "called", "wen decide": "decided",
	"wen sign": "signed", "wen try": "tried", "wen write": "wrote", "wen run": "ran", "wen happen": "happened",
	"wen hold": "held", "wen tell": "told", "wen make": "made", "wen put": "put", "wen meet": "met",
	"wen sit": "sat", "wen set": "set", "wen shut": "shut", "wen join": "joined", "wen kick": "kicked",
	"wen land": "landed", "wen lose": "lost", "wen push": "pushed", "wen react": "reacted", "wen restrict": "restricted",
	"wen rule": "ruled", "wen slap": "slapped", "wen tighten": "tightened", "wen warm": "warmed", "wen drop": "dropped",
	"wen clamp": "clamped", "wen beef": "complained", "wen give": "gave", "wen come": "came", "wen take": "took",
	"wen see": "saw", "wen invite": "invited", "wen visit": "visited", "wen leave": "left", "wen host": "hosted",
	"wen announce": "announced", "wen ask": "asked", "wen want": "wanted", "wen tink": "thought", "wen know": "knew",
	"wen pull": "pulled", "wen end": "ended", "wen cut": "cut", "wen build": "built", "wen feel": "felt",
	"wen find": "found", "wen keep": "kept", "wen pay": "paid", "wen show": "showed", "wen stop": "stopped",
	"wen become": "became", "wen attend": "attended", "wen mention": "mentioned", "wen raise": "raised",
	"wen impose": "imposed", "wen refuse": "refused", "wen reject": "rejected", "wen release": "released",
	"wen dump": "dumped", "wen warn": "warned", "wen claim": "claimed", "wen respond": "responded",
	"wen discuss": "discussed", "wen focus": "focused", "wen fight": "fought", "wen lead": "led",
	"wen moderate": "moderated", "wen pick": "picked", "wen choose": "chose",
	"wen file": "filed", "wen complain": "complained",
	"wen get invite": "got invited", "wen get invited": "got invited", "wen try do": "tried to do",
	"wen talk story": "talked", "wen go da": "went to the", "wen go nato": "went to NATO", "wen go yoon": "went to Yoon's",
	"wen go madrid": "went to Madrid", "wen go japan": "went to Japan", "wen go korea": "went to Korea",
	"wen da": "when the", "wen dis": "when this", "wen dat": "when that", "wen dey": "when they", "wen was": "when was",
	"wen is": "when is", "wen did": "when did", "wen japan": "when Japan", "wen korea": "when Korea",
	"wen seoul": "when Seoul", "wen tokyo": "when Tokyo", "wen yoon": "when Yoon", "wen nato": "when NATO",
	"summit wen go": "summit lasted",
	// Going somewhere is said without "to".
	"went madrid": "went to Madrid", "went dokdo": "went to Dokdo", "went nato": "went to NATO",
	"went da": "went to the", "go da": "go to the", "going da": "going to the", "go court": "go to court",
	"coming asia": "coming to Asia",
	// "stay" is is, and are after a plural.
	"countries stay": "countries are", "troops stay": "troops are", "ppl stay": "people are", "dey stay": "they are",
	"stay worry": "is worried", "stay focus": "is focused", "stay stick": "sticks", "stay going": "is going",
	"stay trying": "is trying", "stay building": "is building", "stay from": "is from",
	"stay worried": "is worried", "stay focusing": "is focusing", "stay mostly": "is mostly", "stay most": "is most",
	"island stay": "island is", "guys stay": "guys are",
	// "like" before a verb is want to; "fo" before one is to; "going" before one is going to.
	"like get": "want to get", "like do": "want to do", "like push": "want to push", "like make": "want to make",
	"like go": "want to go", "like see": "want to see", "like build": "want to build", "like join": "want to join",
	"really like": "really want", "like fo": "want for",
	"fo build": "to build", "fo catch": "to catch", "fo curb": "to curb", "fo do": "to do", "fo explore": "to explore",
	"fo get": "to get", "fo handle": "to handle", "fo host": "to host", "fo piece": "to piece", "fo pull": "to pull",
	"fo make": "to make", "fo go": "to go", "fo see": "to see", "fo join": "to join", "fo push": "to push",
	"fo take": "to take", "fo help": "to help", "fo stop": "to stop", "fo keep": "to keep", "fo fix": "to fix",
	"fo deal": "to deal", "fo talk": "to talk", "fo work": "to work", "fo contain": "to contain", "fo deter": "to deter",
	"fo counter": "to counter", "fo strengthen": "to strengthen", "fo protect": "to protect", "fo solve": "to solve",
	"fo become": "to become", "fo be": "to be", "fo win": "to win", "fo lead": "to lead", "fo balance": "to balance",
	"going be": "going to be", "going do": "going to do", "going make": "going to make", "going join": "going to join",
	"going focus": "going to focus", "going lean": "going to lean", "going release": "going to release",
	"going dump": "going to dump", "going happen": "going to happen", "going go": "going to go",
	"going take": "going to take", "going send": "going to send", "going hold": "going to hold",
	"going get": "going to get", "going push": "going to push", "going pull": "going to pull",
	"going stop": "going to stop",
	// "get" is have, but not where English gets.
	"get along": "get along", "get out": "get out", "get fo do": "have to do", "no get along": "don't get along",
	"no can": "cannot", "no like": "don't want", "no get": "don't have",
	// "kine" after an asking word is kind of, and fills elsewhere ("big picture kine").
	"wat kine": "what kind of", "which kine": "which kind of", "dis kine": "this kind of", "dat kine": "that kind of",
	"its kine": "its kind of", "one kine": "a kind of", "any kine": "any kind of", "da kine": "the",
	"which one": "which one", "one of": "one of", "last one": "last one", "first one": "first one",
	"dis one": "this one", "dat one": "that one", "o wat": "or what", "or wat": "or what", "ova hea": "over here",
	"mo close": "closer", "mo soft": "softer", "mo big": "bigger", "mo better": "better", "mo bettah": "better",
	"li dat": "like that", "talk story": "talk", "all huhu": "angry", "wea get": "where is there",
	"take ova": "take over", "took ova": "took over", "mo easy": "easier", "mo easy on": "softer on",
	"mo chill": "more relaxed", "tink easy": "think it is easy", "gotta get": "has to get", "round da": "around the",
	"pau wit": "done with", "dey pau wit": "they quit", "stay pau": "is finished", "get mad": "get angry",
	"wen get mad": "got angry",
}
