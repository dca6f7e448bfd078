package briefs

import "testing"

// Spanish mixed in: its words no English word is spelt as are read wherever they stand, its
// function words and phrases only in a question told as Spanish.
func TestSpanishMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"What is Tokyo's papel in the alianza?", "What is Tokyo's role in the alliance?"},
		{"¿Por qué did Seoul drop GSOMIA, según el autor?", "why did Seoul drop GSOMIA, according to the author?"},
		{"Who was the primer ministro at the toma de posesión?", "Who was the prime minister at the inauguration?"},
		{"What did la Korea do?", "What did la Korea do?"},                    // one word is no Spanish question
		{"Japón no acepta las sentencias?", "Japan not accepts the rulings?"}, // "no" after Japón is no romaji possessive
		{"¿Cuál es el rol de Canberra, y qué prometió Biden?", "what is the role of Canberra, and what promised Biden?"},
		// A Peruvian student's register: its fillers left out, "pa'" read as for.
		{"oe causa, ¿qué reuniones se armaron al margen en Madrid? necesito el dato pa' mi nota pe",
			", what meetings were held on the sidelines in Madrid? i need the fact for my grade"},
		// A Mexican's and a Colombian's words: chat fillers left out, the idioms read whole.
		{"cómo difieren Tokio y Seúl en la forma de tratar a Pyongyang? uno es más duro o q",
			"how differ Tokyo and Seoul in the way to deal with Pyongyang? one is harder or what"},
		{"New Zealand's role, is it global or limited? ¿Hasta dónde llega?",
			"New Zealand's role, is it global or limited? how far does it reach?"},
		// A Spaniard's (Castilian) register: "tío" and "vale" left out, "vosotros" read as you.
		{"Vale, ¿qué envió Yoon a Japón antes de tomar posesión, vosotros lo sabéis?",
			"what sent Yoon to Japan before take office, do you know?"},
		{"Oye tío, ¿cuánto mide la isla Takeshima?", "how big is the island Takeshima?"},
		// An Argentine's (Rioplatense) register: "che" and "posta" left out, "la nota" read as
		// the article, voseo read as you.
		{"Che, ¿quién escribió esta nota? vos sabés? posta", "who wrote this article? do you know?"},
		{"¿Por qué Corea del Sur no se quiere pelear con China? dale explicame",
			"why South Korea does not want to fall out with China? explain"},
		// A Mexican's register: "güey" left out, "gringos" read as Americans, "o qué onda" as or what.
		{"¿Qué anda armando Washington en Asia, una OTAN asiática o qué onda?",
			"what is being set up by Washington in Asia, an Asian NATO or what?"},
		{"Oye güey, ¿qué papel le toca a Nueva Zelanda en la estrategia de los gringos?",
			"what role falls to New Zealand in the strategy of the Americans?"},
		// Who holds an office now ("actual" is current), and who came after whom.
		{"¿Quién es el canciller actual de Corea, el que reemplazó a Chung?",
			"who is the current foreign minister of Korea, the one who replaced Chung?"},
		{"¿Quién es el presidente actual de Corea y el ministro actual de Japón?",
			"who is the current president of Korea and the current minister of Japan?"},
		{"¿Qué dice el gobierno actual de la cumbre actual?", "what says the current government of the summit current?"},
		{"¿Quién reemplazó al ministro y por qué lo reemplazaron?", "who replaced the minister and why it replaced?"},
		{"¿Por qué quiere Yoon reemplazar la lista, y quién sustituyó al ministro?",
			"why wants Yoon replace the list, and who replaced the minister?"},
		{"¿Quién reemplazo a Chung y quién sustituyó a Park y sustituyo a Kim?",
			"who replaced Chung and who replaced Park and replaced Kim?"},
		{"¿Por qué Yoon reemplazó la lista y sustituyó el acuerdo?", "why Yoon replaced the list and replaced the agreement?"},
		{"¿Cuál es la cumbre, la que fue en Madrid?", "what is the summit, the one that was in Madrid?"},
		// Since what year; easy or hard for whom; "la de Japón", Japan's.
		{"¿Desde qué año anda el caso en las cortes? ¿desde que año?",
			"since when has been the case in the courts? since when?"},
		{"¿Es fácil a Japón? ¿facil a Corea? ¿difícil a China? ¿dificil a Seúl?",
			"is easy for Japan? easy for Korea? hard for China? hard for Seoul?"},
		{"¿Por qué es más regional que la de Japón y el de Japon? ¿la de japon, el de japón?",
			"why is more regional than Japan's and Japan's? Japan's, Japan's?"},
		{"¿Es más fuerte que la de Corea o el de Corea, la de China o el de China?",
			"is stronger than Korea's or Korea's, China's or China's?"},
		// Words Portuguese spells otherwise tell Spanish mixed in: "corto", "sus", "reemplazó".
		{"Where does Seoul focus its diplomacy a corto plazo?", "Where does Seoul focus its diplomacy in the short term?"},
		{"Is it easy for Washington to unite sus aliados de Asia?", "Is it easy for Washington to unite their allies of Asia?"},
		{"Who is el que reemplazó a Chung Eui-yong?", "Who is the one who replaced Chung Eui-yong?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"How does Washington see its alianza with Canberra?", "us-australia-alliance-cornerstone"},
		{"¿Por qué is Seoul so wary of Tokyo's export restricciones?", "japan-export-controls-july-2019"},
		// Spanish written whole, its opening mark read off.
		{"¿Quién moderó la reunión de los cuatro países?", "kishida-moderates-four-country-meeting"},
		{"¿Por qué Japón y Australia no pueden cortar con China?", "china-opportunities-japan-australia"},
		{"¿En qué región enfoca Seúl su diplomacia en el corto plazo?", "korea-focus-northeast-asia"},
		{"¿De qué tienen miedo en Corea con el gobierno de Yoon?", "korea-worries-one-sided-yoon"},
		{"¿Y el rol de Nueva Zelanda para Washington cuál es?", "new-zealand-role-limited-south-pacific"},
	})
}
