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

// scheduleFrom is the fixed "now" of the schedule tables: Wednesday 4 March 2026, 10:00 in
// Madrid (UTC+1 until the clocks go forward on 29 March).
var scheduleFrom = time.Date(2026, 3, 4, 10, 0, 0, 0, time.FixedZone("CET", 3600))

func TestParseSchedule(t *testing.T) {
	madrid := mustZone(t, "Europe/Madrid")
	tests := []struct {
		in      string
		spec    string // the stored form
		reading string // Reading, without the zone when it is Madrid's
		next    string // the first slot after scheduleFrom, in the schedule's zone
		rest    string
	}{
		// The phrases of issue 10.
		{"daily at 8am", "0 8 * * *", "every day at 08:00", "2026-03-05T08:00:00+01:00", ""},
		{"every day at noon", "0 12 * * *", "every day at 12:00", "2026-03-04T12:00:00+01:00", ""},
		{"every monday 9am", "0 9 * * 1", "every Monday at 09:00", "2026-03-09T09:00:00+01:00", ""},
		{"every friday at 5pm Asia/Tokyo", "CRON_TZ=Asia/Tokyo 0 17 * * 5", "every Friday at 17:00 (Asia/Tokyo)", "2026-03-06T17:00:00+09:00", ""},
		{"weekdays at 17:30", "30 17 * * 1-5", "every weekday at 17:30", "2026-03-04T17:30:00+01:00", ""},
		{"every weekday morning at 7:45", "45 7 * * 1-5", "every weekday at 07:45", "2026-03-05T07:45:00+01:00", ""},
		{"mondays and thursdays at 6:15pm", "15 18 * * 1,4", "every Monday and Thursday at 18:15", "2026-03-05T18:15:00+01:00", ""},
		// Madrid moves to summer time on 29 March: April's slot is at +02:00, still 09:00.
		{"monthly on the 1st at 9am", "0 9 1 * *", "on the 1st of every month at 09:00", "2026-04-01T09:00:00+02:00", ""},
		// Their kin: any case, optional words, commas, abbreviations, both clocks.
		{"DAILY At 8AM", "0 8 * * *", "every day at 08:00", "2026-03-05T08:00:00+01:00", ""},
		{"at 9am every monday", "0 9 * * 1", "every Monday at 09:00", "2026-03-09T09:00:00+01:00", ""},
		{"every day at midnight", "0 0 * * *", "every day at 00:00", "2026-03-05T00:00:00+01:00", ""},
		{"daily at 12am", "0 0 * * *", "every day at 00:00", "2026-03-05T00:00:00+01:00", ""},
		{"daily at 12pm", "0 12 * * *", "every day at 12:00", "2026-03-04T12:00:00+01:00", ""},
		{"daily at 12:30am", "30 0 * * *", "every day at 00:30", "2026-03-05T00:30:00+01:00", ""},
		{"daily at 12 noon", "0 12 * * *", "every day at 12:00", "2026-03-04T12:00:00+01:00", ""},
		{"daily at 9:30am", "30 9 * * *", "every day at 09:30", "2026-03-05T09:30:00+01:00", ""},
		{"daily at 9.30", "30 9 * * *", "every day at 09:30", "2026-03-05T09:30:00+01:00", ""},
		{"daily at 21:00", "0 21 * * *", "every day at 21:00", "2026-03-04T21:00:00+01:00", ""},
		{"daily at 8 am", "0 8 * * *", "every day at 08:00", "2026-03-05T08:00:00+01:00", ""},
		{"daily at 6 p.m.", "0 18 * * *", "every day at 18:00", "2026-03-04T18:00:00+01:00", ""},
		{"at 7:15", "15 7 * * *", "every day at 07:15", "2026-03-05T07:15:00+01:00", ""},
		{"weekends at 10am", "0 10 * * 0,6", "every Saturday and Sunday at 10:00", "2026-03-07T10:00:00+01:00", ""},
		{"every tuesday and friday at 9", "0 9 * * 2,5", "every Tuesday and Friday at 09:00", "2026-03-06T09:00:00+01:00", ""},
		// 10:00 on Wednesday is now: the next slot is strictly later.
		{"mon, wed and fri at 10", "0 10 * * 1,3,5", "every Monday, Wednesday and Friday at 10:00", "2026-03-06T10:00:00+01:00", ""},
		{"mon,wed,fri at 10", "0 10 * * 1,3,5", "every Monday, Wednesday and Friday at 10:00", "2026-03-06T10:00:00+01:00", ""},
		{"tue & thurs at 8:00", "0 8 * * 2,4", "every Tuesday and Thursday at 08:00", "2026-03-05T08:00:00+01:00", ""},
		{"tues and thu at 8:00", "0 8 * * 2,4", "every Tuesday and Thursday at 08:00", "2026-03-05T08:00:00+01:00", ""},
		{"weds, sat, sun at 8:00", "0 8 * * 0,3,6", "every Wednesday, Saturday and Sunday at 08:00", "2026-03-07T08:00:00+01:00", ""},
		{"on the 15th of every month at 18:00", "0 18 15 * *", "on the 15th of every month at 18:00", "2026-03-15T18:00:00+01:00", ""},
		{"on the 1st and 15th at 9am", "0 9 1,15 * *", "on the 1st and 15th of every month at 09:00", "2026-03-15T09:00:00+01:00", ""},
		{"monthly at 9am", "0 9 1 * *", "on the 1st of every month at 09:00", "2026-04-01T09:00:00+02:00", ""},
		{"weekly on monday at 9am", "0 9 * * 1", "every Monday at 09:00", "2026-03-09T09:00:00+01:00", ""},
		{"every evening at 7", "0 19 * * *", "every day at 19:00", "2026-03-04T19:00:00+01:00", ""},
		{"every night at 1", "0 1 * * *", "every day at 01:00", "2026-03-05T01:00:00+01:00", ""},
		{"weekday afternoons at 3", "0 15 * * 1-5", "every weekday at 15:00", "2026-03-04T15:00:00+01:00", ""},
		{"daily at 9am and 5pm", "0 9,17 * * *", "every day at 09:00 and 17:00", "2026-03-04T17:00:00+01:00", ""},
		{"daily at 8am and 8pm", "0 8,20 * * *", "every day at 08:00 and 20:00", "2026-03-04T20:00:00+01:00", ""},
		{"every 12 hours", "0 */12 * * *", "every day at 00:00 and 12:00", "2026-03-04T12:00:00+01:00", ""},
		{"every 8 hours", "0 */8 * * *", "every 8 hours from 00:00", "2026-03-04T16:00:00+01:00", ""},
		{"Asia/Tokyo daily at 8am asia/tokyo", "CRON_TZ=Asia/Tokyo 0 8 * * *", "every day at 08:00 (Asia/Tokyo)", "2026-03-05T08:00:00+09:00", ""},
		{"every hour", "0 * * * *", "every hour", "2026-03-04T11:00:00+01:00", ""},
		{"hourly", "0 * * * *", "every hour", "2026-03-04T11:00:00+01:00", ""},
		{"every 2 hours", "0 */2 * * *", "every 2 hours from 00:00", "2026-03-04T12:00:00+01:00", ""},
		{"every 6 hours on weekends", "0 */6 * * 0,6", "every 6 hours from 00:00 on Saturdays and Sundays", "2026-03-07T00:00:00+01:00", ""},
		{"every hour on weekdays", "0 * * * 1-5", "every hour on weekdays", "2026-03-04T11:00:00+01:00", ""},
		{"daily at 8am in asia/tokyo", "CRON_TZ=Asia/Tokyo 0 8 * * *", "every day at 08:00 (Asia/Tokyo)", "2026-03-05T08:00:00+09:00", ""},
		{"daily 8am about japan", "0 8 * * *", "every day at 08:00", "2026-03-05T08:00:00+01:00", "about japan"},
		{"daily at 8am about *x*", "0 8 * * *", "every day at 08:00", "2026-03-05T08:00:00+01:00", "about *x*"},
		{"daily at 8am, about japan", "0 8 * * *", "every day at 08:00", "2026-03-05T08:00:00+01:00", "about japan"},
		// What worked before still does.
		{"daily 08:00", "0 8 * * *", "every day at 08:00", "2026-03-05T08:00:00+01:00", ""},
		{"weekdays 09:30 Asia/Seoul", "CRON_TZ=Asia/Seoul 30 9 * * 1-5", "every weekday at 09:30 (Asia/Seoul)", "2026-03-05T09:30:00+09:00", ""},
		{"mondays 08:00", "0 8 * * 1", "every Monday at 08:00", "2026-03-09T08:00:00+01:00", ""},
		{"mondays 8am", "0 8 * * 1", "every Monday at 08:00", "2026-03-09T08:00:00+01:00", ""},
		{"Friday 5:15pm europe/madrid about history", "15 17 * * 5", "every Friday at 17:15", "2026-03-06T17:15:00+01:00", "about history"},
		{"@daily", "0 0 * * *", "every day at 00:00", "2026-03-05T00:00:00+01:00", ""},
		{"@weekly utc", "CRON_TZ=UTC 0 0 * * 0", "every Sunday at 00:00 (UTC)", "2026-03-08T00:00:00Z", ""},
		{"0 8 * * 1-5 America/New_York about korea", "CRON_TZ=America/New_York 0 8 * * 1-5", "every weekday at 08:00 (America/New_York)", "2026-03-04T08:00:00-05:00", "about korea"},
		{"0 9-17 * * mon-fri", "0 9-17 * * mon-fri", "every hour from 09:00 to 17:00 on weekdays", "2026-03-04T11:00:00+01:00", ""},
		{"*/15 * * * *", "*/15 * * * *", "cron */15 * * * *", "2026-03-04T10:15:00+01:00", ""},
		{"0 8 1 * 1", "0 8 1 * 1", "cron 0 8 1 * 1", "2026-03-09T08:00:00+01:00", ""},
	}
	for _, tc := range tests {
		s, rest, err := ParseSchedule(strings.Fields(tc.in), madrid)
		if err != nil {
			t.Errorf("ParseSchedule(%q) = %v", tc.in, err)
			continue
		}
		spec, reading := tc.spec, tc.reading
		if !strings.HasPrefix(spec, "CRON_TZ=") {
			spec, reading = "CRON_TZ=Europe/Madrid "+spec, reading+" (Europe/Madrid)"
		}
		if s.Spec != spec || strings.Join(rest, " ") != tc.rest {
			t.Errorf("ParseSchedule(%q) = %q, rest %q; want %q, rest %q", tc.in, s.Spec, rest, spec, tc.rest)
		}
		if got := s.Reading(); got != reading {
			t.Errorf("ParseSchedule(%q).Reading() = %q; want %q", tc.in, got, reading)
		}
		if got := s.Next(scheduleFrom).In(s.Zone).Format(time.RFC3339); got != tc.next {
			t.Errorf("ParseSchedule(%q).Next(%s) = %s; want %s", tc.in, scheduleFrom.Format(time.RFC3339), got, tc.next)
		}
		// The reading comes from the stored spec, not from the words typed.
		stored, err := ParseSpec(s.Spec)
		if err != nil || stored.Reading() != s.Reading() {
			t.Errorf("ParseSpec(%q).Reading() = %q, %v; want %q", s.Spec, stored.Reading(), err, s.Reading())
		}
	}
}

func TestParseScheduleErrorsSayWhatAndShowAnExample(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "missing"},
		{"sometimes", `"sometimes"`},
		{"every other monday at 9am", `"other"`},
		{"daily", "does not say at what time"},
		{"daily 8", "does not say at what time"},
		{"every tuesday and friday", "`every tuesday and friday at 9am`"},
		{"every weekday morning", "`every weekday morning at 8am`"},
		{"daily 25:00", `"25:00" is not a time of day`},
		{"daily at 13pm", `"13pm" is not a time of day`},
		{"daily at 9:5", `"9:5" is not a time of day`},
		{"at 24", `"24" is not an hour`},
		{"@every 1s", "not a schedule I accept"},
		{"0 8 * *", "five fields"},
		{"0 8 * * mon-fri-sat", "invalid schedule"},
		{"61 8 * * *", "invalid schedule"},
		{"daily 08:00 Mars/Olympus", "not an IANA time zone"},
		{"daily at 8am Asia/Tokyo Europe/Madrid", "one time zone"},
		{"0 0 30 2 *", "never runs"},
		{"0 0 31 4 *", "never runs"},
		{"every 5 hours", "does not divide the day"},
		{"every 2 days at 9am", "every 2 days"},
		{"every 15 minutes", "more often"},
		{"every morning at 6pm", "not in the morning"},
		{"every evening at 8am", "not in the evening"},
		{"mondays on the 1st at 9am", "cron would run on either"},
		{"daily on mondays at 9am", "every day and also particular days"},
		{"weekly at 9am", "which day of the week"},
		{"every hour at 9am", "every few hours and also a time of day"},
		{"daily at 9am and 5:30pm", "different minutes"},
		{"on the 32nd at 9am", "no 32nd day"},
		{"mon,japan at 9am", `"japan" in "mon,japan"`},
	}
	for _, tc := range tests {
		_, _, err := ParseSchedule(strings.Fields(tc.in), time.UTC)
		if err == nil {
			t.Errorf("ParseSchedule(%q) = nil error; want one saying %q", tc.in, tc.want)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, tc.want) || !strings.Contains(msg, "e.g.") {
			t.Errorf("ParseSchedule(%q) error %q; want it to say %q and give an example (e.g. …)", tc.in, msg, tc.want)
		}
	}
}

func TestParseSpecRefusesWhatNeverRuns(t *testing.T) {
	for _, spec := range []string{"CRON_TZ=UTC 0 0 30 2 *", "CRON_TZ=Asia/Tokyo 0 9 31 4,6,9,11 *"} {
		if s, err := ParseSpec(spec); err == nil {
			t.Errorf("ParseSpec(%q) = %q; want an error", spec, s.Spec)
		}
	}
	// February 29th comes round, if only every four years.
	s, err := ParseSpec("CRON_TZ=UTC 0 9 29 2 *")
	if err != nil {
		t.Fatalf("ParseSpec(February 29th) = %v", err)
	}
	if got := s.Next(scheduleFrom).UTC().Format(time.RFC3339); got != "2028-02-29T09:00:00Z" {
		t.Errorf("February 29th next = %s; want 2028-02-29T09:00:00Z", got)
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

// TestDaylightSaving pins what a slot is when the clocks change: a time on the zone's clock,
// due once. On the March day New York's clocks spring from 02:00 to 03:00, 02:30 does not exist
// and that day has no 02:30 slot (skipped, not moved); on the November day they fall back from
// 02:00 to 01:00, 01:00–01:59 comes round twice and a digest at 01:30 still runs once — never
// twice. Madrid's clocks go forward on 29 March 2026; a weekly 09:00 stays at 09:00.
func TestDaylightSaving(t *testing.T) {
	ny := mustZone(t, "America/New_York")
	madrid := mustZone(t, "Europe/Madrid")
	tests := []struct {
		name  string
		in    string
		from  time.Time
		slots []string
	}{
		{"spring forward skips the missing 02:30", "daily 02:30 America/New_York", time.Date(2026, 3, 6, 12, 0, 0, 0, ny),
			[]string{"2026-03-07 02:30 EST", "2026-03-09 02:30 EDT", "2026-03-10 02:30 EDT"}},
		{"spring forward skips the missing 02:00", "every 2 hours America/New_York", time.Date(2026, 3, 7, 23, 0, 0, 0, ny),
			[]string{"2026-03-08 00:00 EST", "2026-03-08 04:00 EDT", "2026-03-08 06:00 EDT"}},
		{"fall back runs 02:30 once", "daily 02:30 America/New_York", time.Date(2026, 10, 30, 12, 0, 0, 0, ny),
			[]string{"2026-10-31 02:30 EDT", "2026-11-01 02:30 EST", "2026-11-02 02:30 EST"}},
		{"fall back runs the repeated 01:30 once", "daily at 1:30am America/New_York", time.Date(2026, 10, 31, 12, 0, 0, 0, ny),
			[]string{"2026-11-01 01:30 EDT", "2026-11-02 01:30 EST", "2026-11-03 01:30 EST"}},
		{"fall back posts the repeated hour once", "every hour America/New_York", time.Date(2026, 11, 1, 0, 30, 0, 0, ny),
			[]string{"2026-11-01 01:00 EDT", "2026-11-01 02:00 EST", "2026-11-01 03:00 EST"}},
		{"weekly keeps its local time", "every monday at 9am Europe/Madrid", time.Date(2026, 3, 20, 12, 0, 0, 0, madrid),
			[]string{"2026-03-23 09:00 CET", "2026-03-30 09:00 CEST", "2026-04-06 09:00 CEST"}},
	}
	for _, tc := range tests {
		s, _, err := ParseSchedule(strings.Fields(tc.in), nil)
		if err != nil {
			t.Fatalf("ParseSchedule(%q) = %v", tc.in, err)
		}
		var got []string
		for _, n := range s.NextN(tc.from, 3) {
			got = append(got, n.Format("2006-01-02 15:04 MST"))
		}
		if strings.Join(got, "|") != strings.Join(tc.slots, "|") {
			t.Errorf("%s: %q NextN(%s) = %v; want %v", tc.name, tc.in, tc.from.Format(time.RFC3339), got, tc.slots)
		}
	}
}
