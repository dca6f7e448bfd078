package digest

import (
	"strings"
	"testing"
	"time"
)

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestParseSchedule(t *testing.T) {
	tests := []struct {
		in   string
		spec string
		rest string
	}{
		{"daily 08:00", "CRON_TZ=UTC 0 8 * * *", ""},
		{"daily 8am about japan", "CRON_TZ=UTC 0 8 * * * ", "about japan"},
		{"weekdays 09:30 Asia/Seoul", "CRON_TZ=Asia/Seoul 30 9 * * 1-5", ""},
		{"mondays 08:00", "CRON_TZ=UTC 0 8 * * 1", ""},
		{"Friday 5:15pm europe/Madrid", "", ""}, // zone names are case-sensitive in IANA
		{"friday 5:15pm Europe/Madrid about history", "CRON_TZ=Europe/Madrid 15 17 * * 5", "about history"},
		{"@daily", "CRON_TZ=UTC 0 0 * * *", ""},
		{"@weekly utc", "CRON_TZ=UTC 0 0 * * 0", ""},
		{"0 8 * * 1-5 America/New_York about korea", "CRON_TZ=America/New_York 0 8 * * 1-5", "about korea"},
		{"*/15 * * * *", "CRON_TZ=UTC */15 * * * *", ""},
		{"hourly", "CRON_TZ=UTC 0 * * * *", ""},
	}
	for _, tc := range tests {
		s, rest, err := ParseSchedule(strings.Fields(tc.in), time.UTC)
		if tc.spec == "" {
			if err == nil {
				t.Errorf("ParseSchedule(%q) = %q; want an error", tc.in, s.Spec)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseSchedule(%q) = %v", tc.in, err)
			continue
		}
		if s.Spec != strings.TrimSpace(tc.spec) || strings.Join(rest, " ") != tc.rest {
			t.Errorf("ParseSchedule(%q) = %q, rest %q; want %q, rest %q", tc.in, s.Spec, rest, tc.spec, tc.rest)
		}
	}
}

func TestParseScheduleErrorsShowAnExample(t *testing.T) {
	for _, in := range []string{"", "sometimes", "daily", "daily 25:00", "daily 8", "@every 1s", "0 8 * *", "61 8 * * *", "daily 08:00 Mars/Olympus", "tuesdays noon"} {
		_, _, err := ParseSchedule(strings.Fields(in), time.UTC)
		if err == nil {
			t.Errorf("ParseSchedule(%q) = nil error; want one", in)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, "e.g.") && !strings.Contains(msg, "IANA") && !strings.Contains(msg, "08:00") {
			t.Errorf("ParseSchedule(%q) error %q shows no example", in, msg)
		}
	}
}

func TestDefaultZone(t *testing.T) {
	seoul := mustZone(t, "Asia/Seoul")
	s, _, err := ParseSchedule([]string{"daily", "08:00"}, seoul)
	if err != nil {
		t.Fatal(err)
	}
	if s.Spec != "CRON_TZ=Asia/Seoul 0 8 * * *" || s.Zone.String() != "Asia/Seoul" {
		t.Errorf("spec %q zone %v", s.Spec, s.Zone)
	}
	next := s.NextN(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), 3)
	// 00:00 UTC is 09:00 in Seoul, so the first slot is the next morning.
	want := []string{"2026-01-02T08:00:00+09:00", "2026-01-03T08:00:00+09:00", "2026-01-04T08:00:00+09:00"}
	for i, n := range next {
		if n.Format(time.RFC3339) != want[i] {
			t.Errorf("NextN[%d] = %s; want %s", i, n.Format(time.RFC3339), want[i])
		}
	}
}

// TestDaylightSaving pins what cron's rules (robfig/cron v3) do to a daily 02:30 digest in
// America/New_York: on the March day clocks spring from 02:00 to 03:00, 02:30 does not exist
// and that day has no slot (skipped, not moved); on the November day clocks fall back from
// 02:00 to 01:00, 02:30 happens once and the digest runs once — never twice.
func TestDaylightSaving(t *testing.T) {
	ny := mustZone(t, "America/New_York")
	s, _, err := ParseSchedule([]string{"daily", "02:30", "America/New_York"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		from  time.Time
		dates []string
	}{
		{"spring forward skips the missing 02:30", time.Date(2026, 3, 6, 12, 0, 0, 0, ny),
			[]string{"2026-03-07 02:30 EST", "2026-03-09 02:30 EDT", "2026-03-10 02:30 EDT"}},
		{"fall back runs once", time.Date(2026, 10, 30, 12, 0, 0, 0, ny),
			[]string{"2026-10-31 02:30 EDT", "2026-11-01 02:30 EST", "2026-11-02 02:30 EST"}},
	}
	for _, tc := range tests {
		var got []string
		for _, n := range s.NextN(tc.from, 3) {
			got = append(got, n.Format("2006-01-02 15:04 MST"))
		}
		if strings.Join(got, "|") != strings.Join(tc.dates, "|") {
			t.Errorf("%s: slots %v; want %v", tc.name, got, tc.dates)
		}
	}
}

func FuzzParseSchedule(f *testing.F) {
	for _, s := range []string{"daily 08:00", "weekdays 9:30am Asia/Seoul about japan", "0 8 * * 1-5", "@daily", "mondays 25:61", "* * * * * * *"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		s, rest, err := ParseSchedule(strings.Fields(in), time.UTC)
		if err != nil {
			return
		}
		if !strings.HasPrefix(s.Spec, "CRON_TZ=") || s.Zone == nil || len(rest) > len(strings.Fields(in)) {
			t.Fatalf("ParseSchedule(%q) = %+v, %v", in, s, rest)
		}
		if _, err := ParseSpec(s.Spec); err != nil {
			t.Fatalf("stored spec %q does not parse again: %v", s.Spec, err)
		}
	})
}
