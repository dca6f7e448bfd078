package briefs

import (
	"bytes"
	"strings"
)

// A reader may name the countries and the matters of the article in Japanese, Chinese or
// Korean typed in Latin letters, or in Spanish, French or German: "Why is Kankoku more positive
// toward Chūgoku than Nihon is?", "Why is Hanguo hesitating to join the strategy led by
// Meiguo and Riben?", "the Miguk-Ilbon-Hanguk talks", "Kishida-san", "Corea del Sur",
// "Corée du Nord". withChatSpelledOut spells those words in English before a question is
// read, as it does words typed as in chat, so they name what their English names do; a
// compound of them is spelled part by part ("Miguk-Ilbon-Hanguk" is US–Japan–South Korea).
// Each is given as it is commonly typed, long vowels marked (ō, ū) and unmarked. None is an
// English word: "Chōsen" is given only with its mark. They are read here rather than as
// entity aliases, which are indexed into every fact they tag and would shift the ranking of
// every question on those countries.

// transliterated are the words, lower-cased, with their English.
var transliterated = map[string]string{
	// Japanese (romaji): the countries and their pairs.
	"nihon": "Japan", "kankoku": "South Korea", "chūgoku": "China", "chugoku": "China",
	"beikoku": "the US", "kitachōsen": "North Korea", "gōshū": "Australia", "goshu": "Australia",
	"nyūjīrando": "New Zealand", "nyujirando": "New Zealand",
	"nichi-bei-kan": "US–Japan–South Korea", "nichibeikan": "US–Japan–South Korea",
	"nikkan": "Japan–South Korea", "nichi-kan": "Japan–South Korea", "nichi-bei": "US–Japan",
	"nichibei": "US–Japan", "bei-kan": "US–South Korea", "nichi-gō": "Japan–Australia",
	"nichi-go": "Japan–Australia",
	// Japanese: offices, gatherings and the matters of the article.
	"shushō": "prime minister", "shusho": "prime minister", "daitōryō": "president",
	"daitoryo": "president", "gaimu": "foreign", "bōei": "defence", "boei": "defence",
	"daijin": "minister", "seiken": "government", "samitto": "summit", "kaidan": "talks",
	"shunō": "leaders", "shuno": "leaders", "dōmei": "alliance", "domei": "alliance",
	"mondai": "issue", "mokuhyō": "goals", "mokuhyo": "goals", "kaku": "nuclear",
	"ianfu": "comfort women", "chōyōkō": "wartime labour", "choyoko": "wartime labour",
	"osensui": "waste water", "yushutsu": "export", "kisei": "controls",
	// Chinese (pinyin), as the article's own names are: the countries and Biden.
	"riben": "Japan", "hanguo": "South Korea", "meiguo": "the US", "zhongguo": "China",
	"chaoxian": "North Korea", "beichaoxian": "North Korea", "aodaliya": "Australia",
	"xinxilan": "New Zealand", "baideng": "Biden",
	// Japanese asking words: why, how, what, when, where.
	"naze": "why", "doushite": "why", "dōshite": "why", "dou": "how", "nani": "what", "itsu": "when", "doko": "where",
	// Korean (revised romanisation): the countries and the matters of the article.
	"hanguk": "South Korea", "hankook": "South Korea", "ilbon": "Japan", "miguk": "the US",
	"bukhan": "North Korea", "jungguk": "China", "junggook": "China", "hoju": "Australia", "nyujillaendeu": "New Zealand",
	"jeongbu": "government", "wianbu": "comfort women", "daetongnyeong": "president", "daetongryeong": "president",
	"chongni": "prime minister",
	// Spanish, the host's language, and French: names of one word (transliteratedNames has
	// the rest).
	"japón": "Japan", "tokio": "Tokyo", "seúl": "Seoul", "corea": "Korea", "pekín": "Beijing",
	"pionyang": "Pyongyang", "singapur": "Singapore", "norcoreano": "North Korean", "norcoreana": "North Korean",
	"surcoreano": "South Korean", "surcoreana": "South Korean", "japonés": "Japanese", "japonesa": "Japanese",
	"tema": "issue", "cumbre": "summit",
	// Spanish words no English word is spelt as, read wherever they stand (spanish.go has
	// the function words, read only in a question told as Spanish).
	"cumbres": "summits", "temas": "issues", "países": "countries", "año": "year", "años": "years", "tres": "three", "cuatro": "four", "hora": "time",
	"minutos": "minutes", "día": "day", "según": "according to", "artículo": "article", "autor": "author",
	"análisis": "analysis", "analistas": "analysts", "alianza": "alliance", "papel": "role", "áreas": "areas",
	"relación": "relationship", "relaciones": "relations", "gobierno": "government", "ministro": "minister",
	"ministra": "minister", "presidente": "president", "secretario": "secretary", "diplomacia": "diplomacy",
	"estrategia": "strategy", "comercio": "trade", "restricciones": "restrictions", "materiales": "materials",
	"industria": "industry", "mecanismo": "mechanism", "prioridad": "priority", "objetivo": "goal", "objetivos": "goals",
	"progresistas": "progressives", "preocupación": "concern", "pelea": "dispute", "delicado": "sensitive",
	"contento": "satisfied", "julio": "July", "agosto": "August", "junio": "June", "noviembre": "November",
	"sistema": "system", "seguridad": "security", "toneladas": "tonnes", "soldados": "soldiers", "americanos": "American",
	"empresas": "companies", "fallo": "ruling", "canciller": "foreign minister", "campaña": "campaign",
	"presupuesto": "budget", "defensa": "defence", "policía": "police", "moderador": "moderator", "ceremonia": "ceremony",
	"compromiso": "commitment", "sentimiento": "sentiment", "aeropuerto": "airport", "misiles": "missiles",
	"simbólica": "symbolic", "simbólico": "symbolic", "frase": "phrase", "exacta": "exact", "receta": "recipe",
	"isla": "island", "próxima": "next", "última": "last", "primera": "first", "vez": "time", "japoneses": "the Japanese",
	"completamente": "completely", "cohesión": "cohesion", "eslabón": "link", "débil": "weak", "dólares": "dollars",
	"público": "public", "acuerdo": "agreement", "rusia": "Russia", "filipinas": "the Philippines", "canadá": "Canada",
	"finlandia": "Finland", "suecia": "Sweden", "otan": "NATO", "españa": "Spain", "taiwán": "Taiwan", "omc": "WTO",
	"mundial": "World Cup", "fútbol": "football", "calor": "heat", "posición": "position",
	"japon": "Japan", "chine": "China", "australie": "Australia", "corée": "Korea", "pékin": "Beijing",
	"singapour": "Singapore", "nouvelle-zélande": "New Zealand", "états-unis": "the US", "etats-unis": "the US",
	// German.
	"südkorea": "South Korea", "nordkorea": "North Korea", "neuseeland": "New Zealand", "australien": "Australia",
	// Korean in Hangul, between spaces: places the entities' own Hangul names leave out.
	"서울": "Seoul", "도쿄": "Tokyo", "캔버라": "Canberra", "웰링턴": "Wellington", "마드리드": "Madrid",
	"워싱턴": "Washington", "베이징": "Beijing", "평양": "Pyongyang", "인도": "India", "독도": "Dokdo",
}

// transliteratedNames are the names, and Spanish phrases, of two or three words, lower-cased,
// with their English: "Corea del Sur" is read as South Korea whole, not word by word.
var transliteratedNames = map[string]string{
	"kita chōsen":   "North Korea",
	"corea del sur": "South Korea", "corea del norte": "North Korea", "estados unidos": "the US",
	"nueva zelanda": "New Zealand", "corée du sud": "South Korea", "corée du nord": "North Korea",
	"nouvelle zélande": "New Zealand", "vereinigte staaten": "the US", "vereinigten staaten": "the US",
	// Spanish phrases of the article's matters, read wherever they stand.
	"toma de posesión": "inauguration", "primer ministro": "prime minister", "primera ministra": "prime minister",
	"secretario general": "secretary general", "secretario de estado": "secretary of state", "jefe de policía": "police chief",
	"presupuesto de defensa": "defence budget", "sistema de seguridad": "security system", "política exterior": "foreign policy",
	"ministerio de exteriores": "foreign ministry", "campaña electoral": "election campaign", "cambio de gobierno": "change of government",
}

// Transliterations calls yield with each name of an entity typed in Latin letters from
// Japanese, Chinese or Korean, or in Spanish or French, lower-cased, and the entity it names: "kankoku"
// and South Korea. Commands read them as they read an entity's aliases ("/relations kankoku
// nihon"); they are no aliases, which would be indexed into every fact the entity tags.
func (s *Store) Transliterations(yield func(typed string, e *Entity) bool) {
	for _, m := range []map[string]string{transliterated, transliteratedNames} { // not "Indo" alone: it is the Indo-Pacific
		for typed, english := range m {
			if e := s.EntityNamed(english); e != nil && !yield(typed, e) {
				return
			}
		}
	}
}

// nameStarts are the first words of transliteratedNames, for finding them without reading
// every question word by word.
var nameStarts = func() map[string]bool {
	out := map[string]bool{}
	for n := range transliteratedNames {
		first, _, _ := strings.Cut(n, " ")
		out[first] = true
	}
	return out
}()

// withNamesJoined is words with each of transliteratedNames typed across them put as its
// English, in the place of its first word; words is changed in place and returned shorter.
func withNamesJoined(words []string) []string {
	out := words[:0]
	for i := 0; i < len(words); i++ {
		w := words[i]
		if nameStarts[strings.ToLower(w)] {
			for n := 3; n >= 2; n-- {
				if i+n > len(words) {
					continue
				}
				typed := strings.Join(words[i:i+n], " ")
				core := strings.TrimRight(typed, "?!.,;:)")
				name := strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s")
				if right, ok := transliteratedNames[strings.ToLower(name)]; ok {
					w = right + typed[len(name):]
					i += n - 1
					break
				}
			}
		}
		out = append(out, w)
	}
	return out
}

// spelledInEnglish is a word typed in Latin letters from Japanese, Chinese or Korean in
// English, a compound part by part; false when it is none.
func spelledInEnglish(word string) (string, bool) {
	lower := strings.ToLower(word)
	if right, ok := transliterated[lower]; ok {
		return right, true
	}
	if !strings.ContainsAny(lower, "-–") {
		return word, false
	}
	parts := strings.FieldsFunc(word, func(r rune) bool { return r == '-' || r == '–' }) // "US–Japon"
	changed := false
	for i, p := range parts {
		if right, ok := transliterated[strings.ToLower(p)]; ok {
			parts[i], changed = strings.TrimPrefix(right, "the "), true
		}
	}
	if !changed {
		return word, false
	}
	return strings.Join(parts, "–"), true
}

// transliteratedIn reports whether a lower-cased word, or a part of it between hyphens, is
// one of transliterated. It reads the parts in place: hasChatSpelling reads every question.
func transliteratedIn(word []byte) bool {
	for from := 0; from <= len(word); {
		to := bytes.IndexByte(word[from:], '-')
		if to < 0 {
			to = len(word)
		} else {
			to += from
		}
		if _, ok := transliterated[string(word[from:to])]; ok {
			return true
		}
		from = to + 1
	}
	return false
}

// typedTitles are Japanese, Korean and Chinese offices typed in Latin letters, one or two
// words, with their English. Typed after a name, as those languages put them ("Yoon
// daitōryō", "Yoon daetongnyeong"), they are put before it, as English does ("President
// Yoon"): an office after a name reads as someone's office.
var typedTitles = map[string]string{
	"shushō": "Prime Minister", "shusho": "Prime Minister", "daitōryō": "President", "daitoryo": "President",
	"gaimu daijin": "Foreign Minister", "bōei daijin": "Defence Minister", "boei daijin": "Defence Minister",
	// Korean (revised romanisation, and the older spelling people still type) and pinyin.
	"daetongnyeong": "President", "daetongryeong": "President", "chongni": "Prime Minister",
	"zongtong": "President", "shouxiang": "Prime Minister",
}

// romajiPossessors are the countries typed in Latin letters that the particle "no" makes
// possessive ("Indo no Modi shushō" is India's Prime Minister Modi), with their English;
// transliterated gives the rest. "Indo" is read only so: "Indo Pacific" is the region.
var romajiPossessors = map[string]string{"indo": "India"}

// withJapaneseOrder is words with each typedTitles office typed right after a capitalised
// name put before it, and a country typed in Latin letters followed by the particle "no"
// made possessive; words is changed in place and returned shorter.
func withJapaneseOrder(words []string) []string {
	out := words[:0]
	for i := 0; i < len(words); i++ {
		w := words[i]
		if strings.EqualFold(w, "no") && len(out) > 0 && i+1 < len(words) {
			prev := strings.ToLower(out[len(out)-1])
			if name, ok := romajiPossessors[prev]; ok {
				out[len(out)-1] = name + "'s"
				continue
			}
			if _, ok := transliterated[prev]; ok && !strings.ContainsAny(prev, "áéíóúñãõç") {
				out[len(out)-1] += "'s" // not Spanish "Japón no acepta", Japan does not accept
				continue
			}
		}
		if len(out) > 0 && isCapitalisedName(out[len(out)-1]) {
			for n := 2; n >= 1; n-- {
				if i+n > len(words) {
					continue
				}
				typed := strings.Join(words[i:i+n], " ")
				core := strings.TrimRight(typed, "?!.,;:)")
				tail := typed[len(core):]
				for _, p := range []string{"'s", "’s"} {
					if c, ok := strings.CutSuffix(core, p); ok {
						core, tail = c, p+tail // "Yoon daetongryeong's inauguration" is President Yoon's
						break
					}
				}
				if title, ok := typedTitles[strings.ToLower(core)]; ok {
					if strings.HasSuffix(out[len(out)-1], "'s") {
						out = append(out, title+tail) // "Nihon no shusho" is Japan's prime minister
					} else {
						out[len(out)-1] = title + " " + out[len(out)-1] + tail
					}
					i += n - 1
					w = ""
					break
				}
			}
			if w == "" {
				continue
			}
		}
		out = append(out, w)
	}
	return out
}

// isCapitalisedName reports whether a typed word is a capitalised name, with nothing after
// it: "Yoon", not "Yoon," nor "(Japan)".
func isCapitalisedName(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z' && !strings.ContainsAny(w, "?!.,;:()")
}

// honorifics are the Japanese titles typed after a name ("Kishida-san"): the name alone is
// who is meant.
var honorifics = []string{"-san", "-sama", "-shi", "-kun", "-chan", "-sensei"}

// withoutHonorific is a word without the honorific it ends with, if any.
func withoutHonorific(word string) (string, bool) {
	for _, h := range honorifics {
		if len(word) > len(h) && strings.EqualFold(word[len(word)-len(h):], h) {
			return word[:len(word)-len(h)], true
		}
	}
	return word, false
}

// endsWithHonorific reports whether a lower-cased word ends with an honorific.
func endsWithHonorific(word []byte) bool {
	for _, h := range honorifics {
		if len(word) > len(h) && bytes.HasSuffix(word, []byte(h)) {
			return true
		}
	}
	return false
}
