package playground

import (
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

var factItem = regexp.MustCompile(`<li class="fact kind-(\w+)" id="([^"]+)">`)

// listed returns the ids of the facts a /facts page lists.
func listed(page string) []string {
	var ids []string
	for _, m := range factItem.FindAllStringSubmatch(page, -1) {
		ids = append(ids, m[2])
	}
	return ids
}

func TestFactsListsEveryFact(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	resp, page := get(t, c, e.srv.URL+"/facts")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /facts = %d", resp.StatusCode)
	}
	store := facts(t)
	ids := listed(page)
	if len(ids) != len(store.Facts()) {
		t.Fatalf("listed %d facts; want all %d", len(ids), len(store.Facts()))
	}
	for i, f := range store.Facts() {
		if ids[i] != f.ID {
			t.Fatalf("fact %d is %q; want %q (store order)", i, ids[i], f.ID)
		}
	}
	// Each fact shows its kind, attribution, entities, topics, date, section and a link to
	// its quote in the source.
	f := store.Fact("nato-summit-madrid-june-2022")
	item := page[strings.Index(page, `id="`+f.ID+`"`):]
	item = item[:strings.Index(item, "</li>")]
	for _, want := range []string{
		`<span class="kind">event</span>`, `<span class="date">2022-06</span>`,
		html.EscapeString(f.Text), html.EscapeString(f.Quote),
		`href="/source/outlook-2022?fact=nato-summit-madrid-june-2022#fact-nato-summit-madrid-june-2022"`,
		`href="/facts?entity=nato"`, `>NATO</a>`, `href="/facts?topic=summit"`, "Intro",
	} {
		if !strings.Contains(item, want) {
			t.Errorf("fact item lacks %q:\n%s", want, item)
		}
	}
	var analysis *briefs.Fact
	for _, f := range store.Facts() {
		if f.Kind == briefs.KindAnalysis && f.Attribution == briefs.AttributionAuthor {
			analysis = f
			break
		}
	}
	item = page[strings.Index(page, `id="`+analysis.ID+`"`):]
	if item = item[:strings.Index(item, "</li>")]; !strings.Contains(item, "view of the author, Li Hangling") {
		t.Errorf("analysis %s does not say whose view it is:\n%s", analysis.ID, item)
	}
}

func TestFactsFilter(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	store := facts(t)
	count := func(keep func(*briefs.Fact) bool) int {
		n := 0
		for _, f := range store.Facts() {
			if keep(f) {
				n++
			}
		}
		return n
	}
	historyOrNarrower := func(f *briefs.Fact) bool {
		for _, tp := range f.Topics {
			if tp == "history" || store.Topic(tp).Broader == "history" {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		query string
		want  int
		note  string
	}{
		{"entity=japan", count(func(f *briefs.Fact) bool { return f.HasEntity("JP") }), "entity Japan"},
		{"entity=JP", count(func(f *briefs.Fact) bool { return f.HasEntity("JP") }), "entity Japan"},
		{"entity=japn", count(func(f *briefs.Fact) bool { return f.HasEntity("JP") }), "read from “japn”"},
		{"entity=" + url.QueryEscape("japan korea"), count(func(f *briefs.Fact) bool { return f.HasEntity("JP") && f.HasEntity("KR") }), "entity South Korea"},
		{"topic=history", count(historyOrNarrower), "with Labour compensation"},
		{"entity=japan&topic=territory", count(func(f *briefs.Fact) bool { return f.HasEntity("JP") && f.HasTopic("territory") }), "topic Territory"},
		{"kind=analysis", count(func(f *briefs.Fact) bool { return f.Kind == briefs.KindAnalysis }), "kind analysis"},
		{"entity=atlantis", 0, "No entity is called “atlantis”."},
	} {
		t.Run(tc.query, func(t *testing.T) {
			resp, page := get(t, c, e.srv.URL+"/facts?"+tc.query)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("GET /facts?%s = %d", tc.query, resp.StatusCode)
			}
			if got := len(listed(page)); got != tc.want {
				t.Errorf("listed %d facts; want %d", got, tc.want)
			}
			if !strings.Contains(html.UnescapeString(page), tc.note) {
				t.Errorf("page does not say %q", tc.note)
			}
		})
	}
	if resp, _ := get(t, c, e.srv.URL+"/facts?kind=opinion"); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("GET /facts?kind=opinion = %d; want 400", resp.StatusCode)
	}
	// The filter is echoed, escaped.
	_, page := get(t, c, e.srv.URL+"/facts?entity="+url.QueryEscape(`"><script>x</script>`))
	if strings.Contains(page, "<script>x") {
		t.Error("the filter reached the page as markup")
	}
}

// marked returns the text of every <mark> in a page, joined, unescaped, and whether the first
// carries id.
var markRe = regexp.MustCompile(`(?s)<mark([^>]*)>(.*?)</mark>`)

func marked(page, id string) (string, bool) {
	var parts []string
	hasID := false
	for i, m := range markRe.FindAllStringSubmatch(page, -1) {
		if i == 0 {
			hasID = strings.Contains(m[1], `id="`+id+`"`)
		}
		parts = append(parts, html.UnescapeString(m[2]))
	}
	return strings.Join(parts, " "), hasID
}

// TestEveryQuoteHighlighted opens every fact's quote in its source and checks the highlight is
// exactly the quote (after the store's folding of whitespace and typographic quotes).
func TestEveryQuoteHighlighted(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	for _, f := range facts(t).Facts() {
		link := sourceLink(f.Source, f.ID)
		u, _ := url.Parse(link)
		resp, page := get(t, c, e.srv.URL+u.RequestURI())
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: GET %s = %d", f.ID, link, resp.StatusCode)
			continue
		}
		text, hasID := marked(page, "fact-"+f.ID)
		if !hasID {
			t.Errorf("%s: the highlight does not carry id fact-%s (the link's #fragment)", f.ID, f.ID)
		}
		if got, want := briefs.FoldQuote(text), briefs.FoldQuote(f.Quote); got != want {
			t.Errorf("%s: highlighted %q; want the quote %q", f.ID, got, want)
		}
		if strings.Contains(page, "was not found in the text") {
			t.Errorf("%s: page says the quote is missing", f.ID)
		}
	}
}

func TestSourceWithoutFact(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	resp, page := get(t, c, e.srv.URL+"/source/outlook-2022")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /source/outlook-2022 = %d", resp.StatusCode)
	}
	if strings.Contains(page, "<mark") {
		t.Error("a source with no fact chosen highlights something")
	}
	for _, want := range []string{"Li Hangling", `<h3 id="section-two-history">`, `<p class="part">one</p>`, "Dokdo"} {
		if !strings.Contains(page, want) {
			t.Errorf("source page lacks %q", want)
		}
	}
	for _, path := range []string{"/source/nope", "/source/outlook-2022?fact=nope"} {
		if resp, _ := get(t, c, e.srv.URL+path); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s = %d; want 404", path, resp.StatusCode)
		}
	}
}
