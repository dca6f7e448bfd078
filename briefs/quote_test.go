package briefs

import (
	"strings"
	"testing"
)

// TestFoldTextMatchesNormalizeQuote: the folding that locates quotes is the folding that
// accepts them, on edge cases and on every source and quote of the store.
func TestFoldTextMatchesNormalizeQuote(t *testing.T) {
	ref := strings.NewReplacer( // the folding written out, independent of typographicRunes
		"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u00ab", `"`, "\u00bb", `"`,
		"\u2018", "'", "\u2019", "'", "\u201a", "'",
	)
	inputs := []string{"", " a  b\t\nc ", "“quoted” ‘x’ «y» „z‚", "tab\u00a0nbsp\u2003em", "\xff bad \xfe utf8"}
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range s.Sources() {
		inputs = append(inputs, src.Text)
	}
	for _, f := range s.Facts() {
		inputs = append(inputs, f.Quote)
	}
	for _, in := range inputs {
		want := strings.Join(strings.Fields(ref.Replace(in)), " ")
		if got := normalizeQuote(in); got != want {
			t.Errorf("normalizeQuote(%.40q) = %.60q; want %.60q", in, got, want)
		}
		if got := foldText(in).norm; got != want {
			t.Errorf("foldText(%.40q) = %.60q; want %.60q", in, got, want)
		}
	}
}

func TestFoldedTextFindsTheOriginal(t *testing.T) {
	text := "He said “hello\n   world”, and left.\nThen ‘bye’."
	ft := foldText(text)
	for _, tc := range []struct{ quote, want string }{
		{`said "hello world"`, "said “hello\n   world”"},
		{"'bye'.", "‘bye’."},
		{"He", "He"},
	} {
		from, to, ok := ft.find(tc.quote)
		if !ok || text[from:to] != tc.want {
			t.Errorf("find(%q) = %q, %v; want %q", tc.quote, text[from:to], ok, tc.want)
		}
	}
	for _, q := range []string{"absent", "   "} {
		if _, _, ok := ft.find(q); ok {
			t.Errorf("find(%q) found something", q)
		}
	}
}

// TestQuoteSpan: every fact's quote is located in its source, and the span folds to the quote.
func TestQuoteSpan(t *testing.T) {
	s, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range s.Facts() {
		from, to, ok := s.QuoteSpan(f)
		if !ok {
			t.Errorf("%s: no span", f.ID)
			continue
		}
		if got, want := FoldQuote(s.Source(f.Source).Text[from:to]), FoldQuote(f.Quote); got != want {
			t.Errorf("%s: span holds %q; want the quote %q", f.ID, got, want)
		}
	}
	if _, _, ok := s.QuoteSpan(&Fact{ID: "stranger"}); ok {
		t.Error("a fact not in the store has a span")
	}
}
