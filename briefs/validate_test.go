package briefs

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestDanglingOpener(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"this", "This has made South Korea hesitate.", "This"},
		{"any case", "THESE differences make it hard", "THESE"},
		{"lower case is generated text, not a sentence", "these differences make it hard", ""},
		{"possessive", "Its goal is to contain China.", "Its"},
		{"contraction", "It's easy to express goodwill.", "It"},
		{"after a quote mark", "“They” said so.", "They"},
		{"such", "Such moves hurt ties.", "Such"},
		{"her", "Her visit to Madrid ended.", "Her"},
		{"named subject", "The author says Japan curbs China.", ""},
		{"word that only starts like one", "Thistle grows in Madrid.", ""},
		{"theirs is not listed", "Theirs was the most mature partnership.", ""},
		{"empty", "", ""},
		{"no letters", "2022 — ", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := danglingOpener(tc.text); got != tc.want {
				t.Errorf("danglingOpener(%q) = %q; want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestValidateFlagsDanglingText: a fact whose text opens with a word pointing at a missing
// sentence is reported with its id, and the embedded store has none.
func TestValidateFlagsDanglingText(t *testing.T) {
	m := brokenStore()
	m["facts.yaml"] = &fstest.MapFile{Data: []byte(`
- id: dangling
  text: This made Japan greet Korea.
  quote: 'Japan said "hello" to Korea.'
  source: src
  section: s1
  entities: [JP]
  topics: [history]
  kind: event
  weight: 5
- id: standalone
  text: Japan greeted Korea.
  quote: 'Japan said "hello" to Korea.'
  source: src
  section: s2
  entities: [JP]
  topics: [history]
  kind: event
  weight: 5
`)}
	_, err := Load(m)
	var verr *ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("Load() = %v; want *ValidationError", err)
	}
	var got []string
	for _, p := range verr.Problems {
		if strings.Contains(p.Msg, "opens with") {
			got = append(got, p.String())
		}
	}
	want := []string{`fact dangling: text opens with "This", which points at a sentence the fact does not carry: name what it refers to`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dangling-text problems (-want +got):\n%s", diff)
	}

	for _, f := range mustLoad(t).Facts() {
		if w := danglingOpener(f.Text); w != "" {
			t.Errorf("fact %s opens with %q: %q", f.ID, w, f.Text)
		}
	}
}

// TestValidateOrderIsStable: the same broken store gives the same problems in the same order
// every time, so a curator's diff of two runs shows only what changed.
func TestValidateOrderIsStable(t *testing.T) {
	problems := func() []string {
		m := brokenStore()
		// A source missing every optional-looking field exercises the per-field checks.
		m["sources.yaml"] = &fstest.MapFile{Data: []byte(`
- id: src
  date: "2022-07"
  sections:
    - {id: s1, label: "S1", heading: "First heading"}
`)}
		_, err := Load(m)
		var verr *ValidationError
		if !errors.As(err, &verr) {
			t.Fatalf("Load() = %v; want *ValidationError", err)
		}
		out := make([]string, len(verr.Problems))
		for i, p := range verr.Problems {
			out[i] = p.String()
		}
		return out
	}
	first := problems()
	wantMissing := []string{"title", "author", "publisher", "attribution", "as_of", "file"}
	var gotMissing []string
	for _, p := range first {
		if field, ok := strings.CutPrefix(p, "source src: missing "); ok {
			gotMissing = append(gotMissing, field)
		}
	}
	if !slices.Equal(gotMissing, wantMissing) {
		t.Errorf("missing source fields reported as %v; want %v in that order", gotMissing, wantMissing)
	}
	for range 20 {
		if diff := cmp.Diff(first, problems()); diff != "" {
			t.Fatalf("problems changed order between runs (-first +now):\n%s", diff)
		}
	}
}

// TestValidateSynonymStems: groups are matched by stem, so a word reading like a word of
// another group ("object" and "objective" both read "object") is reported: it would silently
// make "objectives" a synonym of "protest".
func TestValidateSynonymStems(t *testing.T) {
	m := brokenStore()
	m["synonyms.yaml"] = &fstest.MapFile{Data: []byte("- [goal, objective]\n- [oppose, object]\n- [aim, goals]\n")}
	_, err := Load(m)
	var verr *ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("Load() = %v; want *ValidationError", err)
	}
	var got []string
	for _, p := range verr.Problems {
		if strings.HasPrefix(p.Where, "synonyms") {
			got = append(got, p.String())
		}
	}
	want := []string{
		`synonyms group 2: "object" reads as "object", like "objective" of group 1`,
		`synonyms group 3: "goals" reads as "goal", like "goal" of group 1`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("synonym problems (-want +got):\n%s", diff)
	}
}

func TestCheckQuestions(t *testing.T) {
	tests := []struct {
		name      string
		questions []string
		want      []string // substrings of the problems, in order
	}{
		{"none yet", nil, nil},
		{"two", []string{"Who went?", "When was it?"}, nil},
		{"one", []string{"Who went?"}, []string{"has 1 questions"}},
		{"five", []string{"A?", "B?", "C?", "D?", "E?"}, []string{"has 5 questions"}},
		{"not a question", []string{"Who went?", "Tell me when"}, []string{"does not end with a question mark"}},
		{"another fact's", []string{"Who went?", "Where is Dokdo?"}, []string{"also fact other's"}},
	}
	for _, tt := range tests {
		seen := map[string]string{"where is dokdo?": "other"}
		got := checkQuestions(&Fact{ID: "f", Questions: tt.questions}, seen)
		if len(got) != len(tt.want) {
			t.Errorf("%s: problems %q, want %d", tt.name, got, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			if !strings.Contains(got[i], w) {
				t.Errorf("%s: problem %q lacks %q", tt.name, got[i], w)
			}
		}
	}
}

// TestValidateReportsEveryProblemInOrder: every problem of a store broken in every kind of
// record is reported, in the order of the records and, within one, of the checks — the order
// `briefbot facts validate` prints, the same on every run.
func TestValidateReportsEveryProblemInOrder(t *testing.T) {
	want := []string{
		"source src: added: date \"2023-02-30\" does not parse as 2006-01-02",
		"source src: duplicate section id \"s1\"",
		"source src: section \"s3\" needs a heading and a label",
		"source src: section \"s4\" heading does not occur in the source text",
		"source src: duplicate id",
		"source #3: missing id",
		"source bare: missing title",
		"source bare: missing author",
		"source bare: missing publisher",
		"source bare: missing attribution",
		"source bare: missing as_of",
		"source bare: date \"July 2022\" is not YYYY, YYYY-MM or YYYY-MM-DD",
		"source bare: source text is empty",
		"entity KR: name or alias \"nippon\" is already used by entity JP",
		"entity KR: empty alias",
		"entity Bad_Id: id must be an ISO 3166 alpha-2 code or a lowercase slug",
		"entity Bad_Id: unknown kind \"nation\" (want country, person, organisation, place, agreement, strategy, document or event)",
		"entity Bad_Id: missing name",
		"entity Bad_Id: empty alias",
		"entity JP: duplicate id",
		"entity #5: missing id",
		"entity KR: capital \"Seoul\": only a country has a capital, named as one of its aliases",
		"entity pm: leads \"atlantis\": only a person leads, and only a country",
		"entity tokyo: leads \"JP\": only a person leads, and only a country",
		"entity tokyo: former: only a person leaves an office",
		"entity tokyo: capital \"Tokyo\": only a country has a capital, named as one of its aliases",
		"entity envoy: serves \"nato\": only a person serves, and only a country",
		"entity club: member \"tokyo\": only an organisation has members, and only countries",
		"entity club: within \"JP\": only an event is held within another event",
		"topic History2: id must be a lowercase slug",
		"topic History2: name or alias \"history\" is already used by topic history",
		"topic history: duplicate id",
		"topic #4: missing id",
		"topic history: broader topic \"trade\" is not another known topic",
		"topic self: broader topic \"self\" is not another known topic",
		"fact good: text opens with \"They\", which points at a sentence the fact does not carry: name what it refers to",
		"fact good: a statement needs an attribution naming who said it (author, analysts or an entity id), got \"\"",
		"fact good: side 2 names \"CN\", which is not among the fact's entities",
		"fact good: question \"Who greeted whom?\" is also fact good's; give it to the one that answers it best",
		"fact good: question \"Why\" does not end with a question mark",
		"fact Bad_Slug: id must be a lowercase kebab-case slug",
		"fact Bad_Slug: unknown source \"nowhere\"",
		"fact Bad_Slug: needs at least one topic",
		"fact Bad_Slug: analysis must be attributed to author or analysts, got \"JP\"",
		"fact Bad_Slug: analysis text must say whose judgement it is (the author's or analysts')",
		"fact Bad_Slug: weight 0 is outside 1..10",
		"fact Bad_Slug: unknown stance \"warm\" (want cooperation or difference)",
		"fact #3: missing id",
		"fact : missing source",
		"fact : empty quote",
		"fact : unknown attribution \"nobody\" (want author, analysts or an entity id)",
		"fact : date \"2022-02-30\" does not parse as 2006-01-02",
		"fact sided: cooperation side 1 has 1 entities; cooperation needs two or more",
		"fact good: because \"good\" is not another known fact",
		"fact good: but \"missing\" is not another known fact",
		"fact good: with \"good\" is not another known fact",
		"fact sided: because \"nowhere\" is not another known fact",
		"fact sided: example \"sided\" is not another known fact",
		"synonyms group 1: a group needs two words or more",
		"synonyms group 2: \"goals\" reads as \"goal\", like \"goal\" of group 1",
		"synonyms group 2: \"two words\" is not a single word of letters",
		"synonyms group 3: \"aim\" is also in group 2",
		"source src: section \"s3\" (Third) has no facts",
		"source src: section \"s4\" (Not in the text) has no facts",
	}
	for run := range 10 {
		_, err := Load(everyProblemStore())
		var verr *ValidationError
		if !errors.As(err, &verr) {
			t.Fatalf("Load() = %v; want *ValidationError", err)
		}
		got := make([]string, len(verr.Problems))
		for i, p := range verr.Problems {
			got[i] = p.String()
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("run %d: problems (-want +got):\n%s", run, diff)
		}
	}
}

// everyProblemStore has problems in every kind of record, several per record, so the order
// they are reported in is fixed by more than one check.
func everyProblemStore() fstest.MapFS {
	m := brokenStore()
	m["sources.yaml"] = &fstest.MapFile{Data: []byte(`
- id: src
  title: T
  author: A
  publisher: P
  date: "2022-07"
  as_of: mid-2022
  file: text.txt
  attribution: by A
  added: "2023-02-30"
  sections:
    - {id: s1, label: "S1", heading: "First heading"}
    - {id: s2, label: "S2", heading: "Second heading"}
    - {id: s1, label: "Again", heading: "First heading"}
    - {id: s3, label: "", heading: "Third"}
    - {id: s4, label: "S4", heading: "Not in the text"}
- id: src
  title: Copy
- title: No id
- id: bare
  date: "July 2022"
  file: bare.txt
`)}
	m["bare.txt"] = &fstest.MapFile{Data: []byte(" \n")}
	m["entities.yaml"] = &fstest.MapFile{Data: []byte(`
- {id: JP, kind: country, name: Japan, aliases: [nippon]}
- {id: KR, kind: country, name: South Korea, aliases: [nippon, ""], capital: Seoul}
- {id: Bad_Id, kind: nation, name: " "}
- {id: JP, kind: country, name: Japan again}
- {kind: country, name: Nowhere}
- {id: pm, kind: person, name: PM, leads: atlantis}
- {id: tokyo, kind: place, name: Tokyo, leads: JP, former: true, capital: Tokyo}
- {id: envoy, kind: person, name: Envoy, serves: nato}
- {id: club, kind: organisation, name: Club, members: [JP, tokyo], within: JP}
`)}
	m["topics.yaml"] = &fstest.MapFile{Data: []byte(`
- {id: history, name: History, broader: trade}
- {id: History2, name: history}
- {id: history, name: Again}
- {name: No id}
- {id: self, name: Self, broader: self}
`)}
	m["synonyms.yaml"] = &fstest.MapFile{Data: []byte("- [goal]\n- [aim, goals, two words]\n- [aim, target]\n")}
	m["facts.yaml"] = &fstest.MapFile{Data: []byte(`
- id: good
  text: They greeted Korea.
  quote: 'Japan said "hello" to Korea.'
  source: src
  section: s1
  entities: [JP, KR]
  topics: [history]
  kind: statement
  weight: 5
  stance: difference
  sides: [[JP], [CN]]
  questions: [Who greeted whom?, Who greeted whom?, Why]
  because: good
  but: missing
  with: good
- id: Bad_Slug
  text: Japan waved.
  quote: Japan waved
  source: nowhere
  section: s1
  entities: [JP]
  topics: []
  kind: analysis
  attribution: JP
  weight: 0
  stance: warm
- text: No id.
  quote: "   "
  section: s1
  entities: [JP]
  topics: [history]
  kind: context
  attribution: nobody
  date: "2022-02-30"
  weight: 3
- id: sided
  text: Japan and Korea cooperate.
  quote: Nothing here.
  source: src
  section: s2
  entities: [JP, KR]
  topics: [history]
  kind: event
  weight: 4
  stance: cooperation
  sides: [[JP]]
  because: nowhere
  examples: [good, sided]
`)}
	return m
}

// TestChecksOnlyReadAndDeriveFills: validate leaves the records as read, and derive fills in
// what follows from them — dates, where each quote stands, when a source joined.
func TestChecksOnlyReadAndDeriveFills(t *testing.T) {
	d, err := ReadData(EmbeddedFS())
	if err != nil {
		t.Fatalf("ReadData() = %v", err)
	}
	d.Sources[0].Added = "2023-01-05"
	if probs := validate(&d); len(probs) > 0 {
		t.Fatalf("validate(embedded) = %v; want no problems", probs)
	}
	if !d.Sources[0].added.IsZero() {
		t.Errorf("validate filled source %s's added date", d.Sources[0].ID)
	}
	for _, f := range d.Facts {
		if f.Dated() || f.quoteFrom != 0 || f.quoteTo != 0 {
			t.Fatalf("validate filled fact %s's derived fields: when %v, quote %d..%d", f.ID, f.when, f.quoteFrom, f.quoteTo)
		}
	}

	derive(&d)
	if got, want := d.Sources[0].added, time.Date(2023, 1, 5, 0, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("source %s added = %v; want %v", d.Sources[0].ID, got, want)
	}
	textOf := map[string]string{}
	for _, s := range d.Sources {
		textOf[s.ID] = s.Text
	}
	dated := 0
	for _, f := range d.Facts {
		if f.Date != "" {
			dated++
			if want, _ := parseDate(f.Date); !f.when.Equal(want) {
				t.Errorf("fact %s: when = %v; want %v (date %q)", f.ID, f.when, want, f.Date)
			}
		}
		if got, want := normalizeQuote(textOf[f.Source][f.quoteFrom:f.quoteTo]), normalizeQuote(f.Quote); got != want {
			t.Errorf("fact %s: quote span reads %q; want %q", f.ID, got, want)
		}
	}
	if dated == 0 {
		t.Error("no dated fact in the embedded store: the date check tests nothing")
	}
}

// TestValidateClipsLongQuotes: a quote not found is shown cut to 80 characters and a mark,
// as before the store shared one clip helper.
func TestValidateClipsLongQuotes(t *testing.T) {
	m := brokenStore()
	quote := strings.Repeat("ä", 79) + "bcd"
	m["facts.yaml"] = &fstest.MapFile{Data: []byte(`
- id: long
  text: Japan greeted Korea.
  quote: "` + quote + `"
  source: src
  section: s1
  entities: [JP]
  topics: [history]
  kind: event
  weight: 5
`)}
	_, err := Load(m)
	var verr *ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("Load() = %v; want *ValidationError", err)
	}
	want := fmt.Sprintf("fact long: quote does not occur verbatim in source src: %q", strings.Repeat("ä", 79)+"b…")
	if !slices.ContainsFunc(verr.Problems, func(p Problem) bool { return p.String() == want }) {
		t.Errorf("problems = %v; want %s", verr.Problems, want)
	}
}
