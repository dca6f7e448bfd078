package briefs

import "testing"

// Thai typed in Latin letters and mixed in: an asking word told by two words together
// ("tum mai", why) is put first.
func TestThaiMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Japan export control to Korea start pee nai na?", "which year Japan export control to Korea start?"},
		{"What is the tao of diplomacy?", "What is the tao of diplomacy?"}, // one word is no Thai question
		// "nai" before a noun is in; after one ("muang nai", "pee arai") it asks which.
		{"san nai Tokyo tad sin rueang raeng ngan bangkhap pee arai krub?", "which year court in Tokyo ruled about forced labor?"},
		{"prachum sudyod krang tor pai ja jad tee muang nai kha?", "which city summit next time will held?"},
		// A Bangkok tour guide's spelling: g for k ("gee", "gap", "gon"), "pi" before a year.
		{"Leaders US Japan South Korea prachum kan krang suttai gon Madrid meua pi arai krub?", "which year Leaders US Japan South Korea met last time before Madrid?"},
		{"Pi 2021 san tee nai tad sin rueang comfort women krub?", "which court in 2021 ruled about comfort women?"},
		{"Japan Australia ruam mue gan nai dan nai bang krub?", "in which areas Japan Australia cooperate?"}, // "ruam mue" tells it
		// A Bangkok office worker's spelling: "pood" for phut, "sood" for sut, "gieo gub" for kiao kap.
		{"leaders US Japan Korea jer gun krang sood tai muea rai krub", "when leaders US Japan Korea met last time"},
		{"Canberra mee diplomatic strategy baep nai", "how Canberra have diplomatic strategy"}, // "baep nai" tells it
		// A Bangkok student's spelling: "ruang" for rueang, "Korea tai" for South Korea, "ja" closing a question.
		{"trilateral talks US-Japan-Korea tai nen ruang arai pen lak ja?", "about what trilateral talks US-Japan-South Korea stressed mainly?"},
		{"Kim Jong-un ying missile pai ki luk nai pee 2022 ka?", "how many missiles Kim Jong-un fired in 2022?"}, // "ki luk" tells it
		{"nai raya san Seoul ja nen diplomacy thi phumiphak nai ka?", "which region in the short term Seoul will stressed diplomacy?"},
		// A Korat nurse's spelling: "yok lek" for yok loek, "kee look" (how many) and "sarup noi" tell it; a tie
		// with Hindi's "tum hai" and "ka" goes to Thai, whose pair tells it.
		{"Korea yok lek GSOMIA (military information agreement) muea rai ka?", "when Korea scrapped GSOMIA?"},
		{"North Korea ying missile kee look nai pee 2022 ka?", "how many missiles North Korea fired in 2022?"},
		{"sarup noi ka, author kid wa America ja tum hai Asia Pacific alliance nuen-nuen (cohesion) ngai mai?", "sum up, author thinks America will make Asia Pacific alliance cohesive easily?"},
		// A Chiang Mai teacher's spelling: "krap", "pheur" for phuea, "rat-ba-baan", "cheoi raeng-ngan" (forced labor).
		{"tam mai Seoul mai yak ta-lor kap Beijing krap?", "why Seoul does not want to quarrel with Beijing?"},
		{"Yipun pood arai tee NATO summit rueang nuclear pheur aow jai Gaolee krap?", "what Japan said NATO summit about nuclear to reassure South Korea?"},
		{"tam mai kon Gaolee hai kwam samkan rueang cheoi raeng-ngan sang-kram lok krang tee 2 mak krap?", "why South Koreans attach importance about forced labor world war 2 most?"},
		// A Nonthaburi clerk's spelling: "yang-ngai" with a hyphen, "kub" for kap, "tang mot" (in total) and "Yipun" tell it.
		{"Philippines kub Indonesia mong NATO summit yang-ngai ka?", "how Philippines with Indonesia see NATO summit?"},
		{"mee yuea comfort women nai Korea tang mot kee kon ka?", "how many have victims comfort women in Korea in total?"},
		{"Korea industry nai dohn Yipun tee nak tee sud krap?", "which industry Korea hit by Japan hardest?"},
		// An Isan speaker's spelling: "yang" (what) after a verb, "teua dai" (when), "bor" (not), "jao" closing.
		{"Yipun riak kaw Dokdo wa yang jao", "what Japan call Dokdo island"},
		// An Isan speaker from Khon Kaen: "ee yang" (what), "mue dai" (when), "jak" (how many).
		{"Sen thang bin Gimpo-Haneda pid pai jak pi? pid phro ee yang", "how many years flight route Gimpo-Haneda closed? why closed"},
		// Each telling pair counts as a marker: "phai pen" and "pai ngan" outweigh "phai" and
		// "khong", which Vietnamese has too.
		{"Phai pen khon pai ngan inauguration khong Yoon Suk-yeol tang na nayok Japan?", "who was people attended inauguration of Yoon Suk-yeol on behalf of prime minister Japan?"},
		// A Nakhon Ratchasima student's pairs: "tham hai" (made), "thi sut" (most), "di kwa" (better than).
		{"Export control khong Japan tham hai industry dai khong Korea jep lai thi sut?", "which industry Export control of Japan made of Korea hurt most?"},
		{"Thammai Seoul mi attitude to Beijing di kwa Tokyo?", "why Seoul have attitude to Beijing better than Tokyo?"},
		// A Khon Kaen speaker's markers "kap", "khao", "ngop", and pairs "duay bo", "thi ngan"
		// outweighing Hindi's "hai" and "thi".
		{"Finland kap Sweden dai khao pen member NATO thi Madrid bo?", "Finland with Sweden became member NATO in Madrid?"},
		{"Kishida sanya ja phoem ngop defense pen song thao phai nai 5 pi bo?", "Kishida promise will raise budget defense to double within 5 years?"},
		{"Foreign Minister Japan ao ee yang pai hai Yoon thi ngan inauguration?", "what brought Foreign Minister Japan to Yoon inauguration?"},
		{"Modi khong India pai Madrid duay bo?", "Modi of India go Madrid too?"},
		{"turakit nai Kaoli tai jeb nak sud jak Yipun kum export", "which business South Korea hurt most from Japan controlled export"},
		// An Udon Thani farmer's: "pen yang" tells it with "kap" alone, "bor mak" is dislike.
		{"Beijing mong alliance kap Tokyo pen yang", "why Beijing see alliance with Tokyo"},
		{"mee yang ik tee tham hai kon Kaoli bor mak Yipun", "what else have made Koreans dislike Japan"},
		// "pen khrai" is who is, as "pen krai" is; "thi phut thueng" that spoke about.
		{"Adrian thi phut thueng China nai bot kwam nee pen khrai ka?", "who is Adrian that spoke about China in article this?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Tum mai Washington think trilateral cooperation so important na?", "trilateral-cooperation-us-benefits"},
	})
}
