package digest

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// Schedule is a parsed digest schedule: a cron spec with its time zone, stored as
// "CRON_TZ=Zone m h dom mon dow" so that it means the same on every replica. Everyday
// phrases ("weekdays at 17:30") are turned into cron fields when read, so the stored form,
// the scheduler and Reading never depend on the words that were typed.
type Schedule struct {
	// Spec is the stored form, with the CRON_TZ prefix.
	Spec string
	// Zone is the schedule's time zone.
	Zone  *time.Location
	sched cron.Schedule
}

// ScheduleExample is shown whenever a schedule cannot be read.
const ScheduleExample = "e.g. `daily at 8am`, `weekdays at 17:30 Asia/Tokyo`, `mondays and thursdays at 6:15pm`, " +
	"`monthly on the 1st at 9am`, `every 2 hours`, `@daily`, or cron `0 8 * * 1-5`"

// descriptors maps the cron descriptors we accept to their 5-field form. @every is left out:
// a digest every few seconds is a mistake, not a schedule.
var descriptors = map[string]string{
	"@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *",
	"@weekly": "0 0 * * 0", "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *",
}

// ParseSchedule reads a schedule from the start of words and returns it with the words it did
// not use (the filter, "about …"). Accepted: five cron fields or a descriptor (@daily, …), each
// optionally followed by an IANA zone, or a phrase such as `every weekday morning at 7:45
// Asia/Tokyo` (see readPhrase). Without a zone, defaultZone.
func ParseSchedule(words []string, defaultZone *time.Location) (Schedule, []string, error) {
	if len(words) == 0 {
		return Schedule{}, nil, fmt.Errorf("a schedule is missing: %s", ScheduleExample)
	}
	zone := defaultZone
	if zone == nil {
		zone = time.UTC
	}
	var fields string
	var rest []string
	first := strings.ToLower(words[0])
	switch {
	case descriptors[first] != "":
		fields, rest = descriptors[first], words[1:]
	case strings.HasPrefix(first, "@"):
		return Schedule{}, nil, fmt.Errorf("%q is not a schedule I accept: %s", words[0], ScheduleExample)
	case len(words) >= 5 && looksLikeCron(words[:5]):
		fields, rest = strings.Join(words[:5], " "), words[5:]
	case strings.IndexAny(words[0], "0123456789*") == 0 && strings.Contains(strings.Join(words[:min(5, len(words))], " "), "*"):
		return Schedule{}, nil, fmt.Errorf("I can't read %q as cron, which takes five fields (minute hour day-of-month month weekday): e.g. `0 8 * * 1-5`", strings.Join(words, " "))
	default:
		// A phrase reads its zone wherever it stands ("at 5pm Asia/Tokyo on fridays").
		p, used, err := readPhrase(words)
		if err != nil {
			return Schedule{}, nil, err
		}
		if fields, err = p.cronFields(strings.Join(words[:used], " ")); err != nil {
			return Schedule{}, nil, err
		}
		if p.zone != nil {
			zone = p.zone
		}
		rest = words[used:]
	}
	if len(rest) > 0 && looksLikeZone(rest[0]) {
		loc, err := loadZone(rest[0])
		if err != nil {
			return Schedule{}, nil, err
		}
		zone, rest = loc, rest[1:]
	}
	s, err := ParseSpec("CRON_TZ=" + zone.String() + " " + fields)
	if err != nil {
		return Schedule{}, nil, err
	}
	return s, rest, nil
}

// neverProbe is where ParseSpec looks for a first slot. Cron has no year field, so every
// schedule repeats within four years; from the start of a leap year robfig/cron's five-year
// search finds any slot there is, February 29th included. No slot means none ever.
var neverProbe = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// ParseSpec reads a stored spec ("CRON_TZ=Zone m h dom mon dow"). A spec that can never fire
// (`0 0 30 2 *`, February 30th) is refused: the scheduler would wait for it forever.
func ParseSpec(spec string) (Schedule, error) {
	sched, err := cron.ParseStandard(spec)
	if err != nil {
		return Schedule{}, fmt.Errorf("invalid schedule %q: %v; %s", strings.TrimPrefix(spec, "CRON_TZ="), err, ScheduleExample)
	}
	zone := time.UTC
	if s, ok := sched.(*cron.SpecSchedule); ok && s.Location != time.Local {
		zone = s.Location
	}
	s := Schedule{Spec: spec, Zone: zone, sched: sched}
	if sched.Next(neverProbe).IsZero() {
		return Schedule{}, fmt.Errorf("the schedule `%s` never runs: no date matches it (like February 30th); %s", s.Fields(), ScheduleExample)
	}
	return s, nil
}

// Next returns the first slot strictly after t. A slot is a time on the zone's clock and is
// due once: when the clocks go back and a time of day comes round twice, robfig/cron fires at
// both ("daily at 1:30am" in New York would post twice on the first Sunday of November), so
// the second is skipped. A time the clocks jump over has no slot that day.
func (s Schedule) Next(t time.Time) time.Time {
	next := s.sched.Next(t)
	for !next.IsZero() && wallClockRepeats(next, s.Zone) {
		next = s.sched.Next(next)
	}
	return next
}

// wallClockRepeats says the zone's clock already showed n's time of day shortly before n, the
// clocks having gone back in between. Three hours is more than any zone puts its clocks back.
func wallClockRepeats(n time.Time, zone *time.Location) bool {
	local := n.In(zone)
	_, now := local.Zone()
	_, before := n.Add(-3 * time.Hour).In(zone).Zone()
	if before <= now {
		return false
	}
	earlier := n.Add(-time.Duration(before-now) * time.Second).In(zone)
	return earlier.Day() == local.Day() && earlier.Hour() == local.Hour() && earlier.Minute() == local.Minute()
}

// NextN returns the next n slots after t, in the schedule's zone.
func (s Schedule) NextN(t time.Time, n int) []time.Time {
	out := make([]time.Time, 0, n)
	for range n {
		t = s.Next(t)
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

// loadZone loads an IANA zone. People type zones in lower case ("asia/tokyo"); the zone
// database is case-sensitive, so a name that fails as typed is tried once more capitalised
// the way the database spells nearly all of them (America/New_York, Asia/Ho_Chi_Minh).
func loadZone(name string) (*time.Location, error) {
	if strings.EqualFold(name, "utc") || strings.EqualFold(name, "gmt") {
		return time.UTC, nil
	}
	if loc, err := time.LoadLocation(name); err == nil {
		return loc, nil
	}
	if loc, err := time.LoadLocation(capitaliseZone(name)); err == nil {
		return loc, nil
	}
	return nil, fmt.Errorf("%q is not an IANA time zone (e.g. Asia/Seoul, Europe/Madrid, UTC)", name)
}

func capitaliseZone(name string) string {
	b := []byte(strings.ToLower(name))
	for i := range b {
		if (i == 0 || b[i-1] == '/' || b[i-1] == '_') && 'a' <= b[i] && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// A phrase is read as tokens (the words, with commas split off), each of which fills one slot
// — weekdays, days of the month, times of day, an hourly step, a part of the day, a zone — in
// any order, so "at 9am every monday" and "every monday at 9am" read the same. Fillers
// ("every", "at", "on the", "and") are skipped; the first token that is neither ends the
// schedule, and the words from there on go back to the caller. cronFields then refuses the
// combinations cron would carry out differently from what was said.

type token struct {
	text string // lower case, for matching
	orig string // as typed: zone names are case-sensitive
	word int    // index of the word it came from
}

func tokenize(words []string) []token {
	var toks []token
	for i, w := range words {
		for j, part := range strings.Split(w, ",") {
			if j > 0 {
				toks = append(toks, token{",", ",", i})
			}
			if part != "" {
				toks = append(toks, token{strings.ToLower(part), part, i})
			}
		}
	}
	return toks
}

var fillers = map[string]bool{
	"every": true, "each": true, "at": true, "on": true, "the": true, "of": true, "in": true,
	"and": true, "&": true, ",": true,
}

type phrase struct {
	days     uint64 // weekdays, bit 0 = Sunday, as in cron
	doms     uint64 // days of the month, bit 1 = the 1st
	daily    bool
	weekly   bool
	monthly  bool
	clocks   []clock
	hourStep int    // 1 every hour, N every N hours
	part     string // "morning", "evening"… when said
	zone     *time.Location
}

type clock struct {
	h, m   int
	marked bool // am/pm, noon or midnight said which half of the day is meant
}

const (
	weekdayBits = 0b0111110 // Monday to Friday
	weekendBits = 0b1000001 // Saturday and Sunday
)

// partsOfDay are the hours each part of the day spans (night runs past midnight, to 04:00).
var partsOfDay = map[string][2]int{"morning": {4, 12}, "afternoon": {12, 18}, "evening": {16, 24}, "night": {18, 28}}

var dayNames = map[string]time.Weekday{
	"sun": time.Sunday, "sunday": time.Sunday, "mon": time.Monday, "monday": time.Monday,
	"tue": time.Tuesday, "tues": time.Tuesday, "tuesday": time.Tuesday,
	"wed": time.Wednesday, "weds": time.Wednesday, "wednesday": time.Wednesday,
	"thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "thursday": time.Thursday,
	"fri": time.Friday, "friday": time.Friday, "sat": time.Saturday, "saturday": time.Saturday,
}

// readPhrase reads a phrase from the start of words and says how many words it used.
func readPhrase(words []string) (phrase, int, error) {
	toks := tokenize(words)
	var p phrase
	end := 0 // tokens up to the last one that said something
scan:
	for i := 0; i < len(toks); {
		n, err := p.take(toks[i:], i > 0 && toks[i-1].text == "at")
		switch {
		case err != nil:
			return phrase{}, 0, err
		case n > 0:
			i += n
			end = i
		case fillers[toks[i].text]:
			i++
		default:
			if end == 0 {
				return phrase{}, 0, fmt.Errorf("I can't read %q as a schedule: %s", toks[i].orig, ScheduleExample)
			}
			break scan
		}
	}
	if end == 0 {
		return phrase{}, 0, fmt.Errorf("I can't read %q as a schedule: %s", strings.Join(words, " "), ScheduleExample)
	}
	// The schedule ends with a whole word: "mon,japan" is not "mon" followed by "japan".
	last := toks[end-1].word
	for _, t := range toks[end:] {
		if t.word == last && !fillers[t.text] {
			return phrase{}, 0, fmt.Errorf("I can't read %q in %q as a schedule: %s", t.orig, words[last], ScheduleExample)
		}
	}
	return p, last + 1, nil
}

// take fills a slot from the first token (or two) and says how many it used; 0 means
// toks[0] is not part of a schedule.
func (p *phrase) take(toks []token, afterAt bool) (int, error) {
	t := toks[0].text
	if looksLikeZone(t) {
		loc, err := loadZone(toks[0].orig)
		if err != nil {
			return 0, err
		}
		if p.zone != nil && p.zone.String() != loc.String() {
			return 0, fmt.Errorf("a schedule has one time zone, not %s and %s: e.g. `daily at 8am Asia/Tokyo`", p.zone, loc)
		}
		p.zone = loc
		return 1, nil
	}
	if c, n, err := readClock(toks, afterAt); n > 0 || err != nil {
		p.clocks = append(p.clocks, c)
		return n, err
	}
	if n, err := p.takeStep(toks); n > 0 || err != nil {
		return n, err
	}
	if d, ok := dayNames[t]; ok {
		p.days |= 1 << d
		return 1, nil
	}
	if d, ok := dayNames[strings.TrimSuffix(t, "s")]; ok {
		p.days |= 1 << d
		return 1, nil
	}
	if d, ok, err := ordinal(t); ok || err != nil {
		p.doms |= 1 << d
		return 1, err
	}
	if part := strings.TrimSuffix(t, "s"); partsOfDay[part] != [2]int{} {
		p.part = part
		return 1, nil
	}
	switch t {
	case "daily", "day", "days", "everyday":
		p.daily = true
	case "weekly", "week":
		p.weekly = true
	case "monthly", "month":
		p.monthly = true
	case "hourly", "hour":
		p.hourStep = max(p.hourStep, 1)
	case "weekday", "weekdays":
		p.days |= weekdayBits
	case "weekend", "weekends":
		p.days |= weekendBits
	default:
		return 0, nil
	}
	return 1, nil
}

// takeStep reads "2 hours" (of "every 2 hours"). Cron keeps an hourly step only when it divides
// the day; it cannot step days, weeks or months (*/2 in the day field restarts each month),
// and a digest every few minutes is noise, so those are refused with the reason.
func (p *phrase) takeStep(toks []token) (int, error) {
	n, err := strconv.Atoi(toks[0].text)
	if err != nil || len(toks) < 2 {
		return 0, nil
	}
	switch unit := strings.TrimSuffix(toks[1].text, "s"); unit {
	case "hour", "hr", "h":
		if n < 1 || 24%n != 0 {
			return 0, fmt.Errorf("every %d hours does not divide the day, so cron can't keep to it: e.g. `every 2 hours`, `every 6 hours` or `every 12 hours`", n)
		}
		p.hourStep = n
		return 2, nil
	case "day", "week", "month":
		if n == 1 {
			return 1, nil // "every 1 day" is "every day": the unit fills the slot
		}
		return 0, fmt.Errorf("cron can't keep every %d %ss (it restarts the count each month); name the days instead, e.g. `mondays and thursdays at 9am` or `on the 1st and 15th at 9am`", n, unit)
	case "minute", "min":
		return 0, fmt.Errorf("every %d minutes is more often than a digest is worth reading; the most is hourly, e.g. `every hour` or `every 2 hours`", n)
	}
	return 0, nil
}

// ordinal reads a day of the month: 1st, 2nd, 3rd, 15th. ok says the token looks like one.
func ordinal(t string) (int, bool, error) {
	if len(t) < 3 {
		return 0, false, nil
	}
	digits, suffix := t[:len(t)-2], t[len(t)-2:]
	if suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th" {
		return 0, false, nil
	}
	d, err := strconv.Atoi(digits)
	if err != nil || digits[0] == '+' || digits[0] == '-' {
		return 0, false, nil
	}
	if d < 1 || d > 31 {
		return 0, true, fmt.Errorf("a month has no %s day: e.g. `monthly on the 1st at 9am` or `on the 15th of every month at 18:00`", t)
	}
	return d, true, nil
}

// readClock reads a time of day: 9am, 9:30am, 9 am, 9.30, 21:00, noon, midnight, 12 noon, and
// a bare hour after "at" ("at 10", on the 24-hour clock). It says how many tokens it used.
func readClock(toks []token, afterAt bool) (clock, int, error) {
	t := toks[0].text
	switch t {
	case "noon":
		return clock{12, 0, true}, 1, nil
	case "midnight":
		return clock{0, 0, true}, 1, nil
	}
	if t == "" || t[0] < '0' || t[0] > '9' {
		return clock{}, 0, nil
	}
	next := ""
	if len(toks) > 1 {
		next = meridiem(toks[1].text)
	}
	switch {
	case t == "12" && (next == "noon" || next == "midnight"):
		c, _, err := readClock(toks[1:], false)
		return c, 2, err
	case next == "am" || next == "pm":
		c, err := parseClock(t+next, toks[0].orig+" "+toks[1].orig)
		return c, 2, err
	case strings.ContainsAny(t, ":.") || strings.HasSuffix(meridiem(t), "m"):
		c, err := parseClock(t, toks[0].orig)
		return c, 1, err
	case afterAt:
		h, err := strconv.Atoi(t)
		if err != nil || h > 23 {
			return clock{}, 1, fmt.Errorf("%q is not an hour of the day: e.g. `at 10`, `at 17:30` or `at 6pm`", toks[0].orig)
		}
		return clock{h: h}, 1, nil
	}
	return clock{}, 0, nil
}

// meridiem spells a.m. and p.m. as am and pm.
func meridiem(t string) string {
	return strings.NewReplacer("a.m.", "am", "p.m.", "pm", "a.m", "am", "p.m", "pm").Replace(t)
}

// parseClock reads H:MM or HH:MM (24-hour, "." for ":" too) or H[:MM] followed by am or pm.
func parseClock(s, typed string) (clock, error) {
	bad := fmt.Errorf("%q is not a time of day: e.g. 08:00, 8am or 6:15pm", typed)
	s = meridiem(s)
	var c clock
	pm := strings.HasSuffix(s, "pm")
	if pm || strings.HasSuffix(s, "am") {
		c.marked, s = true, s[:len(s)-2]
	}
	hs, ms, hasMin := strings.Cut(strings.Replace(s, ".", ":", 1), ":")
	if !hasMin && !c.marked || len(hs) < 1 || len(hs) > 2 || hasMin && len(ms) != 2 {
		return clock{}, bad
	}
	var err error
	if c.h, err = strconv.Atoi(hs); err != nil || hs[0] == '+' || hs[0] == '-' {
		return clock{}, bad
	}
	if hasMin {
		if c.m, err = strconv.Atoi(ms); err != nil || ms[0] == '+' || ms[0] == '-' || c.m > 59 {
			return clock{}, bad
		}
	}
	if c.marked {
		if c.h < 1 || c.h > 12 {
			return clock{}, bad
		}
		c.h %= 12 // 12am is midnight, 12pm noon
		if pm {
			c.h += 12
		}
	}
	if c.h > 23 {
		return clock{}, bad
	}
	return c, nil
}

// cronFields turns the phrase into cron's five fields. typed is the phrase as written, for
// the messages.
//
// A schedule with days but no time ("every tuesday and friday", "every weekday morning") is
// refused with the phrase and a time to add, not given a guessed hour: a digest that lands at
// an hour nobody chose is posted to a whole channel, while the refusal costs one retyping.
func (p phrase) cronFields(typed string) (string, error) {
	monthDays := p.monthly || p.doms != 0
	switch {
	case p.daily && (p.days != 0 || monthDays || p.weekly):
		return "", fmt.Errorf("%q says every day and also particular days; say one, e.g. `daily at 8am` or `mondays at 8am`", typed)
	case p.days != 0 && monthDays:
		return "", fmt.Errorf("%q names days of the week and of the month, and cron would run on either rather than both; say one, e.g. `mondays at 9am` or `monthly on the 1st at 9am`", typed)
	case p.weekly && p.days == 0:
		return "", fmt.Errorf("%q does not say which day of the week: e.g. `weekly on monday at 9am`", typed)
	}
	dom, dow := "*", "*"
	if p.days != 0 {
		dow = bitList(p.days)
	}
	if monthDays {
		if p.doms == 0 {
			p.doms = 1 << 1 // "monthly" alone is the 1st, as @monthly
		}
		dom = bitList(p.doms)
	}
	if p.hourStep > 0 {
		if len(p.clocks) > 0 || p.part != "" {
			return "", fmt.Errorf("%q says every few hours and also a time of day; say one, e.g. `every 2 hours` or `daily at 9am`", typed)
		}
		hour := "*"
		if p.hourStep > 1 {
			hour = "*/" + strconv.Itoa(p.hourStep)
		}
		return fmt.Sprintf("0 %s %s * %s", hour, dom, dow), nil
	}
	if len(p.clocks) == 0 {
		example := map[string]string{"morning": "8am", "afternoon": "2pm", "evening": "6pm", "night": "9pm", "": "9am"}[p.part]
		return "", fmt.Errorf("%q does not say at what time; add one, e.g. `%s at %s`", typed, typed, example)
	}
	var hours uint64
	for i, c := range p.clocks {
		h, err := p.hourIn(c)
		if err != nil {
			return "", err
		}
		if c.m != p.clocks[0].m {
			return "", fmt.Errorf("%q has times at different minutes past the hour (:%02d and :%02d), which one cron schedule can't hold; subscribe once for each, e.g. `weekdays at 9am` and `weekdays at 5:30pm`", typed, p.clocks[0].m, p.clocks[i].m)
		}
		hours |= 1 << h
	}
	return fmt.Sprintf("%d %s %s * %s", p.clocks[0].m, bitList(hours), dom, dow), nil
}

// hourIn places a time in the part of the day said with it: the part settles which half of
// the day an unmarked time means ("every evening at 7" is 19:00), and a time outside the
// part is refused ("every morning at 6pm").
func (p phrase) hourIn(c clock) (int, error) {
	if p.part == "" {
		return c.h, nil
	}
	span := partsOfDay[p.part]
	in := func(h int) bool { return span[0] <= h && h < span[1] || span[0] <= h+24 && h+24 < span[1] }
	h := c.h
	if !c.marked && h >= 1 && h <= 11 && in(h+12) {
		h += 12
	}
	if !in(h) {
		return 0, fmt.Errorf("%02d:%02d is not in the %s (%02d:00 to %02d:00): e.g. `every weekday %s at %02d:30`",
			h, c.m, p.part, span[0], span[1]%24, p.part, span[0]+2)
	}
	return h, nil
}

// bitList writes a bit set as a cron list, runs of three or more as ranges: 1-5, 0,6, 9,17.
func bitList(set uint64) string {
	var parts []string
	for v := 0; v < 64; v++ {
		if set&(1<<v) == 0 {
			continue
		}
		end := v
		for end+1 < 64 && set&(1<<(end+1)) != 0 {
			end++
		}
		switch {
		case end-v >= 2:
			parts = append(parts, fmt.Sprintf("%d-%d", v, end))
		case end > v:
			parts = append(parts, strconv.Itoa(v), strconv.Itoa(end))
		default:
			parts = append(parts, strconv.Itoa(v))
		}
		v = end
	}
	return strings.Join(parts, ",")
}

// Reading says how the schedule was read, in plain words with its zone: "every weekday at
// 17:30 (Asia/Tokyo)". It is derived from the cron fields, so a stored spec reads the same as
// the phrase it came from; what has no plain phrasing reads "cron 0 8 1 * 1 (UTC)".
func (s Schedule) Reading() string {
	words, ok := phrasing(s.sched)
	if !ok {
		words = "cron " + s.Fields()
	}
	return words + " (" + s.Zone.String() + ")"
}

const starBit = 1 << 63 // robfig/cron marks a field written * or ? with it

// bitSpan is the set of values lo..hi.
func bitSpan(lo, hi int) uint64 { return (1<<(hi+1) - 1) &^ (1<<lo - 1) }

func setBits(set uint64) []int {
	var out []int
	for ; set != 0; set &= set - 1 {
		out = append(out, bits.TrailingZeros64(set))
	}
	return out
}

// phrasing words a cron schedule whose minute is fixed and month unrestricted.
func phrasing(sched cron.Schedule) (string, bool) {
	spec, ok := sched.(*cron.SpecSchedule)
	if !ok || spec.Month&bitSpan(1, 12) != bitSpan(1, 12) || spec.Second&^starBit != 1 ||
		bits.OnesCount64(spec.Minute&^starBit) != 1 {
		return "", false
	}
	every, on, ok := dayPhrasing(spec)
	if !ok {
		return "", false
	}
	if on != "" {
		on = " " + on
	}
	minute := bits.TrailingZeros64(spec.Minute &^ starBit)
	hours := setBits(spec.Hour &^ starBit)
	at := func(h int) string { return fmt.Sprintf("%02d:%02d", h, minute) }
	switch n := len(hours); {
	case n == 24 && minute == 0:
		return "every hour" + on, true
	case n == 24:
		return fmt.Sprintf("every hour at :%02d%s", minute, on), true
	case n > 2 && evenlySpaced(hours): // twice a day reads better as two times
		return fmt.Sprintf("every %d hours from %s%s", 24/n, at(hours[0]), on), true
	case n >= 3 && hours[n-1]-hours[0] == n-1:
		return fmt.Sprintf("every hour from %s to %s%s", at(hours[0]), at(hours[n-1]), on), true
	case n <= 6:
		times := make([]string, n)
		for i, h := range hours {
			times[i] = at(h)
		}
		return every + " at " + joinAnd(times), true
	}
	return "", false
}

// evenlySpaced says the hours step evenly round the whole day (0,6,12,18 or 1,3,…,23).
func evenlySpaced(hours []int) bool {
	step := 24 / len(hours)
	if step*len(hours) != 24 {
		return false
	}
	for i := 1; i < len(hours); i++ {
		if hours[i]-hours[i-1] != step {
			return false
		}
	}
	return true
}

var weekOrder = []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}

// dayPhrasing words the days a schedule runs on twice: after "every …" times ("every weekday",
// "on the 1st of every month") and after an hourly phrase ("on weekdays", or nothing).
func dayPhrasing(spec *cron.SpecSchedule) (every, on string, ok bool) {
	dom, dow := spec.Dom&^starBit, spec.Dow&^starBit
	allDom, allDow := dom == bitSpan(1, 31), dow == bitSpan(0, 6)
	// robfig/cron runs on either restricted day field when neither is *, on both otherwise.
	if spec.Dom&starBit == 0 && spec.Dow&starBit == 0 && !allDom && !allDow {
		return "", "", false
	}
	switch {
	case allDom && allDow, spec.Dom&starBit == 0 && spec.Dow&starBit == 0:
		return "every day", "", true
	case allDow:
		days := setBits(dom)
		if len(days) > 5 {
			return "", "", false
		}
		names := make([]string, len(days))
		for i, d := range days {
			names[i] = ordinalName(d)
		}
		every = "on the " + joinAnd(names) + " of every month"
		return every, every, true
	case dow == weekdayBits:
		return "every weekday", "on weekdays", true
	}
	var singular, plural []string
	for _, d := range weekOrder {
		if dow&(1<<d) != 0 {
			singular = append(singular, d.String())
			plural = append(plural, d.String()+"s")
		}
	}
	return "every " + joinAnd(singular), "on " + joinAnd(plural), true
}

func ordinalName(d int) string {
	switch {
	case d%10 == 1 && d != 11:
		return strconv.Itoa(d) + "st"
	case d%10 == 2 && d != 12:
		return strconv.Itoa(d) + "nd"
	case d%10 == 3 && d != 13:
		return strconv.Itoa(d) + "rd"
	}
	return strconv.Itoa(d) + "th"
}

// joinAnd writes "a", "a and b", "a, b and c".
func joinAnd(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
