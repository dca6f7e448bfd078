package config

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func envOf(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestLoadDefaults(t *testing.T) {
	t.Chdir(t.TempDir()) // no .env here
	c, err := Load(envOf(nil))
	if err != nil {
		t.Fatalf("Load() = %v", err)
	}
	if c.Addr != "" || c.DatabaseURL != "briefbot.db" || c.TimeZone != "UTC" || c.DigestGrace != time.Hour || c.DigestLease != 30*time.Second || c.Location != time.UTC {
		t.Errorf("defaults = %+v", c)
	}
	if c.SlackEnabled() || c.DiscordHTTPEnabled() || c.SocketMode() || c.DiscordGatewayEnabled() {
		t.Errorf("adapters on without keys: %+v", c)
	}
}

func TestLoadReportsEveryBadKey(t *testing.T) {
	t.Chdir(t.TempDir())
	_, err := Load(envOf(map[string]string{
		"BRIEFBOT_TIMEZONE":   "Mars/Olympus",
		"BRIEFBOT_LOG_LEVEL":  "loud",
		"BRIEFBOT_LOG_FORMAT": "xml",
		"SLACK_BOT_TOKEN":     "nope",
		"SLACK_API_URL":       "ftp://x",
		"DISCORD_PUBLIC_KEY":  "abc",
		"DISCORD_GUILD_ID":    "guild",
	}))
	if err == nil {
		t.Fatal("Load(bad) = nil; want an error")
	}
	for _, key := range []string{"BRIEFBOT_TIMEZONE", "BRIEFBOT_LOG_LEVEL", "BRIEFBOT_LOG_FORMAT", "SLACK_BOT_TOKEN", "SLACK_API_URL", "DISCORD_PUBLIC_KEY", "DISCORD_GUILD_ID"} {
		if !strings.Contains(err.Error(), key) {
			t.Errorf("error does not name %s: %v", key, err)
		}
	}
	if strings.Contains(err.Error(), "nope") {
		t.Errorf("error repeats a secret value: %v", err)
	}
}

func TestLoadBadDuration(t *testing.T) {
	t.Chdir(t.TempDir())
	_, err := Load(envOf(map[string]string{"BRIEFBOT_DIGEST_GRACE": "soon"}))
	if err == nil || !strings.Contains(err.Error(), "BRIEFBOT_DIGEST_GRACE") {
		t.Errorf("Load(grace=soon) = %v; want an error naming the key", err)
	}
}

func TestLoadDigestLease(t *testing.T) {
	t.Chdir(t.TempDir())
	tests := []struct {
		name, value string
		want        time.Duration // zero: an error naming the key
	}{
		{"set", "45s", 45 * time.Second},
		{"minutes", "2m", 2 * time.Minute},
		{"zero", "0s", 0},
		{"negative", "-5s", 0},
		{"not a duration", "soon", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(envOf(map[string]string{"BRIEFBOT_DIGEST_LEASE": tt.value}))
			if tt.want == 0 {
				if err == nil || !strings.Contains(err.Error(), "BRIEFBOT_DIGEST_LEASE") {
					t.Errorf("Load(lease=%q) = %v; want an error naming BRIEFBOT_DIGEST_LEASE", tt.value, err)
				}
				return
			}
			if err != nil || c.DigestLease != tt.want {
				t.Errorf("Load(lease=%q) = %v, %v; want %v", tt.value, c.DigestLease, err, tt.want)
			}
		})
	}
}

func TestDotEnvAndEnvironmentPrecedence(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile(filepath.Join(dir, ".env"), []byte("BRIEFBOT_ADDR=:9000\nBRIEFBOT_TIMEZONE=Asia/Seoul\nBRIEFBOT_DIGEST_ADMINS=U1,U2\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Load(envOf(map[string]string{"BRIEFBOT_ADDR": "127.0.0.1:7000"}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != "127.0.0.1:7000" || c.TimeZone != "Asia/Seoul" || !slices.Equal(c.DigestAdmins, []string{"U1", "U2"}) {
		t.Errorf("Load() = addr %q tz %q admins %v; want env over .env", c.Addr, c.TimeZone, c.DigestAdmins)
	}
	if _, err := Load(envOf(map[string]string{EnvFileKey: filepath.Join(dir, "missing.env")})); err == nil {
		t.Error("Load() with a named missing env file = nil; want an error")
	}
}

func TestLogValueHidesSecrets(t *testing.T) {
	t.Chdir(t.TempDir())
	c, err := Load(envOf(map[string]string{"SLACK_SIGNING_SECRET": "s3cret-value", "SLACK_BOT_TOKEN": "xoxb-secret-token"}))
	if err != nil {
		t.Fatal(err)
	}
	out := c.LogValue().String()
	if strings.Contains(out, "s3cret-value") || strings.Contains(out, "xoxb-secret-token") {
		t.Errorf("LogValue() shows a secret: %s", out)
	}
	if !strings.Contains(out, "slack_signing_secret=set") {
		t.Errorf("LogValue() = %s; want secrets shown as set", out)
	}
}

// TestEnvExampleListsEveryKey keeps .env.example in step with Config.
func TestEnvExampleListsEveryKey(t *testing.T) {
	f, err := os.Open(filepath.Join("..", ".env.example"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	documented := map[string]bool{}
	prevComment := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if k, _, ok := strings.Cut(line, "="); ok && !strings.HasPrefix(line, "#") {
			if !prevComment {
				t.Errorf(".env.example: %s has no comment line above it", k)
			}
			documented[k] = true
		}
		prevComment = strings.HasPrefix(line, "#")
	}
	for _, k := range Keys() {
		if !documented[k] {
			t.Errorf(".env.example lacks %s", k)
		}
	}
}

func TestPlaygroundAndListenAddr(t *testing.T) {
	const slackSecret, discordKey = "SLACK_SIGNING_SECRET", "DISCORD_PUBLIC_KEY"
	key := strings.Repeat("ab", 32)
	tests := []struct {
		name     string
		env      map[string]string
		wantOn   bool
		wantAddr string
	}{
		{"no keys: on, loopback only", nil, true, LoopbackAddr},
		{"no keys, address given", map[string]string{"BRIEFBOT_ADDR": ":9000"}, true, ":9000"},
		{"no keys, asked for: exposed", map[string]string{"BRIEFBOT_PLAYGROUND": "on"}, true, PublicAddr},
		{"no keys, off", map[string]string{"BRIEFBOT_PLAYGROUND": "off"}, false, PublicAddr},
		{"slack keys: off", map[string]string{slackSecret: "s"}, false, PublicAddr},
		{"slack keys on loopback: still off", map[string]string{slackSecret: "s", "BRIEFBOT_ADDR": "127.0.0.1:8080"}, false, "127.0.0.1:8080"},
		{"discord key on localhost: still off", map[string]string{discordKey: key, "BRIEFBOT_ADDR": "localhost:8080"}, false, "localhost:8080"},
		{"keys, asked for", map[string]string{slackSecret: "s", "BRIEFBOT_PLAYGROUND": "on"}, true, PublicAddr},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			c, err := Load(envOf(tc.env))
			if err != nil {
				t.Fatal(err)
			}
			if on, why := c.PlaygroundEnabled(); on != tc.wantOn || why == "" {
				t.Errorf("PlaygroundEnabled() = %v, %q; want %v with a reason", on, why, tc.wantOn)
			}
			if addr, why := c.ListenAddr(); addr != tc.wantAddr || why == "" {
				t.Errorf("ListenAddr() = %q, %q; want %q with a reason", addr, why, tc.wantAddr)
			}
		})
	}
}

func TestWarningsForHalfConfiguredPlatforms(t *testing.T) {
	key := strings.Repeat("ab", 32)
	tests := []struct {
		name string
		env  map[string]string
		want []string // a fragment of each warning, in order
	}{
		{"nothing set", nil, nil},
		{"slack bot token alone", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1"}, []string{"Slack is off: SLACK_BOT_TOKEN"}},
		{"slack signing secret alone", map[string]string{"SLACK_SIGNING_SECRET": "s"}, []string{"need SLACK_BOT_TOKEN"}},
		{"slack complete", map[string]string{"SLACK_SIGNING_SECRET": "s", "SLACK_BOT_TOKEN": "xoxb-1"}, nil},
		{"slack socket mode", map[string]string{"SLACK_APP_TOKEN": "xapp-1", "SLACK_BOT_TOKEN": "xoxb-1"}, nil},
		{"discord app id alone", map[string]string{"DISCORD_APP_ID": "123"}, []string{"Discord is off"}},
		{"discord guild alone", map[string]string{"DISCORD_GUILD_ID": "123"}, []string{"Discord is off"}},
		{"discord public key alone", map[string]string{"DISCORD_PUBLIC_KEY": key}, []string{"need DISCORD_BOT_TOKEN"}},
		{"discord token without app id", map[string]string{"DISCORD_BOT_TOKEN": "t"}, []string{"need DISCORD_APP_ID"}},
		{"discord complete", map[string]string{"DISCORD_BOT_TOKEN": "t", "DISCORD_APP_ID": "1", "DISCORD_PUBLIC_KEY": key}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			c, err := Load(envOf(tc.env))
			if err != nil {
				t.Fatal(err)
			}
			got := c.Warnings()
			if len(got) != len(tc.want) {
				t.Fatalf("Warnings() = %q; want %d warning(s) saying %q", got, len(tc.want), tc.want)
			}
			for i, w := range tc.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("Warnings()[%d] = %q; want it to say %q", i, got[i], w)
				}
			}
		})
	}
}

func TestPublicHost(t *testing.T) {
	for in, want := range map[string]string{"": "", "https://bot.example.com": "bot.example.com", "https://bot.example.com:8443/x": "bot.example.com"} {
		if got := (Config{PublicURL: in}).PublicHost(); got != want {
			t.Errorf("PublicHost(%q) = %q; want %q", in, got, want)
		}
	}
}
