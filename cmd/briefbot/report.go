package main

// briefbot report: the curators' to-do list. The questions people asked that the bot refused
// or that they voted down, grouped by similar wording, most often asked first.

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/internal/runes"
	"github.com/kljensen/snowball/english"
)

const reportUsage = `briefbot report [--since 7d] [--limit N] [--who] [--format text|json]

Lists the questions the bot refused, or that people voted down, since --since: the curators'
to-do list. Questions worded alike ("What did Yoon say about Dokdo?", "dokdo — yoon?") are
one group; the most often asked come first. Each group says how often it was asked, refused
and voted up and down, a few of its wordings, the facts shown, and the conversations it came
from, as short hashes that never reveal who or where; --who adds the ids of the users who
voted it down. Reads the store BRIEFBOT_DATABASE_URL names (named on stderr); never creates
a database.`

const (
	// reportScan bounds the answers one report reads, most often given first: groups past
	// it would be the least asked.
	reportScan = 10000
	// In the text report: wordings and facts shown per group, and the length of a wording.
	textWordings   = 3
	textFacts      = 8
	textWordingLen = 120
)

func runReport(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlagSet("report", reportUsage, stderr)
	since := fs.String("since", "7d", "how far back: a duration such as 7d, 36h or 2w, or a date (2026-11-01, UTC)")
	limit := fs.Int("limit", 20, "at most this many groups; 0: all")
	who := fs.Bool("who", false, "name the users who voted each group down")
	format := fs.String("format", "text", "text or json")
	if err := parseFlagsHelp(fs, args, stdout); err != nil {
		return helpOK(err)
	}
	if fs.NArg() > 0 {
		return usagef("report takes no arguments, only flags: %q", fs.Args())
	}
	now := time.Now().UTC()
	from, err := parseSince(*since, now)
	if err != nil {
		return usagef("--since: %v", err)
	}
	if *limit < 0 {
		return usagef("--limit must be 0 (all) or more, not %d", *limit)
	}
	if *format != "text" && *format != "json" {
		return usagef("--format must be text or json, not %q", *format)
	}

	st, err := openDigestStore(ctx, getenv, true, stderr)
	if err != nil {
		return err
	}
	defer st.Close()
	answers, err := st.Report(ctx, store.ReportFilter{Since: from, Limit: reportScan})
	if err != nil {
		return fmt.Errorf("read the report: %w", err)
	}
	if len(answers) == reportScan {
		fmt.Fprintf(stderr, "report: read the %d most often given answers only\n", reportScan)
	}
	r := buildReport(answers, from, *who)
	if *limit > 0 && len(r.Groups) > *limit {
		r.More = len(r.Groups) - *limit
		r.Groups = r.Groups[:*limit]
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	writeReport(stdout, r)
	return nil
}

// parseSince reads --since: a duration back from now (Go's units, plus d for days and w for
// weeks) or a date, midnight UTC.
func parseSince(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	bad := fmt.Errorf("%q is neither a duration such as 7d, 36h or 2w nor a date such as 2026-11-01", s)
	d, err := time.ParseDuration(s)
	for unit, days := range map[string]int{"d": 1, "w": 7} {
		if n, ok := strings.CutSuffix(s, unit); ok {
			count, cerr := strconv.Atoi(n)
			if cerr != nil || count > maxSinceDays/days {
				return time.Time{}, bad
			}
			d, err = time.Duration(count*days)*24*time.Hour, nil
		}
	}
	if err != nil || d <= 0 {
		return time.Time{}, bad
	}
	return now.Add(-d), nil
}

// maxSinceDays bounds --since, far beyond any store's age, so that no count overflows.
const maxSinceDays = 100 * 366

// report is what briefbot report prints, and its JSON.
type report struct {
	Since  time.Time     `json:"since"`
	Groups []reportGroup `json:"groups"`
	More   int           `json:"more,omitempty"` // groups left out by --limit
}

// reportGroup is one question, however it was worded.
type reportGroup struct {
	Key      string    `json:"key"` // the wording as grouped: stems, sorted
	Asked    int       `json:"asked"`
	Refused  int       `json:"refused"` // asks whose answer, as last given, found nothing
	Up       int       `json:"up"`
	Down     int       `json:"down"`
	Wordings []wording `json:"wordings"` // most often asked first
	Commands []string  `json:"commands"` // what answered it
	Facts    []string  `json:"facts,omitempty"`
	// Conversations are short hashes of the conversations' keys: a curator can tell one
	// conversation from another without learning where, or whose, it was.
	Conversations []string  `json:"conversations,omitempty"`
	OneShot       int       `json:"one_shot,omitempty"` // asks outside any conversation
	Voters        []string  `json:"voters,omitempty"`   // with --who only: platform:user
	LastAsked     time.Time `json:"last_asked"`

	asked map[string]int // by wording
}

// wording is one way a question was put, and how often.
type wording struct {
	Text  string `json:"text"`
	Asked int    `json:"asked"`
}

// buildReport groups the store's answers by wording, most asked first.
func buildReport(answers []store.AnswerReport, since time.Time, who bool) report {
	byKey := map[string]*reportGroup{}
	var order []*reportGroup
	for _, a := range answers {
		key := wordingKey(a.Question)
		g := byKey[key]
		if g == nil {
			g = &reportGroup{Key: key, asked: map[string]int{}}
			byKey[key] = g
			order = append(order, g)
		}
		g.add(a, who)
	}
	r := report{Since: since, Groups: []reportGroup{}}
	for _, g := range order {
		for text, n := range g.asked {
			g.Wordings = append(g.Wordings, wording{Text: text, Asked: n})
		}
		slices.SortFunc(g.Wordings, func(a, b wording) int {
			return cmp.Or(cmp.Compare(b.Asked, a.Asked), cmp.Compare(a.Text, b.Text))
		})
		slices.Sort(g.Commands)
		slices.Sort(g.Voters)
		g.Voters = slices.Compact(g.Voters)
		r.Groups = append(r.Groups, *g)
	}
	slices.SortStableFunc(r.Groups, func(a, b reportGroup) int {
		return cmp.Or(cmp.Compare(b.Asked, a.Asked), cmp.Compare(b.Down, a.Down),
			b.LastAsked.Compare(a.LastAsked), cmp.Compare(a.Key, b.Key))
	})
	return r
}

func (g *reportGroup) add(a store.AnswerReport, who bool) {
	g.Asked += a.Count
	if !a.Found {
		g.Refused += a.Count
	}
	g.Up += a.Up
	g.Down += a.Down
	g.asked[strings.TrimSpace(a.Question)] += a.Count
	if a.Command != "" && !slices.Contains(g.Commands, a.Command) {
		g.Commands = append(g.Commands, a.Command)
	}
	for _, f := range a.FactIDs {
		if !slices.Contains(g.Facts, f) {
			g.Facts = append(g.Facts, f)
		}
	}
	if a.Conversation == "" {
		g.OneShot += a.Count
	} else if h := conversationHash(a.Conversation); !slices.Contains(g.Conversations, h) {
		g.Conversations = append(g.Conversations, h)
	}
	if who {
		for _, u := range a.Voters {
			g.Voters = append(g.Voters, a.Platform+":"+u)
		}
	}
	if a.At.After(g.LastAsked) {
		g.LastAsked = a.At
	}
}

// conversationHash names a conversation in the report: stable across reports, so a curator
// sees the same conversation come back, and one way.
func conversationHash(key string) string {
	sum := sha256.Sum256([]byte("briefbot conversation\x00" + key))
	return hex.EncodeToString(sum[:4])
}

// chatFillers are words of asking that the stop-word list lacks.
var chatFillers = map[string]bool{
	"tell": true, "please": true, "say": true, "said": true, "says": true, "know": true,
	"explain": true, "also": true, "anything": true, "something": true, "really": true,
	"ok": true, "okay": true, "hi": true, "hello": true, "thanks": true, "hey": true,
}

// wordingKey is what questions worded alike share: their words in lower case without
// punctuation (briefs.NormalizeName), less stop words and fillers, stemmed, in no order. A
// question made of stop words only ("why?", "and then?") keeps its words.
func wordingKey(question string) string {
	words := strings.Fields(briefs.NormalizeName(question))
	var stems []string
	for _, w := range words {
		if english.IsStopWord(w) || chatFillers[w] {
			continue
		}
		stems = append(stems, english.Stem(w, false))
	}
	if len(stems) == 0 {
		stems = words
	}
	slices.Sort(stems)
	return strings.Join(slices.Compact(stems), " ")
}

// writeReport prints the report for a terminal.
func writeReport(w io.Writer, r report) {
	since := r.Since.UTC().Format("2006-01-02 15:04 UTC")
	if len(r.Groups) == 0 {
		fmt.Fprintf(w, "Nothing refused or voted down since %s.\n", since)
		return
	}
	fmt.Fprintf(w, "Refused or voted down since %s, most often asked first:\n", since)
	for i, g := range r.Groups {
		fmt.Fprintf(w, "\n%d. asked %d, refused %d, votes up %d down %d; last asked %s UTC\n",
			i+1, g.Asked, g.Refused, g.Up, g.Down, g.LastAsked.UTC().Format("2006-01-02 15:04"))
		var quoted []string
		for _, q := range g.Wordings[:min(len(g.Wordings), textWordings)] {
			quoted = append(quoted, fmt.Sprintf("%s ×%d", strconv.Quote(clipRunes(q.Text, textWordingLen)), q.Asked))
		}
		fmt.Fprintf(w, "   wordings:      %s%s\n", strings.Join(quoted, "; "), more(len(g.Wordings), textWordings))
		fmt.Fprintf(w, "   answered by:   %s\n", orNone(g.Commands, len(g.Commands)))
		fmt.Fprintf(w, "   facts shown:   %s%s\n", orNone(g.Facts, textFacts), more(len(g.Facts), textFacts))
		where := g.Conversations
		if g.OneShot > 0 {
			where = append(slices.Clip(where), fmt.Sprintf("%d one-shot", g.OneShot))
		}
		fmt.Fprintf(w, "   conversations: %s\n", orNone(where, len(where)))
		if len(g.Voters) > 0 {
			fmt.Fprintf(w, "   voted down by: %s\n", strings.Join(g.Voters, ", "))
		}
	}
	if r.More > 0 {
		fmt.Fprintf(w, "\n(%d more; --limit 0 lists all)\n", r.More)
	}
}

func orNone(l []string, max int) string {
	if len(l) == 0 {
		return "none"
	}
	return strings.Join(l[:min(len(l), max)], ", ")
}

func more(n, shown int) string {
	if n <= shown {
		return ""
	}
	return fmt.Sprintf(" (+%d more)", n-shown)
}

// clipRunes cuts s to n runes, marking the cut.
func clipRunes(s string, n int) string { return runes.Clip(s, n, "…") }
