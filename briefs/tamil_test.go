package briefs

import "testing"

// Tamil typed in Latin letters and mixed in (Tanglish): read in English, its particles after
// a hyphen ("naala", "la") read with it.
func TestTamilMixedInEnglish(t *testing.T) {
	// Its postpositions go before the noun: "Yoon government paththi" is about the Yoon
	// government.
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Kishida paththi South Korea-la enna opinion?", "what about Kishida in South Korea opinion?"},
		// The "dh" spellings tell Tanglish too, and "yen" is why, not the money.
		{"Dokdo island evlo perusu?", "how big Dokdo island?"},
		{"Korea ku indha workers compensation matter yen avlo sensitive?", "why Korea to this workers compensation matter so sensitive?"},
		// Sri Lankan Tamil: "ean" is why, told by it alone.
		{"Gimpo-Haneda vimaana route ethanai kaalam moodappattirunthathu, ean?", "how long Gimpo-Haneda flight route was closed, why?"},
		// "evlo" before a count is how many, and "evlo naal nadandhuchu" asks for the days.
		{"Korea la evlo US soldiers irukkaanga?", "how many US in Korea soldiers are?"},
		{"Summit evlo naal nadandhuchu?", "how many days was it held Summit?"},
		// Chennai spellings: "-a" after English words ("soft-a hard-a", soft or hard), and
		// words that tell Tanglish alone ("vandhirukangala", "pannitangala").
		{"Japan Korea Australia NZ ellam NATO member illaye, apo enna status la invite pannanga?", "what Japan Korea Australia NZ all NATO member not, then status in invited?"},
		{"ithuku munnadi eppovavadhu Asia Pacific leaders NATO summit ku vandhirukangala?", "before this ever Asia-Pacific leaders NATO summit to came?"},
		{"Pyongyang ku Tokyo epdi approach pannudhu? soft-a hard-a", "how towards Pyongyang Tokyo approach does? soft or hard"},
		{"Japan semiconductor curbs ku Seoul epdi thirupi adichaanga", "how Japan semiconductor curbs to Seoul retaliated"},
		{"four leaders China vishayam discuss pannangala illa skip pannitangala", "four leaders China issue discussed or skipped"},
		// Coimbatore spellings: "iruku", "varuthu", "nadakuthu" and "ninaikuren" (I think) tell
		// Tanglish alone; "entha entha" is which, and "adi vaanguchu" was hit.
		{"Korea la Japan mela kovam yen varuthu? rendu karanam iruku nu ninaikuren", "why in Korea on Japan angry comes? two reason is I think"},
		{"Japan-Korea cooperation entha entha areas la nadakuthu", "which areas Japan-Korea cooperation in happens"},
		{"Korea-la entha industry export controls naala adi vaanguchu?", "which industry in Korea export controls because of was hit?"},
		{"Japan China kooda cooperation muzhusa vittudalama?", "with Japan China cooperation completely give up?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Covid-naala close aana entha air route thirumba start aachu?", "gimpo-haneda-route-resumed"},
		{"Japan ethukku North Korea issue-la US kooda close-aa cooperate pannuthu?", "japan-fears-abandonment-north-korea"},
		{"Hayashi Seoul ku varumbothu Kishida kitta irunthu enna kondu vanthaara?", "hayashi-inauguration-kishida-letter"},
		{"SK yen China mela konjam positive ah iruku?", "korea-positive-attitude-china"},
		{"Australia NZ cooperation enna pathi irukum?", "australia-new-zealand-south-pacific"},
		{"Yoon office edukarathuku munnadiye oru delegation anupunaru nu padichen, athoda per enna?", "yoon-policy-consultation-delegation"},
	})
}
