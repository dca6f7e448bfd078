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
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Por que a Coreia do Sul protestou contra o livro azul diplomático do Japão?", "dokdo-korea-protests-bluebook"},
		{"Quem o Japão enviou para a posse do Yoon?", "hayashi-inauguration-kishida-letter"},
	})
}
