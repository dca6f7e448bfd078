package slack

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestPaginate: lines join a block while the block and the page have room, sections never
// share a block, whole blocks are placed as they are, a line too long for any block is
// clipped alone, and a page ends at its JSON budget or block count.
func TestPaginate(t *testing.T) {
	long := strings.Repeat("x", maxTextRunes+10)
	const e = emptySectionSize
	tests := []struct {
		name               string
		parts              []bodyPart
		pageBlocks, budget int
		want               [][]string // each page's block texts
	}{
		{"nothing", nil, 10, 1000, [][]string{nil}},
		{"lines share a block", []bodyPart{{lines: []string{"aa", "bb", "cc"}}}, 10, 1000,
			[][]string{{"aa\nbb\ncc"}}},
		{"sections never share", []bodyPart{{lines: []string{"aa"}}, {lines: []string{"bb"}}}, 10, 1000,
			[][]string{{"aa", "bb"}}},
		{"whole block first", []bodyPart{{whole: sectionBlock("lead")}, {lines: []string{"aa"}}}, 10, 1000,
			[][]string{{"lead", "aa"}}},
		{"budget ends the block and the page", []bodyPart{{lines: []string{"aaaa", "bbbb", "cccc"}}}, 10, e + 10,
			[][]string{{"aaaa\nbbbb"}, {"cccc"}}},
		{"escapes count", []bodyPart{{lines: []string{`"a"`, "bbbb", "cccc"}}}, 10, e + 10,
			[][]string{{`"a"`}, {"bbbb\ncccc"}}},
		{"block count ends the page", []bodyPart{{lines: []string{"a"}}, {lines: []string{"b"}}, {lines: []string{"c"}}}, 2, 1000,
			[][]string{{"a", "b"}, {"c"}}},
		{"long line clipped alone", []bodyPart{{lines: []string{"aa", long, "bb"}}}, 10, 10000,
			[][]string{{"aa", clipSafe(long, maxTextRunes), "bb"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got [][]string
			for _, page := range paginate(tc.parts, tc.pageBlocks, tc.budget) {
				var texts []string
				for _, b := range page {
					texts = append(texts, b.text)
					if want := len(b.appendJSON(nil)) + 1; b.size != want {
						t.Errorf("block %q has size %d; want its JSON's %d bytes and a comma", b.text, b.size, want)
					}
				}
				got = append(got, texts)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("pages (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPaginateBlockLimit: a section longer than a block is split at line boundaries into
// blocks of at most maxTextRunes bytes, in order, nothing lost.
func TestPaginateBlockLimit(t *testing.T) {
	var lines []string
	for i := range 40 {
		lines = append(lines, strings.Repeat(string(rune('a'+i%26)), 199))
	}
	pages := paginate([]bodyPart{{lines: lines}}, 50, 1<<20)
	if len(pages) != 1 {
		t.Fatalf("%d pages; want 1", len(pages))
	}
	var texts []string
	for _, b := range pages[0] {
		if len(b.text) > maxTextRunes {
			t.Errorf("block of %d bytes; limit %d", len(b.text), maxTextRunes)
		}
		texts = append(texts, b.text)
	}
	if got, want := strings.Join(texts, "\n"), strings.Join(lines, "\n"); got != want {
		t.Errorf("blocks do not join back into the section")
	}
	if len(texts) != 3 { // 15 lines of 200 bytes (with newlines) fit 3000
		t.Errorf("%d blocks; want 3", len(texts))
	}
}

// FuzzJSONLen: paging measures a line as appendJSONString writes it, for any valid UTF-8
// text without the two line separators JSON escapes for JavaScript's sake.
func FuzzJSONLen(f *testing.F) {
	for _, s := range []string{"", "plain", `"quoted" \ back`, "tab\tnew\nline\r", "\x01\x1f", "• Japan — “Dokdo”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\u2028\u2029") {
			t.Skip()
		}
		if got, want := jsonLen(s), len(appendJSONString(nil, s))-2; got != want {
			t.Errorf("jsonLen(%q) = %d; appendJSONString writes %d", s, got, want)
		}
	})
}
