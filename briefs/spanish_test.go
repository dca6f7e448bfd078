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
		// Chat spellings tell Spanish and are read: "xq", "xk", "porq" why, "tmb" also; "q" is what
		// only in a question told so, for Tagalog and Portuguese chat type it too.
		{"xq kishida fue a madrid?", "why kishida went to madrid?"},
		{"xk Yoon fue a Madrid?", "why Yoon went to Madrid?"},
		{"porq Ardern fue?", "why Ardern was?"},
		{"¿Japón tmb?", "Japan also?"},
		{"¿Y Corea tmbn?", "and Korea also?"},
		{"¿pq Japón y Corea se pelean?", "why Japan and Korea dispute?"},
		{"xfa dime, osea, ¿Corea tbn dejó el GSOMIA, y por qué?", "tell me,, Korea also stopped the GSOMIA, and why?"},
		{"¿Y q paso con la ruta Gimpo-Haneda?", "and what happened to the route Gimpo-Haneda?"},
		{"¿x q y por q se cerró la ruta?", "why and why closed the route?"},
		{"¿q es el GSOMIA y en q año se firmó?", "what is the GSOMIA and in what year signed?"},
		{"¿de q hablaron? ¿q tal la cumbre?", "what did they talk about? how is the summit?"},
		{"¿De q país es el autor?", "what country is the author?"},
		{"¿q opina Yoon y q piensa Ardern de la cumbre?", "what does think Yoon and what does think Ardern of the summit?"},
		{"¿Y que piensa Japón?", "and what does think Japan?"},
		// Asking words typed without accents: "cual", "cuales", and what about, what to do with.
		{"Kishida's goal, cual fue?", "Kishida's goal, what was?"},
		{"The results of Madrid, cuales fueron?", "The results of Madrid, what were?"},
		{"¿Y cuales son los objetivos?", "and what are the goals?"},
		{"¿Y cuales fueron los acuerdos?", "and what were the agreements?"},
		{"¿que pasa con el GSOMIA? ¿q pasa con la lista?", "what happens with the GSOMIA? what happens with the list?"},
		{"¿Y que paso con la ruta?", "and what happened to the route?"},
		{"¿que tiene que ver el GSOMIA con la lista?", "what does have to do the GSOMIA with the list?"},
		// The article's matters as Latin American Spanish names them.
		{"Norcorea vs Surcorea?", "North Korea vs South Korea?"},
		{"¿EUA y Japón?", "United States and Japan?"},
		{"What is la cuasi-alianza?", "What is the quasi-alliance?"},
		{"cuasi aliados, Tokio o Seúl?", "quasi allies, Tokyo or Seoul?"},
		{"What did los mandatarios say?", "What did the leaders say?"},
		{"preocupaciones de Australia?", "concerns of Australia?"},
		{"inquietudes de Nueva Zelanda?", "concerns of New Zealand?"},
		{"desacuerdos, fricciones?", "disagreements, frictions?"},
		{"secuestros de japoneses?", "abductions of Japanese?"},
		{"las indemnizaciones?", "the compensation?"},
		{"las exportaciones?", "the exports?"},
		{"Japón restringio chips?", "Japan restricted chips?"},
		{"¿Cuándo reabrio Gimpo-Haneda?", "when reopened Gimpo-Haneda?"},
		{"Estrategia indopacifico?", "strategy Indo-Pacific?"},
		{"¿Estrategia indopacífico?", "strategy Indo-Pacific?"},
		{"¿la estrategia indo-pacífica y la indo-pacifica?", "the strategy Indo-Pacific and the Indo-Pacific?"},
		{"¿la reunion de jefes y el jefe del mandatario?", "the meeting of heads and the head of the leader?"},
		{"¿Japón está preocupado, Corea preocupada y los dos preocupados?",
			"Japan is worried, Korea worried and the two worried?"},
		{"¿los roces y las posturas?", "the frictions and the positions?"},
		{"¿las abducciones de japoneses?", "the abductions of Japanese?"},
		{"¿El islote o los islotes?", "the islet or the islets?"},
		{"¿La primera ministra neozelandesa y los neozelandeses?",
			"the prime minister New Zealand and the New Zealanders?"},
		{"¿Qué critican, qué niega y qué niegan?", "what criticize, what denies and what deny?"},
		{"¿Por qué cancelaron y reabrieron la ruta?", "why cancelled and reopened the route?"},
		{"¿Qué lanza Pionyang y qué lanzan?", "what launches Pyongyang and what launch?"},
		{"¿Japón elimino o eliminó a Corea? ¿Para qué eliminar?", "Japan removed or removed to Korea? why remove?"},
		{"¿Por qué Japón excluyó a Corea?", "why Japan excluded to Korea?"},
		{"¿Quién asistio de Japón?", "who attended of Japan?"},
		{"¿Por qué Japón impone controles o restringe?", "why Japan imposes controls or restricts?"},
		{"¿Quién fue a la toma de protesta de Yoon?", "who went to the inauguration of Yoon?"},
		{"¿Cuántos jefes de estado fueron?", "how many heads of state were?"},
		{"¿De qué hablaron en la reunion trilateral y la cumbre trilateral?",
			"what did they talk about in the trilateral meeting and the trilateral summit?"},
		{"¿Qué es la autonomia estrategica de Corea?", "what is the strategic autonomy of Korea?"},
		{"¿Y el pacifico sur, el pacífico del sur y el pacifico del sur?",
			"and the South Pacific, the South Pacific and the South Pacific?"},
		{"¿Corea es una potencia intermedia? ¿Cuáles son las potencias medias?",
			"Korea is a middle power? which are the middle powers?"},
		{"¿Qué es el control de exportaciones y los controles a la exportación?",
			"what is the export controls and the export controls?"},
		{"¿Qué pasó con el trabajo forzoso y las esclavas sexuales?",
			"what happened to the forced labour and the sex slaves?"},
		{"¿Y los misiles nucleares y el agua contaminada?", "and the nuclear missiles and the contaminated water?"},
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
