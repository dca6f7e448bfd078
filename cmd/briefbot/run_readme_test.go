package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// updateREADME rewrites the README's generated samples from what the binary answers now.
var updateREADME = flag.Bool("update", false, "rewrite the README's generated samples")

const readmePath = "../../README.md"

// The README's sample answer sits between these markers; its text comes from `briefbot ask`,
// so it cannot drift from what the binary says.
var sampleRE = regexp.MustCompile("(?s)(<!-- sample: briefbot ask \"([^\"]+)\"[^\n]*-->\n)```\n.*?```\n(<!-- end sample -->)")

// Sample shape: the answer's first lines, then its source line to the end, long lines wrapped.
const (
	sampleHead  = 14
	sampleWidth = 100
)

func TestREADMESampleAnswer(t *testing.T) {
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	m := sampleRE.FindSubmatchIndex(readme)
	if m == nil {
		t.Fatalf("README.md has no sample block (%s)", sampleRE)
	}
	request := string(readme[m[4]:m[5]])
	stdout, _, err := runCLI(t, "", "ask", request)
	if err != nil {
		t.Fatalf("briefbot ask %q: %v", request, err)
	}
	want := "```\n" + sampleOf(request, stdout) + "```\n"
	got := string(readme[m[3]:m[6]])
	if *updateREADME && got != want {
		next := slices.Concat(readme[:m[3]], []byte(want), readme[m[6]:])
		if err := os.WriteFile(readmePath, next, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("README.md's sample differs from what `briefbot ask %q` says (-binary +README); "+
			"go test ./cmd/briefbot -run README -update rewrites it:\n%s", request, diff)
	}
}

// sampleOf is the README's rendering of an answer: the command line, the answer's first
// lines, "…", and its source line to the end, wrapped at sampleWidth.
func sampleOf(request, answer string) string {
	lines := strings.Split(strings.TrimRight(answer, "\n"), "\n")
	kept := lines
	if src := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "Source:") }); src > sampleHead {
		kept = slices.Concat(lines[:sampleHead], []string{"  …", ""}, lines[src:])
	}
	var b strings.Builder
	fmt.Fprintf(&b, "$ briefbot ask %q\n", request)
	for _, l := range kept {
		for _, w := range wrap(l, sampleWidth) {
			b.WriteString(w + "\n")
		}
	}
	return b.String()
}

// wrap breaks a line at spaces to at most width runes, indenting continuations under the
// text of a bullet ("  • ").
func wrap(line string, width int) []string {
	text := strings.TrimLeft(line, " ")
	lead := line[:len(line)-len(text)]
	indent := lead
	if strings.HasPrefix(text, "• ") {
		indent += "  "
	}
	var out []string
	cur := lead
	for i, word := range strings.Fields(text) {
		switch {
		case i == 0:
			cur += word
		case utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(word) > width:
			out = append(out, cur)
			cur = indent + word
		default:
			cur += " " + word
		}
	}
	if strings.TrimSpace(cur) == "" {
		cur = ""
	}
	return append(out, cur)
}

// TestREADMEJSONKeys checks the README's `--format json` example names exactly the keys the
// binary prints, at the top and in each fact.
func TestREADMEJSONKeys(t *testing.T) {
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile(`(?s)\n    (\{"command".*?\})\n\n`).FindSubmatch(readme)
	if block == nil {
		t.Fatal(`README.md has no --format json example (an indented block starting {"command")`)
	}
	var doc map[string]any
	if err := json.Unmarshal(block[1], &doc); err != nil {
		t.Fatalf("README's JSON example does not parse: %v\n%s", err, block[1])
	}
	stdout, _, err := runCLI(t, "", "ask", "--format", "json", "/relations japan korea")
	if err != nil {
		t.Fatal(err)
	}
	var out map[string]any
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(keysOf(out), keysOf(doc)); diff != "" {
		t.Errorf("README's JSON example keys differ from the binary's (-binary +README):\n%s", diff)
	}
	if diff := cmp.Diff(keysOf(firstFact(out)), keysOf(firstFact(doc))); diff != "" {
		t.Errorf("README's JSON example fact keys differ from the binary's (-binary +README):\n%s", diff)
	}
}

func keysOf(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func firstFact(m map[string]any) map[string]any {
	facts, _ := m["facts"].([]any)
	if len(facts) == 0 {
		return nil
	}
	f, _ := facts[0].(map[string]any)
	return f
}

func TestWrap(t *testing.T) {
	got := wrap("  • Trade — In July 2019, Japan announced export controls. [2 · Trade]", 30)
	want := []string{"  • Trade — In July 2019,", "    Japan announced export", "    controls. [2 · Trade]"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("wrap (-want +got):\n%s", diff)
	}
}
