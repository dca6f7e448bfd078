package commands

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/briefs"
)

func newTestDispatcher(t testing.TB) *Dispatcher {
	t.Helper()
	store, err := briefs.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	return NewDispatcher(nil, store)
}

func ask(t testing.TB, d *Dispatcher, text string) Reply {
	t.Helper()
	return d.Handle(context.Background(), Request{Text: text, Platform: "test"})
}

func factIDs(r Reply) []string {
	var out []string
	for _, f := range r.Facts() {
		out = append(out, f.ID)
	}
	return out
}

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Parsed
	}{
		{"/relations japan korea", Parsed{Name: "relations", Args: "japan korea"}},
		{"  /RELATIONS   japan\tkorea ", Parsed{Name: "relations", Args: "japan korea"}},
		{"/briefbot relations japan korea", Parsed{Name: "relations", Args: "japan korea"}},
		{"/briefbot /topic dokdo", Parsed{Name: "topic", Args: "dokdo"}},
		{"/briefbot", Parsed{Name: "help"}},
		{"/help", Parsed{Name: "help"}},
		{"what is the dokdo dispute?", Parsed{Args: "what is the dokdo dispute?"}},
		{"", Parsed{}},
		{"/ask why\x00 now", Parsed{Name: "ask", Args: "why now"}},
		{"bad \xff utf8", Parsed{Args: "bad utf8"}},
	}
	for _, tc := range tests {
		if got := Parse(tc.in); got != tc.want {
			t.Errorf("Parse(%q) = %+v; want %+v", tc.in, got, tc.want)
		}
	}
}

func TestParseCapsInput(t *testing.T) {
	got := Parse("/ask " + strings.Repeat("é", MaxInputBytes))
	if len(got.Args) > MaxInputBytes {
		t.Errorf("Parse(long) kept %d bytes; want at most %d", len(got.Args), MaxInputBytes)
	}
}

func TestResolve(t *testing.T) {
	d := newTestDispatcher(t)
	tests := []struct {
		in        string
		want      []string // entity ids
		corrected bool
		unknown   []string
	}{
		{"japan korea", []string{"JP", "KR"}, false, nil},
		{"JP, ROK", []string{"JP", "KR"}, false, nil},
		{"us japan south korea", []string{"US", "JP", "KR"}, false, nil},
		{"japan korea australia new zealand", []string{"JP", "KR", "AU", "NZ"}, false, nil},
		{"the U.S. and Japan", []string{"US", "JP"}, false, nil},
		{"America vs China", []string{"US", "CN"}, false, nil},
		{"DPRK", []string{"KP"}, false, nil},
		{"north korea", []string{"KP"}, false, nil},
		{"Yin Xiyue", []string{"yoon-suk-yeol"}, false, nil},
		{"Kishida Wenxiong", []string{"fumio-kishida"}, false, nil},
		{"Lin Fangzheng", []string{"hayashi-yoshimasa"}, false, nil},
		{"Zheng Yirong", []string{"chung-eui-yong"}, false, nil},
		{"Adrian", []string{"jacinda-ardern"}, false, nil},
		// Typed in Latin letters from Japanese, Chinese or Korean, or in Spanish.
		{"kankoku nihon", []string{"KR", "JP"}, false, nil},
		{"Hanguo, Meiguo", []string{"KR", "US"}, false, nil},
		{"kita chōsen", []string{"KP"}, false, nil},
		{"corea del sur and nueva zelanda", []string{"KR", "NZ"}, false, nil},
		{"japn", []string{"JP"}, true, nil},
		{"austrlia", []string{"AU"}, true, nil},
		{"new zealnd", []string{"NZ"}, true, nil},
		{"narnia", nil, false, []string{"narnia"}},
		{"germany japan", []string{"JP"}, false, []string{"germany"}},
		{"north, korea", []string{"KR"}, false, []string{"north"}},
	}
	for _, tc := range tests {
		ms, unknown := d.Resolver().Resolve(tc.in, TargetEntity)
		var got []string
		corrected := false
		for _, m := range ms {
			got = append(got, m.ID)
			corrected = corrected || m.Corrected
		}
		var gotUnknown []string
		for _, u := range unknown {
			gotUnknown = append(gotUnknown, u.Input)
		}
		if !slices.Equal(got, tc.want) || corrected != tc.corrected || !slices.Equal(gotUnknown, tc.unknown) {
			t.Errorf("Resolve(%q) = %v corrected=%v unknown=%v; want %v corrected=%v unknown=%v",
				tc.in, got, corrected, gotUnknown, tc.want, tc.corrected, tc.unknown)
		}
	}
}

func TestCompleteOffersSouthKoreaFirstForKor(t *testing.T) {
	d := newTestDispatcher(t)
	got := d.Resolver().Complete("kor", 25, TargetEntity)
	if len(got) == 0 || len(got) > 25 || got[0].ID != "KR" {
		t.Fatalf("Complete(kor) = %v; want South Korea first, at most 25", got)
	}
	var ids []string
	for _, m := range got {
		ids = append(ids, m.ID)
	}
	if len(ids) < 2 || ids[1] != "KP" {
		t.Errorf("Complete(kor) = %v; want North Korea right after South Korea", ids)
	}
}

// TestRelationsJapanKorea checks the brief the product is built around covers every strand
// of the relationship the article describes, each bullet cited.
func TestRelationsJapanKorea(t *testing.T) {
	d := newTestDispatcher(t)
	r := ask(t, d, "/relations japan korea")
	if !r.Found || r.Title != "Japan ↔ South Korea" {
		t.Fatalf("relations japan korea: found=%v title=%q", r.Found, r.Title)
	}
	text := strings.ToLower(RenderText(r))
	for _, want := range []string{
		"dokdo", "island", // the island dispute
		"export controls", "semiconductor", "wto", // 2019 export controls and the complaint
		"gsomia",                                                        // the intelligence agreement
		"labour compensation", "comfort women", "textbooks", "yasukuni", // history
		"north korea", "china", // policy differences
		"inauguration", "gimpo–haneda", // the warming steps of 2022
		"as of mid-2022", "li hangling", // the source and its date
	} {
		if !strings.Contains(text, want) {
			t.Errorf("relations japan korea lacks %q", want)
		}
	}
	for _, s := range r.Sections {
		for _, b := range s.Bullets {
			if b.Fact == nil || b.Cite == "" || b.Fact.Section == "" || b.Fact.Quote == "" {
				t.Errorf("bullet %q in %q is not cited", b.Text, s.Heading)
			}
		}
	}
	want := factIDs(r)
	for _, q := range []string{"/relations korea japan", "/relations rok jp", "/relations South Korea, Japan", "/briefbot relations JAPAN korea"} {
		if got := factIDs(ask(t, d, q)); !slices.Equal(got, want) {
			t.Errorf("%s gives other facts than /relations japan korea:\n%s", q, cmp.Diff(want, got))
		}
	}
}

func TestRelationsGroups(t *testing.T) {
	d := newTestDispatcher(t)
	tests := []struct {
		q       string
		title   string
		heading string // a section the brief must have
	}{
		{"/relations us japan south korea", "United States ↔ Japan ↔ South Korea", "Cooperation"},
		{"/relations japan korea australia new zealand", "Japan ↔ South Korea ↔ Australia ↔ New Zealand", "Japan ↔ Australia"},
		{"/relations new zealand japan", "Japan ↔ New Zealand", "Cooperation"},
		{"/relations japn korea", "Japan ↔ South Korea", "Differences"},
	}
	for _, tc := range tests {
		r := ask(t, d, tc.q)
		var headings []string
		for _, s := range r.Sections {
			headings = append(headings, s.Heading)
		}
		if !r.Found || r.Title != tc.title || !slices.Contains(headings, tc.heading) {
			t.Errorf("%s: found=%v title=%q sections=%v; want title %q with section %q", tc.q, r.Found, r.Title, headings, tc.title, tc.heading)
		}
	}
}

func TestNotFoundAndUsage(t *testing.T) {
	d := newTestDispatcher(t)
	tests := []struct {
		q        string
		code     Code
		contains []string
	}{
		{"/relations germany japan", CodeNotFound, []string{"germany", "Countries:", "Japan"}},
		{"/country narnia", CodeNotFound, []string{"narnia", "What I know"}},
		{"/country germny", CodeNotFound, []string{"germny"}},
		{"/relations japan", CodeInvalid, []string{"two different actors"}},
		{"/relations", CodeInvalid, []string{"Which actors"}},
		{"/topic", CodeInvalid, []string{"Which topic"}},
		{"/nosuchcommand", CodeInvalid, []string{"/nosuchcommand", "/help"}},
		{"/relatoins japan korea", CodeInvalid, []string{"Did you mean /relations?", "/relations japan korea"}},
		{"What is the recipe for chocolate cake?", CodeNotFound, []string{"nothing on that", "/brief"}},
		// "it", never named, and one everyday word ("work") match facts on anything.
		{"How does it work?", CodeNotFound, []string{"nothing on that"}},
		{"Can you help me write a Python script to sort a list of names, and explain how it works?", CodeNotFound, []string{"nothing on that"}},
		{"Who is the president of Argentina?", CodeNotFound, []string{"does not cover Argentina"}},
		{"Who is China's foreign minister?", CodeNotFound, []string{"does not say who China's foreign minister is"}},
		// A day asked of what the article dates only to its month: what it does give.
		{"On which exact day did Japan tighten export controls on Korea?", CodeNotFound, []string{"dates this only to July 2019; it gives no day"}},
		// How a complaint ended is asked before the comma: "who won" after it only says so.
		{"How did Korea's complaint at the WTO end, who won?", CodeNotFound, []string{"gives no outcomes of complaints"}},
		// A name between "the" and "flight" does not hide how long the flight takes.
		{"How long does the Gimpo–Haneda flight take?", CodeNotFound, []string{"gives no flight times"}},
		{"What plane did President Yoon fly to Madrid on?", CodeNotFound, []string{"gives no aircraft or travel arrangements"}},
		{"/ask", CodeInvalid, []string{"What would you like to know"}},
	}
	for _, tc := range tests {
		r := ask(t, d, tc.q)
		text := RenderText(r)
		if r.Found || r.Code != tc.code || !r.Ephemeral {
			t.Errorf("%s: found=%v code=%q ephemeral=%v; want not found, code %q, ephemeral", tc.q, r.Found, r.Code, r.Ephemeral, tc.code)
		}
		if len(r.Facts()) != 0 {
			t.Errorf("%s: a refusal cites facts %v; it must not pad with unrelated facts", tc.q, factIDs(r))
		}
		for _, w := range tc.contains {
			if !strings.Contains(text, w) {
				t.Errorf("%s: reply lacks %q:\n%s", tc.q, w, text)
			}
		}
	}
}

// A covered question that names something the article does not cover says so, then answers
// the rest without it: "China" in the South China Sea is not asked about, and a place guessed
// for where a gathering was held gives way to where it was.
func TestPartlyCoveredAnswersTheRest(t *testing.T) {
	d := newTestDispatcher(t)
	for _, tt := range []struct{ q, lead, first string }{
		{"The Japan-Korea-Australia-NZ leaders spent their meeting on the South China Sea, right? what did they actually talk about",
			"The article does not cover the South China Sea.", "four-country-meeting-ukraine"},
		{"Was the summit held in Brussels?", "The article does not cover Belgium.", "nato-summit-madrid-june-2022"},
		// Asked whether they met there, where they did meet answers: not what they said.
		{"Did the four leaders meet in Paris?", "The article does not cover France.", "kishida-moderates-four-country-meeting"},
		{"Did Biden, Kishida and Yoon meet in Paris?", "The article does not cover France.", "biden-historic-trilateral-meeting"},
	} {
		r := ask(t, d, tt.q)
		if !r.Found || !strings.HasPrefix(r.Lead, tt.lead) {
			t.Errorf("%q: found=%v lead=%q; want the gap said first", tt.q, r.Found, r.Lead)
			continue
		}
		if ids := factIDs(r); len(ids) == 0 || ids[0] != tt.first {
			t.Errorf("%q: facts %v; want %s first", tt.q, ids, tt.first)
		}
	}
}

func TestMistypedNameOffersCandidates(t *testing.T) {
	d := newTestDispatcher(t)
	r := ask(t, d, "/country austrlia")
	if !r.Found || r.Title != "Australia" {
		t.Fatalf("/country austrlia: found=%v title=%q; want the Australia brief", r.Found, r.Title)
	}
	if len(r.Suggestions) == 0 || r.Suggestions[0].Command != "/country australia" {
		t.Errorf("/country austrlia suggestions = %v; want /country australia first", r.Suggestions)
	}
	if len(r.Notes) == 0 || !strings.Contains(r.Notes[0], "austrlia") {
		t.Errorf("/country austrlia notes = %v; want a note on how the name was read", r.Notes)
	}
}

func TestEveryBriefingNamesItsSourceAndDate(t *testing.T) {
	d := newTestDispatcher(t)
	for _, q := range []string{
		"/relations japan korea", "/country new zealand", "/topic dokdo", "/topic comfort women",
		"/topic export controls", "/topic north korea", "/topic china", "/topic gsomia",
		"/timeline", "/timeline japan korea", "/brief", "/sources", "/help",
		"What is the Dokdo dispute?", "/ask what did kishida push for at the four-country meeting?", "tell me about japan",
		"/country narnia", "what is the recipe for chocolate cake",
	} {
		r := ask(t, d, q)
		if !strings.Contains(r.Source, "mid-2022") || !strings.Contains(r.Source, "Li Hangling") {
			t.Errorf("%s: source line %q does not name the article and its date", q, r.Source)
		}
		if q != "/country narnia" && q != "what is the recipe for chocolate cake" && !r.Found {
			t.Errorf("%s: found=false; want an answer", q)
		}
	}
}

func TestTopicsResolve(t *testing.T) {
	d := newTestDispatcher(t)
	for q, title := range map[string]string{
		"/topic dokdo":           "Dokdo (Takeshima)",
		"/topic takeshima":       "Dokdo (Takeshima)",
		"/topic comfort women":   "Comfort women",
		"/topic export controls": "Export controls",
		"/topic north korea":     "North Korea",
		"/topic china":           "China",
		"/topic history":         "History",
	} {
		if r := ask(t, d, q); !r.Found || r.Title != title {
			t.Errorf("%s: found=%v title=%q; want %q", q, r.Found, r.Title, title)
		}
	}
	if r := ask(t, d, "/topic gsomia"); !r.Found || !strings.Contains(r.Title, "GSOMIA") {
		t.Errorf("/topic gsomia: found=%v title=%q", r.Found, r.Title)
	}
}

func TestAnalysisIsAttributed(t *testing.T) {
	d := newTestDispatcher(t)
	for _, q := range []string{"/relations japan korea", "/brief", "/country south korea", "/relations japan korea australia new zealand"} {
		for _, f := range ask(t, d, q).Facts() {
			if f.Kind == briefs.KindAnalysis && !strings.Contains(strings.ToLower(f.Text), "author") && !strings.Contains(strings.ToLower(f.Text), "analyst") {
				t.Errorf("%s: analysis %s shown as plain fact: %q", q, f.ID, f.Text)
			}
		}
	}
}

func TestRenderJSONShape(t *testing.T) {
	d := newTestDispatcher(t)
	b, err := RenderJSON(ask(t, d, "/relations japan korea"))
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"command", "found", "title", "text", "facts", "suggestions"} {
		if _, ok := got[k]; !ok {
			t.Errorf("json lacks %q", k)
		}
	}
	facts := got["facts"].([]any)
	f := facts[0].(map[string]any)
	for _, k := range []string{"id", "text", "quote", "source", "section"} {
		if s, _ := f[k].(string); s == "" {
			t.Errorf("json fact lacks %q: %v", k, f)
		}
	}
	if got["command"] != "relations" || got["found"] != true {
		t.Errorf("json command=%v found=%v", got["command"], got["found"])
	}
}

func TestMarkdownEscapesUserText(t *testing.T) {
	d := newTestDispatcher(t)
	md := RenderMarkdown(ask(t, d, "what about @everyone and *bold* [link](http://x)?"))
	for _, bad := range []string{"@everyone", "*bold*", "[link]"} {
		if strings.Contains(md, bad) {
			t.Errorf("markdown keeps %q unescaped:\n%s", bad, md)
		}
	}
}

// TestQuestionsAboutTheArticleGetTheOverview: a question about the article as a whole is
// answered by the overview; one about something in it, by the facts on that.
func TestQuestionsAboutTheArticleGetTheOverview(t *testing.T) {
	d := newTestDispatcher(t)
	overview := d.Handle(context.Background(), Request{Text: "/brief"}).Title
	for _, tc := range []struct {
		q        string
		overview bool
	}{
		{"What is the author's overall argument?", true},
		{"Summarise the article", true},
		{"What does the article conclude?", true},
		{"Give me the gist of this piece", true},
		{"What's the author's view?", true},
		{"what's the author's hot take on all this?", true},
		{"What does the author think?", true},
		{"what's the one-line takeaway of this article?", true},
		{"the quick big-picture gist of the piece?", true},
		{"What is the author's view on Dokdo?", false},
		{"What does the author say about Dokdo?", false},
		{"Who wrote the article?", false},
		{"What is the recipe for chocolate cake?", false},
	} {
		r := d.Handle(context.Background(), Request{Text: tc.q})
		if got := r.Title == overview; got != tc.overview {
			t.Errorf("%q answered with %q; overview %v, want %v", tc.q, r.Title, got, tc.overview)
		}
	}
}

// A question naming only actors gets their brief or relations; "in" between names is the
// preposition, not India's code, unless written as the code; two set against each other on
// a third are compared on it.
func TestQuestionsNamingOnlyActors(t *testing.T) {
	d := newTestDispatcher(t)
	for q, command := range map[string]string{
		"how do japan and korea get along?":        "relations",
		"tell me about japan":                      "country",
		"japan IN":                                 "relations",
		"kishida do what in four country meeting?": "ask",
		"What is the big picture for Canberra?":    "country",
		"give me a quick rundown on Seoul":         "country",
		"How big is the disputed island?":          "ask", // "big" alone asks a size
		"japan vs korea":                           "relations",
		"seoul vs tokyo on pyongyang":              "ask", // two compared on a third
	} {
		r := d.Handle(context.Background(), Request{Text: q})
		if r.Turn == nil || r.Turn.Name != command || !r.Found {
			t.Errorf("%q answered as %+v (found %v); want by %q", q, r.Turn, r.Found, command)
		}
	}
}

// The office a person holds is asked by their entity reply, whose description opens with it;
// their position on something is not.
func TestOfficeAskedOfAPerson(t *testing.T) {
	d := newTestDispatcher(t)
	for _, tc := range []struct{ q, title string }{
		{"What office does Kishida hold?", "Fumio Kishida"},
		{"What is Yoon's job?", "Yoon Suk-yeol"},
		{"What is Yoon's position on China?", "What is Yoon's position on China?"},
		{"What office does Japan hold?", "What office does Japan hold?"},
	} {
		if r := d.Handle(context.Background(), Request{Text: tc.q}); r.Title != tc.title {
			t.Errorf("%q answered with %q, want %q", tc.q, r.Title, tc.title)
		}
	}
}

// TestQuestionsAboutTheBotGetHelp: asked how to use the bot, it says, rather than that the
// article has nothing on it.
func TestQuestionsAboutTheBotGetHelp(t *testing.T) {
	d := newTestDispatcher(t)
	help := d.Handle(context.Background(), Request{Text: "/help"}).Title
	for _, tc := range []struct {
		q    string
		help bool
	}{
		{"how do I use this bot?", true},
		{"What can you do?", true},
		{"which commands are there", true},
		{"What can Japan do about North Korea?", false},
		{"How do I get from Gimpo airport to downtown Seoul?", false},
	} {
		r := d.Handle(context.Background(), Request{Text: tc.q})
		if got := r.Title == help; got != tc.help {
			t.Errorf("%q answered with %q; help %v, want %v", tc.q, r.Title, got, tc.help)
		}
	}
}

// TestOwnCountryAsked: "our prime minister" is the asker's country's when they say which it
// is; the reply's title keeps their words.
func TestOwnCountryAsked(t *testing.T) {
	d := newTestDispatcher(t)
	kiwi := "Kiwi here - what did our PM say about China after getting back from the NATO summit?"
	r := d.Handle(context.Background(), Request{Text: kiwi})
	if !r.Found || r.Title != kiwi || !strings.Contains(ToJSON(r).Text, "Ardern") {
		t.Errorf("%q: found %v, title %q; want Ardern's words under the asker's own", kiwi, r.Found, r.Title)
	}
	// The article never names Australia's prime minister.
	aussie := "I'm Australian. Who was our prime minister at Madrid and what exactly did he say about China there?"
	if r := d.Handle(context.Background(), Request{Text: aussie}); r.Found {
		t.Errorf("%q answered; the article does not say who Australia's prime minister is", aussie)
	}
}

// A user-facing error wrapped with context is still shown to the user as itself.
func TestErrorReplyUnwraps(t *testing.T) {
	d := newTestDispatcher(t)
	err := fmt.Errorf("subscribe: %w", &Error{Code: CodeForbidden, Message: "Only channel managers may do that."})
	r := d.errorReply("digest", err)
	if r.Code != CodeForbidden || r.Title != "Only channel managers may do that." {
		t.Errorf("errorReply(wrapped) = %q %q, want the wrapped error's code and message", r.Code, r.Title)
	}
}
