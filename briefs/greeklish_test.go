package briefs

import "testing"

// Greek typed in Latin letters (Greeklish) mixed in: read in English, the asking word first.
func TestGreeklishMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Giati o Yoon esteile delegation sto Tokyo?", "why Yoon send delegation in the Tokyo?"},
		// "egine" tells Greeklish on its own.
		{"ti egine me tin aeroporiki grammi Gimpo Haneda", "what happened with air route Gimpo Haneda"},
		{"poios klados tis koreatikis oikonomias pligwthike perissotero apo ta iaponika export controls", "which sector Korean economy was hit most by the Japanese export controls"},
		{"Nea Zilandia pou exei epikentrwsei tin diplomatia tis", "New Zealand where has focused its diplomacy"},
		{"poio einai to adynamo simeio stin synergasia twn 4 xwrwn", "which is weakest link in the cooperation 4 countries"},
		{"ti symfwnies exoun ypograpsei Iaponia kai Afstralia", "what agreements have signed Japan and Australia"},
		// Countries typed joined with hyphens.
		{"Yoon eipe kati entypwsiako gia to trigwno HPA-Iaponia-Korea, ti akrivws", "Yoon say something striking about trilateral US-Japan-Korea, what exactly"},
		{"otan erxotan o Yoon stin eksousia ti kavgades eixan gia to nisi metaxi tous", "as Yoon to power what disputes had about island between"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Giati o Yoon esteile delegation sto Tokyo?", "yoon-policy-consultation-delegation"},
		{"ti egine me tin aeroporiki grammi Gimpo Haneda", "gimpo-haneda-route-resumed"},
		{"poios klados tis koreatikis oikonomias pligwthike perissotero apo ta iaponika export controls", "export-controls-blow-to-korea-ict"},
		{"Nea Zilandia pou exei epikentrwsei tin diplomatia tis", "new-zealand-survival-south-pacific"},
		{"poio einai to adynamo simeio stin synergasia twn 4 xwrwn", "japan-korea-weakest-link"},
		{"otan erxotan o Yoon stin eksousia ti kavgades eixan gia to nisi metaxi tous", "dokdo-japan-protests-korean-survey"},
	})
}
