package briefs

import "testing"

// Persian typed in Latin letters and mixed in (Finglish): its ezafe ("nazar-e Singapore")
// read as "of".
func TestFinglishMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"nazar-e Singapore darbare NATO va hamkari ba Japan chie?", "what is view of Singapore about NATO and cooperation with Japan?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Biden esm-e trilateral meeting ro chi gozasht?", "biden-historic-trilateral-meeting"},
		{"kodoom keshvar-haye Asia Pacific be summit davat shodan?", "four-partners-invited-first-time"},
	})
}
