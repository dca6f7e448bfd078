package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
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
		// Flags after the text, as well as before; "--" ends them.
		{[]string{"ask", "/relations japan korea", "--format", "json"}, 0, `"command": "relations"`},
		{[]string{"ask", "/relations", "--format=markdown", "japan", "korea"}, 0, "## Japan ↔ South Korea"},
		{[]string{"ask", "--", "/relations japan korea", "--format", "json"}, 0, "format json"}, // after "--", text
		{[]string{"ask", "/relations japan korea", "--bogus"}, 2, ""},
		{[]string{"ask", "/relatoins japan korea"}, 2, "I don't know the command /relatoins"},
		{[]string{"ask", "-h"}, 0, "Usage: briefbot ask"},
		{[]string{"ask", "/topic dokdo", "--help"}, 0, "Usage: briefbot ask"},
		{[]string{"serve", "--help"}, 0, "Usage: briefbot serve"},
		{[]string{"facts", "list", "--help"}, 0, "Usage: briefbot facts list"},
		{[]string{"slack", "manifest", "--help"}, 0, "Usage: briefbot slack manifest"},
		{[]string{"--version"}, 0, "briefbot "},
		{[]string{"version"}, 0, "briefbot "},
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

// TestUsageErrorsSayWhatWasMeant: a mistyped command, at the top or in ask, gets a
// did-you-mean on stderr and exit 2.
func TestUsageErrorsSayWhatWasMeant(t *testing.T) {
	tests := []struct {
		args []string
		want string // in the usage error; "" for none
	}{
		{[]string{"aks", "hi"}, `did you mean "ask"?`},
		{[]string{"srve"}, `did you mean "serve"?`},
		{[]string{"fatcs"}, `did you mean "facts"?`},
		{[]string{"xyzzy"}, ""},
		{[]string{"facts", "lsit"}, `did you mean "list"?`},
		{[]string{"slack", "manfest"}, `did you mean "manifest"?`},
		{[]string{"ask", "/relatoins japan korea"}, `unknown command /relatoins; did you mean "/relations"?`},
		{[]string{"ask", "/cuntry japan"}, `did you mean "/country"?`},
		{[]string{"ask", "/zzzzzz japan"}, ""},
	}
	for _, tc := range tests {
		_, _, err := runCLI(t, "", tc.args...)
		var ue *usageError
		if !errors.As(err, &ue) {
			t.Errorf("run(%q) = %v; want a usage error", tc.args, err)
			continue
		}
		if tc.want == "" && strings.Contains(ue.msg, "did you mean") || !strings.Contains(ue.msg, tc.want) {
			t.Errorf("run(%q) usage error %q; want %q", tc.args, ue.msg, tc.want)
		}
	}
}

func TestHelpGoesToStdout(t *testing.T) {
	for _, args := range [][]string{{"ask", "--help"}, {"chat", "-h"}, {"facts", "validate", "--help"}, {"discord", "register", "--help"}} {
		stdout, stderr, err := runCLI(t, "", args...)
		if err != nil || !strings.Contains(stdout, "Usage:") || stderr != "" {
			t.Errorf("run(%q) = %v, stdout %.40q, stderr %.40q; want usage on stdout only", args, err, stdout, stderr)
		}
	}
	// A mistake still prints usage on stderr.
	if stdout, stderr, _ := runCLI(t, "", "ask", "--bogus", "x"); stdout != "" || !strings.Contains(stderr, "Usage:") {
		t.Errorf("ask --bogus: stdout %.40q, stderr %.40q; want usage on stderr", stdout, stderr)
	}
}

func TestEditDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"relations", "relations", 0}, {"relatoins", "relations", 1}, {"aks", "ask", 1},
		{"srve", "serve", 1}, {"cuntry", "country", 1}, {"", "ask", 3}, {"kitten", "sitting", 3},
	} {
		if got := editDistance(tc.a, tc.b); got != tc.want {
			t.Errorf("editDistance(%q, %q) = %d; want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestVersionLine(t *testing.T) {
	tests := []struct {
		info *debug.BuildInfo
		want string
	}{
		{nil, "briefbot (no build information)"},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, GoVersion: "go1.26.8"}, "briefbot (devel) (go1.26.8)"},
		{&debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}, GoVersion: "go1.26.8", Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-12-01T10:00:00Z"}, {Key: "vcs.modified", Value: "true"},
		}}, "briefbot v1.2.0 (commit 0123456789ab, 2026-12-01T10:00:00Z, modified, go1.26.8)"},
	}
	for _, tc := range tests {
		if got := versionLine(tc.info); got != tc.want {
			t.Errorf("versionLine(%+v) = %q; want %q", tc.info, got, tc.want)
		}
	}
}

func runEnv(t *testing.T, env map[string]string, args ...string) (string, string, error) {
	t.Helper()
	t.Chdir(t.TempDir()) // no stray .env is read
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, func(k string) string { return env[k] }, strings.NewReader(""), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestSlackManifestCLI(t *testing.T) {
	https := map[string]string{"BRIEFBOT_PUBLIC_URL": "https://bot.example.org"}
	tests := []struct {
		name     string
		env      map[string]string
		args     []string
		wantCode int
		commands int // slash commands declared
	}{
		{"namespaced by default", https, nil, 0, 1},
		{"short commands", https, []string{"--short-commands"}, 0, 9},
		{"socket mode", nil, []string{"--socket-mode"}, 0, 1},
		{"plain http refused", map[string]string{"BRIEFBOT_PUBLIC_URL": "http://bot.example.org"}, nil, 2, 0},
		{"no URL refused", nil, nil, 2, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			stdout, _, err := runEnv(t, tc.env, append([]string{"slack", "manifest", "--json"}, tc.args...)...)
			if got := codeOf(err); got != tc.wantCode {
				t.Fatalf("exit %d (%v); want %d", got, err, tc.wantCode)
			}
			if tc.wantCode != 0 {
				return
			}
			var m struct {
				Features struct {
					SlashCommands []struct{ Command string } `json:"slash_commands"`
				} `json:"features"`
			}
			if err := json.Unmarshal([]byte(stdout), &m); err != nil {
				t.Fatal(err)
			}
			cmds := m.Features.SlashCommands
			if len(cmds) < tc.commands || tc.commands == 1 && (len(cmds) != 1 || cmds[0].Command != "/briefbot") {
				t.Errorf("slash commands %v; want %d (only /briefbot when 1)", cmds, tc.commands)
			}
			// serve registers /digest only once its store is open; the app declares it now.
			if tc.commands > 1 && !slices.ContainsFunc(cmds, func(c struct{ Command string }) bool { return c.Command == "/digest" }) {
				t.Errorf("slash commands %v lack /digest", cmds)
			}
		})
	}
}

// TestDiscordRegister registers against a fake Discord API: in DISCORD_GUILD_ID's guild when it
// is set, globally (with the hour's warning) otherwise, and prints the invite URL.
func TestDiscordRegister(t *testing.T) {
	var mu sync.Mutex
	var paths []string
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		paths = append(paths, r.Method+" "+r.URL.Path)
		mu.Unlock()
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body) // bulk overwrite answers with the commands it stored
	}))
	defer fake.Close()
	base := map[string]string{"DISCORD_BOT_TOKEN": "t0k3n", "DISCORD_APP_ID": "111", "DISCORD_API_URL": fake.URL}
	with := func(k, v string) map[string]string {
		m := maps.Clone(base)
		m[k] = v
		return m
	}
	tests := []struct {
		name     string
		env      map[string]string
		args     []string
		wantPath string
		wantOut  string
	}{
		{"guild from the environment", with("DISCORD_GUILD_ID", "222"), nil, "PUT /api/v9/applications/111/guilds/222/commands", "in guild 222 (available at once)"},
		{"guild flag", base, []string{"--guild", "333"}, "PUT /api/v9/applications/111/guilds/333/commands", "in guild 333"},
		{"global", base, nil, "PUT /api/v9/applications/111/commands", "can take up to an hour"},
		{"global over the environment's guild", with("DISCORD_GUILD_ID", "222"), []string{"--global"}, "PUT /api/v9/applications/111/commands", "up to an hour"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mu.Lock()
			paths = nil
			mu.Unlock()
			stdout, _, err := runEnv(t, tc.env, append([]string{"discord", "register"}, tc.args...)...)
			if err != nil {
				t.Fatal(err)
			}
			mu.Lock()
			defer mu.Unlock()
			if len(paths) != 1 || paths[0] != tc.wantPath {
				t.Errorf("requests %q; want %q", paths, tc.wantPath)
			}
			for _, want := range []string{tc.wantOut, "/relations", "/digest", inviteURL("111")} {
				if !strings.Contains(stdout, want) {
					t.Errorf("output lacks %q:\n%s", want, stdout)
				}
			}
		})
	}
}

func TestDiscordInviteURL(t *testing.T) {
	u, err := url.Parse(inviteURL("111"))
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	// View Channels 1024 + Send Messages 2048 + Embed Links 16384 + Read Message History 65536
	// + Create Public Threads 1<<35 + Send Messages in Threads 1<<38.
	if u.Host != "discord.com" || q.Get("client_id") != "111" || q.Get("scope") != "bot applications.commands" || q.Get("permissions") != "309237730304" {
		t.Errorf("invite URL %s", u)
	}
	stdout, _, err := runEnv(t, map[string]string{"DISCORD_APP_ID": "111"}, "discord", "invite")
	if err != nil || strings.TrimSpace(stdout) != inviteURL("111") {
		t.Errorf("discord invite = %q, %v", stdout, err)
	}
	if _, _, err := runEnv(t, nil, "discord", "invite"); codeOf(err) != 2 {
		t.Errorf("discord invite without DISCORD_APP_ID = %v; want a usage error", err)
	}
}
