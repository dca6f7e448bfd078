package briefs

import "testing"

// Portuguese mixed in: read in English in a question told as Portuguese, even one sharing as
// many words with Spanish or French ("contra", "de", "mais", "ou").
func TestPortugueseMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Qual o tamanho da ilha de Dokdo, mais ou menos?", "what is the size of the island of Dokdo, roughly?"},
		{"What did Japan say em Madrid?", "What did Japan say em Madrid?"}, // one word is no Portuguese question
		// A Brazilian reader's past tenses tell it; a country named with an article is read without.
		{"O que o Canadá achou da presença dos países asiáticos no summit?", "what Canada thought of the presence of the Asian countries in the summit?"},
		{"Os EUA estão tentando montar o quê na região?", "the US are trying to build what in the region?"},
		// A Brazilian reader's chat, from the South ("tchê") and typed short ("pq", "q").
		{"tchê, que side meetings de líderes rolaram durante o summit?", "side meetings of leaders took place during the summit?"},
		{"pq a rota Gimpo-Haneda tinha sido fechada? e por quanto tempo?", "why the route Kimpo Haneda had been shut down? and for how long?"},
		{"quantas pessoas moram em Dokdo? tem população fixa?", "how many people live in Dokdo? has population fixed?"},
		// The Northeast's chat ("oxe", "visse", "oq") and its slang ("na dela", keeps to itself).
		{"oxe, oq o Biden reafirmou pro Japão na trilateral, visse?", "what the Biden reaffirmed to Japan in the trilateral,?"},
		{"Japão e Coreia confiam um no outro? não faz sentido pra mim kkk", "Japan and Korea trust each other? does not make sense for me"},
		// A gaúcho reader's "guri" (lad) is left out, and "cidade" tells a question in few Portuguese words.
		{"Quando vai ser a próxima NATO summit em 2023 e em que cidade, guri?", "when will be the next NATO summit in 2023 and in which city,?"},
		{"Finland e Sweden entraram na OTAN nesse summit? como ficou a Turquia nisso, guri?", "Finland and Sweden joined NATO in this summit? how was Turkey in this,?"},
		{"na visão de Washington, qual o papel da Coreia do Sul? e o da NZ?", "in the view of Washington, what is the role of South Korea? and that of New Zealand?"},
		// A European reader's words ("cimeira", "exactamente") and phrases ("é que", "por volta da").
		{"A cimeira da NATO no verão de 2022 começou em que dia exactamente?", "the summit of NATO in the summer of 2022 began on what day exactly?"},
		{"Como é que o Japão tenta travar a China? Com quem se junta?", "how is it that Japan tries to curb China? with whom does it team up?"},
		{"Em 2022, por volta da tomada de posse do Yoon, o Japão protestou por causa da ilha. Porquê?", "in 2022, around the time of the inauguration of the Yoon, Japan protested because of the island. why?"},
		{"E a Coreia do Sul, what does Seoul care about most com o Norte?", "and South Korea, what does Seoul care about most with the north?"},
		// A Brazilian reader's words typed without their accents, and chat typed short ("em q").
		{"o Japao ta tentando construir q tipo de sistema de seguranca na regiao?", "Japan is trying to build what kind of security system in the region?"},
		{"em q areas Japao e Australia cooperam? seguranca no mar?", "in what areas Japan and Australia cooperate? maritime security?"},
		{"quando as vitimas das comfort women entraram na justica na Coreia?", "when the victims of the comfort women went to court in Korea?"},
		// A Rio reader's chat typed short ("qm", "qnt", "ngm", "eh", "la") and slang ("japa", "armar").
		{"e o editor, qm foi?", "and the editor, who was?"},
		{"como os japa chamam a ilha dokdo", "how the Japanese call the island dokdo"},
		{"essa ilha eh grande? qnt de area ela tem", "this island is great? how much of area it has"},
		{"qnt tempo durou a reuniao do biden com kishida e yoon?", "how long lasted the meeting of the biden with kishida and yoon?"},
		{"o hayashi foi la representando qm? foi como oq", "the hayashi went there representing who? was as what"},
		{"qm chefiou aquela delegacao de consulta q o yoon mandou pro japao?", "who headed that delegation of consultation that the yoon sent to Japan?"},
		{"me fala quais foram as duas reunioes de lideres q armaram la durante a cupula", "tell me what were the two meetings of leaders that arranged there during the summit"},
		{"essa reuniao teve coisa concreta ou foi so pra foto? pq ngm decidiu nada", "this meeting had thing specific or was only for show? why nobody decided nothing"},
		{"australia e nz cooperam sobre oq principalmente", "Australia and New Zealand cooperate about what mainly"},
		{"segundo o autor qual eh o elo mais fraco na cooperacao dos 4", "according to the author which is the weakest link in the cooperation of the 4"},
		{"resumindo, qual a conclusao do autor sobre os eua", "in short, what is the conclusion of the author about the US"},
		{"pq os eua querem tanto q os aliados asiaticos cooperem sozinhos", "why the US want so much that the Asian allies cooperate on their own"},
		{"e ele levou oq pro yoon? tipo um presente, carta, sei la", "and he took what to the yoon? a gift, letter, or something"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Por que a Coreia do Sul protestou contra o livro azul diplomático do Japão?", "dokdo-korea-protests-bluebook"},
		{"Quem o Japão enviou para a posse do Yoon?", "hayashi-inauguration-kishida-letter"},
	})
}
