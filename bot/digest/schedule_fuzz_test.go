package digest

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// FuzzParseSchedule checks, for any input, that ParseSchedule does not panic, that every
// refusal gives an example, and that every schedule it accepts has a next slot, is stored in a
// form that parses again and reads the same from that stored form.
func FuzzParseSchedule(f *testing.F) {
	for _, s := range []string{
		"daily 08:00", "weekdays 9:30am Asia/Seoul about japan", "0 8 * * 1-5", "@daily", "mondays 25:61",
		"* * * * * * *", "every weekday morning at 7:45", "mon, wed and fri at 10", "monthly on the 1st at 9am",
		"on the 15th of every month at 18:00", "every 2 hours", "daily at 12 noon asia/tokyo", "0 0 30 2 *",
		"every evening at 7", "at 9am and 5pm every tuesday", "mon,wed,,fri at 9.30 p.m.",
	} {
		f.Add(s)
	}
	from := time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, in string) {
		words := strings.Split(in, " ") // not Fields: empty words must not trip it either
		s, rest, err := ParseSchedule(words, time.UTC)
		if err != nil {
			if !strings.Contains(err.Error(), "e.g.") {
				t.Fatalf("ParseSchedule(%q) error %q gives no example", in, err)
			}
			return
		}
		if !strings.HasPrefix(s.Spec, "CRON_TZ=") || s.Zone == nil {
			t.Fatalf("ParseSchedule(%q) = %+v", in, s)
		}
		if len(rest) >= len(words) || !slices.Equal(rest, words[len(words)-len(rest):]) {
			t.Fatalf("ParseSchedule(%q) rest %q is not what follows the schedule", in, rest)
		}
		if next := s.Next(from); !next.After(from) {
			t.Fatalf("ParseSchedule(%q) = %q accepted, but its next slot after %s is %s", in, s.Spec, from, next)
		}
		stored, err := ParseSpec(s.Spec)
		if err != nil {
			t.Fatalf("stored spec %q does not parse again: %v", s.Spec, err)
		}
		if stored.Reading() != s.Reading() || !strings.HasSuffix(s.Reading(), "("+s.Zone.String()+")") {
			t.Fatalf("ParseSchedule(%q) reads %q, its stored spec %q reads %q", in, s.Reading(), s.Spec, stored.Reading())
		}
	})
}
