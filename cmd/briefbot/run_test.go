package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, func(string) string { return "" }, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestRunExitCodes(t *testing.T) {
	tests := []struct {
		args     []string
		wantCode int
		stdout   string
	}{
		{[]string{"ask", "/relations japan korea"}, 0, "Japan ↔ South Korea"},
		{[]string{"ask", "--format", "markdown", "/topic", "dokdo"}, 0, "## Dokdo"},
		{[]string{"ask", "what is the recipe for chocolate cake?"}, 0, "I have nothing on that"},
		{[]string{"ask", "/relations germany japan"}, 0, "germany"},
		{[]string{"ask", "/relations"}, 2, "Which actors"},
		{[]string{"ask"}, 2, ""},
		{[]string{"ask", "--format", "xml", "hi"}, 2, ""},
		{[]string{"ask", "--help"}, 0, ""},
		{[]string{"facts", "validate"}, 0, "ok"},
		{[]string{"facts", "list", "--entity", "rok", "--topic", "territory"}, 0, "dokdo"},
		{[]string{"facts", "list", "--entity", "narnia"}, 2, ""},
		{[]string{"facts"}, 2, ""},
		{[]string{"nope"}, 2, ""},
		{nil, 2, ""},
		{[]string{"--help"}, 0, "Usage"},
	}
	for _, tc := range tests {
		stdout, _, err := runCLI(t, "", tc.args...)
		if got := codeOf(err); got != tc.wantCode {
			t.Errorf("run(%q) exit %d (%v); want %d", tc.args, got, err, tc.wantCode)
		}
		if !strings.Contains(stdout, tc.stdout) {
			t.Errorf("run(%q) stdout lacks %q:\n%s", tc.args, tc.stdout, stdout)
		}
	}
}

func codeOf(err error) int {
	var ue *usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		return 2
	}
	return 1
}

func TestAskJSON(t *testing.T) {
	stdout, _, err := runCLI(t, "", "ask", "--format", "json", "What", "is", "the", "Dokdo", "dispute?")
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		Command string `json:"command"`
		Found   bool   `json:"found"`
		Text    string `json:"text"`
		Facts   []struct {
			ID, Quote, Section string
		} `json:"facts"`
	}
	if err := json.Unmarshal([]byte(stdout), &j); err != nil {
		t.Fatalf("ask --format json printed invalid JSON: %v\n%s", err, stdout)
	}
	if j.Command != "ask" || !j.Found || len(j.Facts) == 0 || j.Facts[0].Quote == "" || !strings.Contains(strings.ToLower(j.Text), "island") {
		t.Errorf("ask json = %+v", j)
	}
}

func TestFactsValidateReportsProblemsWithIDs(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "facts.yaml")
	if err := os.WriteFile(bad, []byte(`
- id: made-up
  text: Japan and Germany signed a treaty.
  quote: "Japan and Germany signed a treaty"
  source: outlook-2022
  section: intro
  entities: [JP, DE]
  topics: [alliance]
  kind: event
  weight: 5
`), 0o600); err != nil {
		t.Fatal(err)
	}
	stdout, _, err := runCLI(t, "", "facts", "validate", bad)
	if codeOf(err) != 1 {
		t.Fatalf("facts validate bad = %v; want failure", err)
	}
	for _, w := range []string{"fact made-up: quote does not occur verbatim", `fact made-up: unknown entity "DE"`, "has no facts"} {
		if !strings.Contains(stdout, w) {
			t.Errorf("facts validate output lacks %q:\n%s", w, stdout)
		}
	}
}

func TestChat(t *testing.T) {
	t.Chdir(t.TempDir()) // the local channel's digests live in ./briefbot.db
	stdout, _, err := runCLI(t, "/country new zealand\nwhat is the dokdo dispute?\nquit\nnever read\n", "chat")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"New Zealand", "Dokdo", "you> "} {
		if !strings.Contains(stdout, w) {
			t.Errorf("chat output lacks %q", w)
		}
	}
	if strings.Contains(stdout, "never read") {
		t.Error("chat went on after quit")
	}
}
