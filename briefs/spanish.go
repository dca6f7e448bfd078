package briefs

// Spanish, the summit host's language, mixed with English ("¿Por qué was the Kimpo-Haneda route
// closed for more than dos años?"). Its words no English word is spelt as are read in English
// wherever they stand (transliterated: "alianza", "según"); its function words and phrases,
// which English words may look like, only in a question told as mixing Spanish in, by two of
// spanishMarkers.

// spanishMarkers are Spanish words that seldom occur in an English question.
var spanishMarkers = setOf([]string{"el", "los", "las", "del", "qué", "¿por", "cuál", "cuáles", "por", "y", "más", "menos",
	"según", "dos", "años", "año", "tres", "oye", "bueno", "eso", "para", "autor", "artículo", "cumbre", "cumbres",
	"tema", "temas", "vez", "dicen", "tengo", "hace", "sea", "puede", "aparte", "contra", "mano", "dura", "suave",
	"hoy", "su", "era", "como", "la", "de", "principal", "objetivo", "objetivos", "alianza", "papel", "relación",
	"relaciones", "gobierno", "diplomacia", "estrategia", "isla", "primera", "última", "países", "áreas"})

// spanish are Spanish function words with their English, or "" for those an English question
// would not need; transliterated holds the rest.
var spanish = map[string]string{
	"el": "the", "la": "the", "los": "the", "las": "the", "del": "of the", "de": "of", "y": "and", "o": "or",
	"qué": "what", "cuál": "which", "cuáles": "which", "por": "for", "para": "for", "como": "as", "en": "in",
	"al": "to the", "su": "its", "es": "is", "era": "was", "más": "more", "menos": "less", "eso": "that",
	"oye": "", "bueno": "", "dicen": "they say", "antes": "before", "hoy": "today", "principal": "main",
	"dos": "two",
}

// spanishPhrases are Spanish phrases of two to four words with their English.
var spanishPhrases = map[string]string{
	"por qué": "why", "¿por qué": "why", "por favor": "", "más o menos": "", "o sea": "", "si se puede": "",
	"tengo curiosidad": "", "eso de": "", "aparte de eso": "besides that", "aparte de": "besides",
	"según el autor": "according to the author", "según el artículo": "according to the article",
	"según algunos analistas": "according to some analysts", "para el autor": "in the author's view",
	"la última vez": "the last time", "la primera vez": "the first time", "las dos": "both", "dos años": "two years",
	"hace mucho calor": "is it hot", "en contra del": "against the", "en contra de": "against",
	"mano dura": "a hard line", "más suave": "softer", "al final": "in the end", "en público": "in public",
	"el tema principal": "the main issue", "eslabón más débil": "weakest link", "cuál era su objetivo principal": "what was its main goal",
	"de la": "of the", "la frase exacta": "the exact phrase",
}
