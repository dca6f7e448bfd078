package briefs

import "testing"

// Swahili and Sheng mixed in: read in English, the asking word first.
func TestSwahiliMixedInEnglish(t *testing.T) {
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Kwa nini Japan inashirikiana sana na Marekani kuhusu North Korea?", "japan-fears-abandonment-north-korea"},
		// A verb of its own tells the question Swahili; breaking off an agreement ends it.
		{"Korea Kusini ilivunja GSOMIA lini", "gsomia-abolition-august-2019"},
		{"kesi ya comfort women ilianza lini kortini Korea", "comfort-women-mediation-2013"},
		// A noun with "gani" or "ngapi" after it is asked of together: which month, how many days.
		{"summit ya Madrid ilichukua siku ngapi", "summit-caption-june-29"},
		{"Yoon aliapishwa mwezi gani mwaka 2022", "hayashi-inauguration-kishida-letter"},
		{"Japani na Australia walisaini agreement gani?", "japan-australia-reciprocal-access"},
		{"ni serikali gani za Korea Kusini zilikuwa na uoga sana kushirikiana na US na Japani", "progressive-governments-cautious"},
		// Pulling countries to one's side wins them over; "kila mtu ako na yake" is each has its own.
		{"Marekani inatumia strategy gani kuvuta nchi za Asia Pacific upande wake?", "us-indo-pacific-strategy-win-over"},
		{"hizi nchi za Asia zinakubaliana kila kitu na Marekani ama kila mtu ako na yake?", "allies-not-monolithic"},
		// Sheng's Swahili prefixes on an English verb, hyphened or not: "ali-send" is sent,
		// "wali-sign" signed, "ili-announce" announced; "wanaitaje" asks what they call it.
		{"Kabla Yoon aingie ofisi ali-send nini Japani?", "yoon-policy-consultation-delegation"},
		{"GSOMIA — Korea Kusini ili-announce kuiabolish lini?", "gsomia-abolition-august-2019"},
		{"Kisiwa cha Dokdo Japani wanaitaje?", "dokdo-territorial-dispute"},
		{"Kishida alitaka hawa wanne wawe wanaenda NATO summit aje?", "kishida-regular-nato-participation"},
		{"Alliance ya US na Japani inaitwa nini na Wamarekani?", "us-japan-alliance-cornerstone"},
		{"Japani na Australia wali-sign agreement gani?", "japan-australia-reciprocal-access"},
		{"Japani na Korea wali-attend summit gani?", "asia-pacific-partners-attend-madrid"},
		// With a hyphen, any English verb takes the prefix: "ali-meet" is met.
		{"Kishida ali-meet nani Madrid?", "kishida-moderates-four-country-meeting"},
	})
	// Sheng's tellers and markers: "ilifanya" did, "inahusu" is about, "itakuwa aje" how it
	// will be, "kuna" there is, "nini" what and "gani" which; "kwa", "juu", "ama", "hasa" are marked as Swahili.
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"july 2019 japan ilifanya nini to south korea", "what july 2019 japan did to south Korea"},
		{"nz cooperation inahusu nini", "what nz cooperation is about"},
		{"yoon govt itakuwa aje", "how yoon government will be"},
		{"kuna issue ya labor", "there is issue of labor"},
		{"kwani Seoul na Tokyo", "why Seoul and Tokyo"},
		{"canberra's focus ni nini", "what is canberra's focus"},
		{"the writer ni wa institution gani", "which the writer is of institution"},
		{"tokyo worries juu ya nini hasa", "tokyo worries over what exactly"},
		{"members ama partners hasa", "members or partners exactly"},
		{"trilateral talks zilifocus kwa nini", "why trilateral talks focused"},
		// "hu" is the habitual prefix; "worry" takes Sheng's prefixes too.
		{"japan and australia hucooperate on which areas", "japan and Australia cooperate on which areas"},
		{"tokyo inaworry juu ya nini", "tokyo worries over what"},
		{"south koreans wanaworry ni nini", "what is south koreans worry"},
	})
}

// Sheng's prefixes on an English verb give it its tense; run on, only a known verb is one.
func TestShengPrefixedVerb(t *testing.T) {
	sheng := mixedLanguage{verbPrefixes: shengVerbPrefixes, prefixedVerbs: shengVerbs}
	for _, c := range []struct {
		word, want string
		ok         bool
	}{
		{"ali-attend", "attended", true},
		{"walisign", "signed", true},
		{"ali-send", "sent", true},
		{"inasupport", "supports", true},
		{"inaprotest", "protests", true},
		{"ina-focus", "focuses", true},
		{"ana-push", "pushes", true},
		{"ku-ban", "ban", true},
		{"wana-discuss", "discuss", true},
		{"zilifocus", "focused", true},
		{"hucooperate", "cooperate", true},
		{"wanaworry", "worry", true},
		{"huge", "", false},
		{"ali-meet", "meet", true}, // hyphened, any verb
		{"alike", "", false},       // run on, only a known verb
		{"analyse", "", false},
		{"kuwait", "", false},
		{"ku-up", "", false}, // too short to be a verb
		{"ali-2022", "", false},
	} {
		got, ok := sheng.prefixedVerb(c.word)
		if got != c.want || ok != c.ok {
			t.Errorf("prefixedVerb(%q) = %q, %v; want %q, %v", c.word, got, ok, c.want, c.ok)
		}
	}
}
