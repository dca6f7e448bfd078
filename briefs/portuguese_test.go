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
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Por que a Coreia do Sul protestou contra o livro azul diplomático do Japão?", "dokdo-korea-protests-bluebook"},
		{"Quem o Japão enviou para a posse do Yoon?", "hayashi-inauguration-kishida-letter"},
	})
}
