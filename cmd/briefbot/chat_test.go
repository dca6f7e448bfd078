package main

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot/console"
	"github.com/briefbot/briefbot/bot/store"
	"github.com/briefbot/briefbot/bot/store/open"
)

// chatIn runs `briefbot chat` on a SQLite file, with the lines typed, and returns what it
// printed after each line: replies[i] answers lines[i].
func chatIn(t *testing.T, db string, lines ...string) []string {
	t.Helper()
	env := map[string]string{"BRIEFBOT_DATABASE_URL": db, "USER": "alice"}
	var out, errOut bytes.Buffer
	in := strings.NewReader(strings.Join(lines, "\n") + "\n")
	if err := run(context.Background(), []string{"chat"}, func(k string) string { return env[k] }, in, &out, &errOut); err != nil {
		t.Fatalf("chat: %v\n%s", err, errOut.String())
	}
	if errOut.Len() > 0 {
		t.Errorf("chat wrote to stderr: %s", errOut.String())
	}
	parts := strings.Split(out.String(), console.Prompt)
	if len(parts) < len(lines)+1 {
		t.Fatalf("chat printed %d prompts for %d lines:\n%s", len(parts)-1, len(lines), out.String())
	}
	return parts[1 : len(lines)+1]
}

// title is a reply's first line.
func title(reply string) string {
	first, _, _ := strings.Cut(strings.TrimLeft(reply, "\n"), "\n")
	return first
}

// TestChatConversation: the terminal is one conversation, so a follow-up is read against the
// answer before it.
func TestChatConversation(t *testing.T) {
	db := filepath.Join(t.TempDir(), "chat.db")
	steps := []struct {
		line  string
		check func(reply string) string // what is wrong, or ""
	}{
		{"/relations japan korea", func(r string) string {
			if title(r) != "Japan ↔ South Korea" {
				return "want the Japan ↔ South Korea brief"
			}
			return ""
		}},
		{"and china?", func(r string) string {
			if h := title(r); !strings.Contains(h, "Japan") || !strings.Contains(h, "China") || !strings.Contains(r, "Read as /relations japan, china.") {
				return "want Japan–China relations, saying it was read as /relations japan, china"
			}
			return ""
		}},
		{"why?", func(r string) string {
			if !strings.HasPrefix(title(r), "Why") {
				return "want the reasons, titled Why…"
			}
			return ""
		}},
		{"more", func(r string) string {
			// The Japan–China brief has one page: "more" says so, naming what it was read as.
			if !regexp.MustCompile(`Read as /relations japan, china page 2\.|There is no more to /relations japan, china`).MatchString(r) {
				return "want the next page of the last answer, or that there is none"
			}
			return ""
		}},
		{"sources", func(r string) string {
			if !strings.HasPrefix(title(r), "Sources") || !regexp.MustCompile(`(?m)^ +“`).MatchString(r) {
				return "want the quotes, titled Sources…, each quote under its fact"
			}
			return ""
		}},
		{"when?", func(r string) string {
			if !strings.HasPrefix(title(r), "When") {
				return "want the dated events, titled When…"
			}
			return ""
		}},
	}
	var lines []string
	for _, s := range steps {
		lines = append(lines, s.line)
	}
	replies := chatIn(t, db, lines...)
	for i, s := range steps {
		if wrong := s.check(replies[i]); wrong != "" {
			t.Errorf("chat %q after %q: %s; got:\n%.600s", s.line, lines[:i], wrong, replies[i])
		}
	}
}

func TestChatMoreTurnsThePage(t *testing.T) {
	replies := chatIn(t, filepath.Join(t.TempDir(), "chat.db"), "/relations japan korea", "more")
	if r := replies[1]; !strings.HasPrefix(title(r), "Japan ↔ South Korea") || !strings.Contains(r, "Read as /relations japan, south korea page 2.") {
		t.Errorf("more after /relations japan korea = %.300q; want its page 2, saying so", r)
	}
}

// TestChatSessionsAreConversationsOfTheirOwn: a second chat of the same user on the same
// database starts afresh, and each chat's answers are in the store when it ends.
func TestChatSessionsAreConversationsOfTheirOwn(t *testing.T) {
	db := filepath.Join(t.TempDir(), "chat.db")
	chatIn(t, db, "/relations japan korea")
	second := chatIn(t, db, "and china?", "what is the recipe for chocolate cake?")
	if strings.Contains(second[0], "Read as /relations japan, china") {
		t.Errorf("a new chat read %q against another chat's answer:\n%.300s", "and china?", second[0])
	}
	st, err := open.Open(context.Background(), db, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rows, err := st.Report(context.Background(), store.ReportFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var asked []string
	for _, r := range rows {
		asked = append(asked, r.Question)
		if r.Question == "what is the recipe for chocolate cake?" && (r.Platform != console.Platform || !strings.Contains(r.Conversation, "terminal-")) {
			t.Errorf("refused answer recorded as platform %q, conversation %q; want the terminal's", r.Platform, r.Conversation)
		}
	}
	if !strings.Contains(strings.Join(asked, "|"), "what is the recipe for chocolate cake?") {
		t.Errorf("the report after the chat lists %q; want the refused question, written when the chat ended", asked)
	}
}
