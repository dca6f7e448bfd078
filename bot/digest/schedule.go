package digest

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// Schedule is a parsed digest schedule: a cron spec with its time zone, stored as
// "CRON_TZ=Zone m h dom mon dow" so that it means the same on every replica.
type Schedule struct {
	// Spec is the stored form, with the CRON_TZ prefix.
	Spec string
	// Zone is the schedule's time zone.
	Zone  *time.Location
	sched cron.Schedule
}

// ScheduleExample is shown whenever a schedule cannot be read.
const ScheduleExample = "e.g. `daily 08:00`, `weekdays 09:30 Asia/Seoul`, `mondays 08:00`, `@daily`, or cron `0 8 * * 1-5`"

var weekdays = map[string]string{
	"sunday": "0", "monday": "1", "tuesday": "2", "wednesday": "3",
	"thursday": "4", "friday": "5", "saturday": "6",
}

// descriptors maps the cron descriptors we accept to their 5-field form. @every is left out:
// a digest every few seconds is a mistake, not a schedule.
var descriptors = map[string]string{
	"@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *",
	"@weekly": "0 0 * * 0", "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *",
}

// ParseSchedule reads a schedule from the start of words and returns it with the words it did
// not use (the filter, "about …"). Accepted: five cron fields, a descriptor (@daily, @weekly,
// …), or a friendly form (daily HH:MM, weekdays HH:MM, mondays HH:MM, hourly), each optionally
// followed by an IANA zone; without one, defaultZone.
func ParseSchedule(words []string, defaultZone *time.Location) (Schedule, []string, error) {
	if len(words) == 0 {
		return Schedule{}, nil, fmt.Errorf("a schedule is missing: %s", ScheduleExample)
	}
	var fields string
	rest := words
	first := strings.ToLower(words[0])
	switch {
	case descriptors[first] != "":
		fields, rest = descriptors[first], words[1:]
	case strings.HasPrefix(first, "@"):
		return Schedule{}, nil, fmt.Errorf("%q is not a schedule I accept: %s", words[0], ScheduleExample)
	case first == "hourly":
		fields, rest = "0 * * * *", words[1:]
	case first == "daily" || first == "weekdays" || first == "weekends" || dayOfWeek(first) != "":
		if len(words) < 2 {
			return Schedule{}, nil, fmt.Errorf("%q needs a time, e.g. `%s 08:00`", words[0], first)
		}
		h, m, err := parseClock(words[1])
		if err != nil {
			return Schedule{}, nil, err
		}
		dow := "*"
		switch first {
		case "daily":
		case "weekdays":
			dow = "1-5"
		case "weekends":
			dow = "0,6"
		default:
			dow = dayOfWeek(first)
		}
		fields, rest = fmt.Sprintf("%d %d * * %s", m, h, dow), words[2:]
	case len(words) >= 5 && looksLikeCron(words[:5]):
		fields, rest = strings.Join(words[:5], " "), words[5:]
	default:
		return Schedule{}, nil, fmt.Errorf("I can't read %q as a schedule: %s", strings.Join(words, " "), ScheduleExample)
	}
	zone := defaultZone
	if zone == nil {
		zone = time.UTC
	}
	if len(rest) > 0 && looksLikeZone(rest[0]) {
		name := rest[0]
		if strings.EqualFold(name, "utc") || strings.EqualFold(name, "gmt") {
			name = "UTC"
		}
		loc, err := time.LoadLocation(name)
		if err != nil {
			return Schedule{}, nil, fmt.Errorf("%q is not an IANA time zone (e.g. Asia/Seoul, Europe/Madrid, UTC)", rest[0])
		}
		zone, rest = loc, rest[1:]
	}
	spec := "CRON_TZ=" + zone.String() + " " + fields
	s, err := ParseSpec(spec)
	if err != nil {
		return Schedule{}, nil, err
	}
	return s, rest, nil
}

// ParseSpec reads a stored spec ("CRON_TZ=Zone m h dom mon dow").
func ParseSpec(spec string) (Schedule, error) {
	sched, err := cron.ParseStandard(spec)
	if err != nil {
		return Schedule{}, fmt.Errorf("invalid schedule %q: %v; %s", strings.TrimPrefix(spec, "CRON_TZ="), err, ScheduleExample)
	}
	zone := time.UTC
	if tz, ok := strings.CutPrefix(spec, "CRON_TZ="); ok {
		name, _, _ := strings.Cut(tz, " ")
		if loc, err := time.LoadLocation(name); err == nil {
			zone = loc
		}
	}
	return Schedule{Spec: spec, Zone: zone, sched: sched}, nil
}

// Next returns the first slot strictly after t.
func (s Schedule) Next(t time.Time) time.Time { return s.sched.Next(t) }

// NextN returns the next n slots after t, in the schedule's zone.
func (s Schedule) NextN(t time.Time, n int) []time.Time {
	out := make([]time.Time, 0, n)
	for range n {
		t = s.sched.Next(t)
		if t.IsZero() {
			break
		}
		out = append(out, t.In(s.Zone))
	}
	return out
}

// Fields is the schedule without its zone prefix, as a person would write it in cron.
func (s Schedule) Fields() string {
	_, fields, ok := strings.Cut(strings.TrimPrefix(s.Spec, "CRON_TZ="), " ")
	if !ok {
		return s.Spec
	}
	return fields
}

func dayOfWeek(w string) string {
	w = strings.TrimSuffix(w, "s")
	return weekdays[w]
}

// parseClock reads HH:MM (24-hour) or H[:MM]am/pm.
func parseClock(s string) (int, int, error) {
	low := strings.ToLower(s)
	pm := strings.HasSuffix(low, "pm")
	am := strings.HasSuffix(low, "am")
	low = strings.TrimSuffix(strings.TrimSuffix(low, "pm"), "am")
	hs, ms, hasMin := strings.Cut(low, ":")
	h, err1 := strconv.Atoi(hs)
	m := 0
	var err2 error
	if hasMin {
		m, err2 = strconv.Atoi(ms)
	}
	if err1 != nil || err2 != nil || (!hasMin && !am && !pm) {
		return 0, 0, fmt.Errorf("%q is not a time of day; write it as 08:00 or 8am", s)
	}
	if am || pm {
		if h < 1 || h > 12 {
			return 0, 0, fmt.Errorf("%q is not a time of day; write it as 08:00 or 8am", s)
		}
		h %= 12
		if pm {
			h += 12
		}
	}
	if h < 0 || h > 23 || m < 0 || m > 59 {
		return 0, 0, fmt.Errorf("%q is not a time of day; write it as 08:00 or 8am", s)
	}
	return h, m, nil
}

func looksLikeCron(fields []string) bool {
	for _, f := range fields {
		if strings.Trim(f, "0123456789*/,-?LW#abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			return false
		}
		if strings.EqualFold(f, "about") {
			return false
		}
	}
	// At least the minute and hour fields look numeric or starred.
	return strings.Trim(fields[0], "0123456789*/,-") == "" && strings.Trim(fields[1], "0123456789*/,-") == ""
}

func looksLikeZone(w string) bool {
	return strings.Contains(w, "/") || strings.EqualFold(w, "UTC") || strings.EqualFold(w, "GMT")
}
