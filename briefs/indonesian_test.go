package briefs

import "testing"

// Indonesian and Malay mixed in: read in English; "di tahun 2022" is in 2022.
func TestIndonesianMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Berapa jumlah member countries NATO di tahun 2022?", "how many member countries NATO in 2022?"},
		// Bahasa gaul: its short forms, its verbs in nge-, ny- and -in, and a title before its country.
		{"Summit NATO berikutnya diadain di mana?", "next NATO summit held where?"},
		{"Kenapa konpers wamenlu US-Jepang-Korsel Nov 2021 sampe bubar?", "why press conference deputy foreign minister US-Japan-South Korea Nov 2021 was called off?"},
		{"PM Australia yg dateng ke Madrid siapa sih? Albanese ya?", "Australia's prime minister came to Madrid who? Albanese?"},
		// Chat of West Java: Sundanese particles and asking words, and short forms.
		{"jelasin dong Dokdo teh apa, di Jepang disebut naon?", "explain Dokdo what, in Japan called what?"},
		{"editor artikelnya siapa euy?", "editor the article who?"},
		// Manglish: one Malay word, a teller or "apa" or "kena" with the English word beside
		// it, tells the question; "as" is then English.
		{"Kenapa Japan so hardworking cooperate with US on North Korea?", "why Japan so hardworking cooperate with US on North Korea?"},
		{"Japan call Dokdo apa name?", "Japan call Dokdo what name?"},
		{"Apa Asia Pacific countries kena invite to NATO summit as partner ah?", "what Asia Pacific countries invited to NATO summit as partner?"},
		{"Tokyo and Seoul beza apa on North Korea policy?", "Tokyo and Seoul differ how on North Korea policy?"},
		// Malay of Sarawak and Sabah: "sapa", "kenak", "camne" tell it; "bila" and "apa" beside
		// the English they ask with.
		{"kenak japan korea gaduh pasal dokdo? japan panggil dokdo apa nama?", "why japan korea quarrel about dokdo? japan call dokdo what name?"},
		{"Last time US Japan Korea leaders meet together was bila?", "Last time US Japan Korea leaders meet together was when?"},
		{"short term korea diplomacy focus kat mana?", "short term korea diplomacy focus where?"},
		// Words with "-nya" written on, "buat" and "sama" where Jakarta's chat means for and with,
		// and "gimana" telling the question alone.
		{"summitnya berapa hari sih, sehari doang apa gimana?", "summit how many days, only one day or what?"},
		{"Tokyo pake cara apa buat nekan Pyongyang?", "Tokyo using what means to pressure Pyongyang?"},
		{"Waktu kampanye pemilu, Yoon janji apa soal aliansi sama US?", "during the election campaign, Yoon promised what about alliance with US?"},
		{"Canberra strategi diplomasinya gimana?", "Canberra strategy diplomacy how?"},
		// "apa" closing a question after the noun it asks of, "tu" (that) before the English
		// verb, "pulak" (in turn) beside another Malay word, and "nak jadikan" (want to turn into).
		{"Tokyo main worry about North Korea apa?", "Tokyo main worry about North Korea what?"},
		{"Main purpose Japan join the NATO summit apa?", "Main purpose Japan join the NATO summit what?"},
		{"US-japan alliance tu described as what?", "US-japan alliance described as what?"},
		{"for US, korea role is like apa? and NZ pulak?", "for US, korea role is like what? and NZ?"},
		{"Yoon cakap nak jadikan hubungan US-Japan-Korea sebagai apa?", "Yoon said wants to turn relations US-Japan-Korea as what?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Kenapa Jepang membatasi ekspor bahan semikonduktor ke Korea Selatan?", "japan-export-controls-july-2019"},
		{"Berapa luas pulau Dokdo?", "dokdo-both-claim-island"},
		{"Siapa yang memimpin pertemuan empat negara itu?", "kishida-moderates-four-country-meeting"},
	})
}
