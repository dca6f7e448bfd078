package briefs

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"
)

func mustLoad(t testing.TB) *Store {
	t.Helper()
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatalf("LoadEmbedded() = %v", err)
	}
	return s
}

func TestEmbeddedStoreIsValid(t *testing.T) {
	s := mustLoad(t)
	if n := len(s.Facts()); n < 100 {
		t.Errorf("store has %d facts; want at least 100 drawn from the whole article", n)
	}
	src := s.Source("outlook-2022")
	if src == nil {
		t.Fatal(`Source("outlook-2022") = nil`)
	}
	// Every quote occurs verbatim in the article (after folding whitespace and typographic
	// quotes only), checked here independently of the loader's own check.
	text := normalizeQuote(src.Text)
	for _, f := range s.Facts() {
		if !strings.Contains(text, normalizeQuote(f.Quote)) {
			t.Errorf("fact %s: quote not in source: %q", f.ID, f.Quote)
		}
	}
	// Every section and sub-heading yields facts.
	for _, sec := range src.Sections {
		n := 0
		for _, f := range s.Facts() {
			if f.Section == sec.ID {
				n++
			}
		}
		if n == 0 {
			t.Errorf("section %s (%s) has no facts", sec.ID, sec.Heading)
		}
	}
}

func TestEmbeddedStoreContent(t *testing.T) {
	s := mustLoad(t)
	for _, f := range s.Facts() {
		// The author's judgements are attributed in the text itself, so they can travel alone.
		if f.Kind == KindAnalysis && !strings.Contains(strings.ToLower(f.Text), "author") && !strings.Contains(strings.ToLower(f.Text), "analyst") {
			t.Errorf("analysis fact %s does not say whose judgement it is: %q", f.ID, f.Text)
		}
		// Texts use canonical names, never the translation's garbled ones.
		for _, garbled := range []string{"Yin Xiyue", "Kishida Wenxiong", "Lin Fangzheng", "Zheng Yirong", "Adrian", "Kimpo", "India Pacific", "Indian Pacific"} {
			if strings.Contains(f.Text, garbled) {
				t.Errorf("fact %s text uses the article's spelling %q; want the canonical name", f.ID, garbled)
			}
		}
		// A text is a sentence of its own: it opens with a capital (or a quote mark or digit),
		// so the validator's check of its first word sees every sentence opener.
		if r, _ := utf8.DecodeRuneInString(f.Text); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"“'", r) {
			t.Errorf("fact %s text does not open a sentence: %q", f.ID, f.Text)
		}
		// Every fact of the shipped store has its everyday questions (validate allows none
		// only for a store still being written).
		if n := len(f.Questions); n < minQuestions || n > maxQuestions {
			t.Errorf("fact %s has %d questions, want %d to %d", f.ID, n, minQuestions, maxQuestions)
		}
		// Singapore appears only where the article's inconsistency is noted.
		if f.HasEntity("SG") && f.Kind != KindContext {
			t.Errorf("fact %s gives Singapore a role (%s); the article states no Singapore position", f.ID, f.Kind)
		}
	}
	for name, want := range map[string]string{
		"korea": "KR", "ROK": "KR", "south korea": "KR", "DPRK": "KP", "north korea": "KP",
		"USA": "US", "america": "US", "JP": "JP", "Yin Xiyue": "yoon-suk-yeol",
		"Kishida Wenxiong": "fumio-kishida", "Lin Fangzheng": "hayashi-yoshimasa",
		"Zheng Yirong": "chung-eui-yong", "Adrian": "jacinda-ardern", "Takeshima": "dokdo",
		"NZ": "NZ", "AU": "AU",
		// Capitals and seats of government stand for their governments.
		"Tokyo": "JP", "Seoul": "KR", "Washington": "US", "Canberra": "AU", "Wellington": "NZ",
		"Beijing": "CN", "Pyongyang": "KP", "Madrid": "madrid",
		// Surnames and titles.
		"Kishida": "fumio-kishida", "PM Kishida": "fumio-kishida", "President Yoon": "yoon-suk-yeol",
		"Ardern": "jacinda-ardern", "US president": "joe-biden", "Hayashi": "hayashi-yoshimasa",
		// Native spellings.
		"日本": "JP", "한국": "KR", "대한민국": "KR", "中国": "CN", "中國": "CN", "미국": "US",
		"美国": "US", "호주": "AU", "澳大利亚": "AU", "뉴질랜드": "NZ", "新西兰": "NZ", "북한": "KP",
		"朝鲜": "KP", "日本国": "JP", "독도": "dokdo", "竹島": "dokdo", "独岛": "dokdo",
		// Everyday names of things.
		"intelligence-sharing pact": "gsomia", "AP4": "asia-pacific-allies", "the four countries": "asia-pacific-allies",
	} {
		if e := s.EntityNamed(name); e == nil || e.ID != want {
			t.Errorf("EntityNamed(%q) = %v; want %s", name, e, want)
		}
	}
	for name, want := range map[string]string{
		"islands row": "territory", "island dispute": "territory", "chip materials": "export-controls",
		"trade spat": "export-controls", "trade war": "export-controls", "Fukushima water": "environment",
		"treated water": "environment", "forced labour": "forced-labour", "joint drills": "security",
		"military drills": "security",
	} {
		if tp := s.TopicNamed(name); tp == nil || tp.ID != want {
			t.Errorf("TopicNamed(%q) = %v; want %s", name, tp, want)
		}
	}
}

// brokenStore is a minimal store with one problem of each kind the loader must report.
func brokenStore() fstest.MapFS {
	return fstest.MapFS{
		"sources.yaml": {Data: []byte(`
- id: src
  title: T
  author: A
  publisher: P
  date: "2022-07"
  as_of: mid-2022
  file: text.txt
  attribution: by A
  sections:
    - {id: s1, label: "S1", heading: "First heading"}
    - {id: s2, label: "S2", heading: "Second heading"}
`)},
		"text.txt": {Data: []byte("First heading\nJapan said “hello” to Korea.\nSecond heading\nNothing here.")},
		"entities.yaml": {Data: []byte(`
- {id: JP, kind: country, name: Japan, aliases: [nippon]}
- {id: KR, kind: country, name: South Korea, aliases: [nippon]}
`)},
		"topics.yaml": {Data: []byte(`
- {id: history, name: History}
`)},
		"facts.yaml": {Data: []byte(`
- id: good
  text: Japan greeted Korea.
  quote: 'Japan said "hello" to Korea.'
  source: src
  section: s1
  entities: [JP, KR]
  topics: [history]
  kind: statement
  attribution: JP
  weight: 5
- id: good
  text: ""
  quote: "Japan said goodbye"
  source: src
  section: nope
  entities: [DE]
  topics: [weather]
  kind: opinion
  date: "2019-13"
  weight: 11
- id: judged
  text: Japan is right.
  quote: Japan said
  source: src
  section: s1
  entities: [JP]
  topics: [history]
  kind: analysis
  attribution: author
  weight: 3
`)},
	}
}

func TestLoadReportsEveryProblem(t *testing.T) {
	_, err := Load(brokenStore())
	var verr *ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("Load(broken) = %v; want *ValidationError", err)
	}
	want := []string{
		`entity KR: name or alias "nippon" is already used by entity JP`,
		`fact good: duplicate id`,
		`fact good: empty text`,
		`fact good: quote does not occur verbatim`,
		`fact good: unknown section "nope"`,
		`fact good: unknown entity "DE"`,
		`fact good: unknown topic "weather"`,
		`fact good: unknown kind "opinion"`,
		`fact good: date "2019-13"`,
		`fact good: weight 11 is outside 1..10`,
		`fact judged: analysis text must say whose judgement it is`,
		`source src: section "s2"`,
	}
	msg := err.Error()
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("Load(broken) error lacks %q; got:\n%s", w, msg)
		}
	}
}

func TestLoadRejectsUnknownFieldsAndMissingFiles(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(fstest.MapFS)
		want   string
	}{
		{"unknown field", func(m fstest.MapFS) {
			m["topics.yaml"] = &fstest.MapFile{Data: []byte("- {id: history, name: History, colour: red}\n")}
		}, "topics.yaml"},
		{"missing facts", func(m fstest.MapFS) { delete(m, "facts.yaml") }, "facts.yaml"},
		{"empty entities", func(m fstest.MapFS) { m["entities.yaml"] = &fstest.MapFile{Data: []byte("  \n")} }, "entities.yaml"},
		{"missing text", func(m fstest.MapFS) { delete(m, "text.txt") }, "read source src text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := brokenStore()
			tc.mutate(m)
			_, err := Load(fs.FS(m))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Load() = %v; want an error mentioning %q", err, tc.want)
			}
		})
	}
}

func TestNormalizeQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"“Indian Pacific strategy”", `"Indian Pacific strategy"`},
		{"Japan’s  move\n not", "Japan's move not"},
		{"plain", "plain"},
	}
	for _, tc := range tests {
		if got := normalizeQuote(tc.in); got != tc.want {
			t.Errorf("normalizeQuote(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestNormalizeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"S. Korea", "s korea"},
		{"U.S.", "us"},
		{"Gimpo–Haneda", "gimpo haneda"},
		{"  JAPAN's ", "japans"},
		{"<!channel>", "channel"},
	}
	for _, tc := range tests {
		if got := normalizeName(tc.in); got != tc.want {
			t.Errorf("normalizeName(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// BenchmarkNew is the one-off cost of checking, deriving and indexing the embedded store,
// paid at start-up and by every test that loads it.
func BenchmarkNew(b *testing.B) {
	d, err := ReadData(EmbeddedFS())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		// New fills derived fields in d's records: give it fresh copies each time.
		c := d
		c.Sources = slices.Clone(d.Sources)
		c.Facts = slices.Clone(d.Facts)
		if _, err := New(c); err != nil {
			b.Fatal(err)
		}
	}
}
