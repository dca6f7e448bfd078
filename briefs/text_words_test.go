package briefs

import (
	"strings"
	"testing"
)

// Everyday idioms and voice dictation read as the words the facts use: what gets up someone's
// nose angers them, an export clampdown is export controls, a route back in the game
// resumed, what lies on the table is discussed, to cast off is to abandon, to part ways to
// differ, to dub to call, a club a grouping, and bothering to go all the way somewhere is
// attending it.
func TestEverydayIdiomsRead(t *testing.T) {
	for _, tt := range []struct{ q, want, not string }{
		{"what else gets up Korean noses about Japan?", "angers koreans about japan", "noses"},
		{"what gets up the noses of Koreans", "angers koreans", "noses"},
		{"which industry took the worst of it from Japan's export clampdown?", "export controls", "clampdown"},
		{"which air route got back in the game after the layoff?", "route resumed after", "game"},
		{"what was mostly lying on the table at the trilateral talks", "mostly discussed at the trilateral", "lying"},
		{"why cannot Japan cast off cooperation with China", "abandon cooperation", "cast"},
		{"how do Tokyo and Seoul part ways in their policies toward Beijing", "differ in their policies", "ways"},
		{"what did Biden dub the three-way meeting", "biden call the", "dub"},
		{"what club are japan and australia both in", "what grouping are", "club"},
		{"why did Kishida even bother going all the way to madrid", "attend madrid", "way"},
		{"what did yoon suck yawl send to japan", "yoon suk-yeol send", "yawl"},
		{"what happened with the kim po hand ada flight route", "kimpo haneda flight", "hand"},
		{"what approach does tokyo take toward ping yang", "toward pyongyang", "ping"},
	} {
		got := readEveryday(tt.q)
		if !strings.Contains(got, tt.want) || strings.Contains(got, tt.not) {
			t.Errorf("readEveryday(%q) = %q, want %q and not %q", tt.q, got, tt.want, tt.not)
		}
	}
}
