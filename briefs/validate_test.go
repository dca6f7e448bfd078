package briefs

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

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
