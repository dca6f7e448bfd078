package briefs

import "testing"

// Persian typed in Latin letters and mixed in (Finglish): its ezafe ("nazar-e Singapore")
// read as "of".
func TestFinglishMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"nazar-e Singapore darbare NATO va hamkari ba Japan chie?", "what is view of Singapore about NATO and cooperation with Japan?"},
		// Each link read as "of" takes a place of its own, never the next word's.
		{"kodoom keshvar-e Asia az tasmim-e Japan zarbe khord?", "which country of Asia from decision of Japan blow suffered?"},
		// A marker with its link is marked; "-esh" (its) is left out.
		{"olaviat-e Canberra chie?", "what is priority of Canberra?"},
		{"siasat-e Seoul-esh chie?", "what is policy of Seoul?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Biden esm-e trilateral meeting ro chi gozasht?", "biden-historic-trilateral-meeting"},
		{"kodoom keshvar-haye Asia Pacific be summit davat shodan?", "four-partners-invited-first-time"},
		{"too marasem-e tahlif-e Yoon ki az taraf-e Japan oomad?", "hayashi-inauguration-kishida-letter"},
	})
}
