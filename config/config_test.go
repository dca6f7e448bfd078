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
	if c.Addr != ":8080" || c.DatabaseURL != "briefbot.db" || c.TimeZone != "UTC" || c.DigestGrace != time.Hour || c.Location != time.UTC {
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
