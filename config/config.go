// Package config loads briefbot's settings from the environment (and an optional .env file)
// into one typed struct and validates them, naming the key in every message. It is a leaf:
// every other package may read a Config, and config imports none of them.
package config

import (
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"reflect"
	"strings"
	"time"

	"github.com/caarlos0/env/v11"
	"github.com/joho/godotenv"
)

// Config is every setting briefbot reads. The env tags are the keys .env.example documents.
type Config struct {
	// Addr is where the HTTP server listens; empty leaves the choice to ListenAddr.
	Addr         string        `env:"BRIEFBOT_ADDR"`
	PublicURL    string        `env:"BRIEFBOT_PUBLIC_URL"`
	DatabaseURL  string        `env:"BRIEFBOT_DATABASE_URL" envDefault:"briefbot.db"`
	TimeZone     string        `env:"BRIEFBOT_TIMEZONE" envDefault:"UTC"`
	LogLevel     string        `env:"BRIEFBOT_LOG_LEVEL" envDefault:"info"`
	LogFormat    string        `env:"BRIEFBOT_LOG_FORMAT" envDefault:"text"`
	DigestAdmins []string      `env:"BRIEFBOT_DIGEST_ADMINS" envSeparator:","`
	DigestGrace  time.Duration `env:"BRIEFBOT_DIGEST_GRACE" envDefault:"1h"`
	// DigestLease is how long a replica holds a digest slot without renewing its claim: a
	// replica that dies loses its slots to another within this long.
	DigestLease time.Duration `env:"BRIEFBOT_DIGEST_LEASE" envDefault:"30s"`
	// Drain is how long a stopping server keeps answering while /readyz says it is stopping,
	// so a load balancer moves traffic away first (rolling restarts behind a proxy).
	Drain time.Duration `env:"BRIEFBOT_DRAIN" envDefault:"0s"`
	// Playground is on, off, or auto (empty): auto serves the browser playground at / only
	// when no Slack or Discord keys are set.
	Playground string `env:"BRIEFBOT_PLAYGROUND"`

	SlackBotToken      string `env:"SLACK_BOT_TOKEN"`
	SlackSigningSecret string `env:"SLACK_SIGNING_SECRET"`
	SlackAppToken      string `env:"SLACK_APP_TOKEN"`
	SlackAPIURL        string `env:"SLACK_API_URL"`

	DiscordBotToken  string `env:"DISCORD_BOT_TOKEN"`
	DiscordAppID     string `env:"DISCORD_APP_ID"`
	DiscordPublicKey string `env:"DISCORD_PUBLIC_KEY"`
	DiscordGuildID   string `env:"DISCORD_GUILD_ID"`
	DiscordAPIURL    string `env:"DISCORD_API_URL"`

	// Location is TimeZone loaded.
	Location *time.Location `env:"-"`
}

// Keys lists every environment key Config reads, in declaration order.
func Keys() []string {
	var keys []string
	t := reflect.TypeFor[Config]()
	for i := range t.NumField() {
		if k := t.Field(i).Tag.Get("env"); k != "" && k != "-" {
			keys = append(keys, k)
		}
	}
	return keys
}

// secretKeys never appear in logs.
var secretKeys = map[string]bool{
	"SLACK_BOT_TOKEN": true, "SLACK_SIGNING_SECRET": true, "SLACK_APP_TOKEN": true,
	"DISCORD_BOT_TOKEN": true, "BRIEFBOT_DATABASE_URL": true,
}

// EnvFileKey names the key that points at a .env file other than ./.env.
const EnvFileKey = "BRIEFBOT_ENV_FILE"

// Load reads the settings. Values come from getenv first, then from the .env file (./.env,
// or the file BRIEFBOT_ENV_FILE names), then the defaults. A missing ./.env is fine; a named
// file that cannot be read is an error. Every invalid value is reported at once.
func Load(getenv func(string) string) (Config, error) {
	vals := map[string]string{}
	path, named := getenv(EnvFileKey), true
	if path == "" {
		path, named = ".env", false
	}
	fileVals, err := godotenv.Read(path)
	switch {
	case err == nil:
		for k, v := range fileVals {
			vals[k] = v
		}
	case named || !errors.Is(err, os.ErrNotExist):
		return Config{}, fmt.Errorf("read env file %s: %w", path, err)
	}
	for _, k := range Keys() {
		if v := getenv(k); v != "" {
			vals[k] = v
		}
	}
	var c Config
	if err := env.ParseWithOptions(&c, env.Options{Environment: vals}); err != nil {
		return Config{}, keyedParseError(err)
	}
	if err := c.validate(); err != nil {
		return Config{}, err
	}
	return c, nil
}

// keyedParseError rewrites the env library's errors, which name struct fields, to name the
// environment keys a user set.
func keyedParseError(err error) error {
	var agg env.AggregateError
	if !errors.As(err, &agg) {
		return fmt.Errorf("config: %w", err)
	}
	t := reflect.TypeFor[Config]()
	var errs []error
	for _, e := range agg.Errors {
		var pe env.ParseError
		if errors.As(e, &pe) {
			if f, ok := t.FieldByName(pe.Name); ok {
				errs = append(errs, fmt.Errorf("%s: cannot read as %s: %w", f.Tag.Get("env"), pe.Type, pe.Err))
				continue
			}
		}
		errs = append(errs, e)
	}
	return errors.Join(errs...)
}

// validate checks every value and fills Location.
func (c *Config) validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", key, fmt.Sprintf(format, args...)))
	}
	loc, err := time.LoadLocation(c.TimeZone)
	if err != nil {
		bad("BRIEFBOT_TIMEZONE", "%q is not an IANA time zone (e.g. UTC, Asia/Seoul, Europe/Madrid)", c.TimeZone)
	}
	c.Location = loc
	switch strings.ToLower(c.LogLevel) {
	case "debug", "info", "warn", "error":
	default:
		bad("BRIEFBOT_LOG_LEVEL", "%q is not one of debug, info, warn, error", c.LogLevel)
	}
	switch strings.ToLower(c.LogFormat) {
	case "text", "json":
	default:
		bad("BRIEFBOT_LOG_FORMAT", "%q is not text or json", c.LogFormat)
	}
	switch strings.ToLower(c.Playground) {
	case "", "auto", "on", "off":
	default:
		bad("BRIEFBOT_PLAYGROUND", "%q is not on, off or auto", c.Playground)
	}
	if c.DigestGrace < 0 {
		bad("BRIEFBOT_DIGEST_GRACE", "must not be negative")
	}
	if c.DigestLease <= 0 {
		bad("BRIEFBOT_DIGEST_LEASE", "must be positive (e.g. 30s)")
	}
	if c.Drain < 0 || c.Drain > time.Minute {
		bad("BRIEFBOT_DRAIN", "must be between 0s and 1m")
	}
	for key, v := range map[string]string{"BRIEFBOT_PUBLIC_URL": c.PublicURL, "SLACK_API_URL": c.SlackAPIURL, "DISCORD_API_URL": c.DiscordAPIURL} {
		if v == "" {
			continue
		}
		u, err := url.Parse(v)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad(key, "%q is not an absolute http(s) URL", v)
		}
	}
	if c.SlackBotToken != "" && !strings.HasPrefix(c.SlackBotToken, "xoxb-") {
		bad("SLACK_BOT_TOKEN", "a bot token starts with xoxb-")
	}
	if c.SlackAppToken != "" && !strings.HasPrefix(c.SlackAppToken, "xapp-") {
		bad("SLACK_APP_TOKEN", "an app-level token starts with xapp-")
	}
	if c.SlackAppToken != "" && c.SlackBotToken == "" {
		bad("SLACK_APP_TOKEN", "Socket Mode also needs SLACK_BOT_TOKEN")
	}
	if c.DiscordPublicKey != "" {
		if k, err := hex.DecodeString(c.DiscordPublicKey); err != nil || len(k) != 32 {
			bad("DISCORD_PUBLIC_KEY", "must be 64 hex characters (the application's Ed25519 public key)")
		}
	}
	for key, v := range map[string]string{"DISCORD_APP_ID": c.DiscordAppID, "DISCORD_GUILD_ID": c.DiscordGuildID} {
		if v != "" && strings.Trim(v, "0123456789") != "" {
			bad(key, "%q is not a Discord snowflake (digits only)", v)
		}
	}
	return errors.Join(errs...)
}

// PlaygroundEnabled reports whether to serve the browser playground, and why, for the log.
// With chat keys set it is on only when asked for: a server with keys usually sits behind a
// reverse proxy or a tunnel, which would publish anonymous /ask and /digest subscribe.
func (c Config) PlaygroundEnabled() (bool, string) {
	switch strings.ToLower(c.Playground) {
	case "on":
		return true, "BRIEFBOT_PLAYGROUND=on"
	case "off":
		return false, "BRIEFBOT_PLAYGROUND=off"
	}
	if !c.chatKeysSet() {
		return true, "no Slack or Discord keys are set"
	}
	return false, "Slack or Discord keys are set; BRIEFBOT_PLAYGROUND=on serves it too"
}

func (c Config) chatKeysSet() bool {
	return c.SlackBotToken != "" || c.SlackSigningSecret != "" || c.SlackAppToken != "" ||
		c.DiscordBotToken != "" || c.DiscordPublicKey != ""
}

// Listen addresses when BRIEFBOT_ADDR is empty.
const (
	PublicAddr   = ":8080"
	LoopbackAddr = "127.0.0.1:8080"
)

// ListenAddr is where the HTTP server listens, and why, for the log. BRIEFBOT_ADDR wins.
// Without it a server whose playground is on only by default (no chat keys) listens on
// loopback only, so nobody else on the network can use it; exposing it takes an explicit
// BRIEFBOT_ADDR or BRIEFBOT_PLAYGROUND=on. Otherwise it listens on every interface, as a chat
// bot's server must.
func (c Config) ListenAddr() (addr, reason string) {
	if c.Addr != "" {
		return c.Addr, "BRIEFBOT_ADDR"
	}
	on, _ := c.PlaygroundEnabled()
	if on && !strings.EqualFold(c.Playground, "on") {
		return LoopbackAddr, "loopback only, because the playground is on by default; set BRIEFBOT_ADDR (e.g. :8080) or BRIEFBOT_PLAYGROUND=on to expose it"
	}
	return PublicAddr, "every interface (default)"
}

// PublicHost is the host name (without port) of BRIEFBOT_PUBLIC_URL, or "".
func (c Config) PublicHost() string {
	if c.PublicURL == "" {
		return ""
	}
	u, err := url.Parse(c.PublicURL)
	if err != nil {
		return ""
	}
	return u.Hostname()
}

// Warnings lists settings that turn a platform on only partly, or not at all, though some of
// its keys are set: each says what is missing and what works without it.
func (c Config) Warnings() []string {
	var w []string
	if c.SlackBotToken != "" && c.SlackSigningSecret == "" && c.SlackAppToken == "" {
		w = append(w, "Slack is off: SLACK_BOT_TOKEN is set, but Slack cannot reach briefbot without SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode)")
	}
	if c.SlackSigningSecret != "" && c.SlackBotToken == "" {
		w = append(w, "Slack is partly on: slash commands work, but direct messages, mentions and digests need SLACK_BOT_TOKEN")
	}
	if c.SlackAPIURL != "" && c.SlackBotToken == "" && c.SlackSigningSecret == "" {
		w = append(w, "Slack is off: SLACK_API_URL is set, but neither SLACK_SIGNING_SECRET nor SLACK_BOT_TOKEN is")
	}
	discordOn := c.DiscordBotToken != "" || c.DiscordPublicKey != ""
	if !discordOn && (c.DiscordAppID != "" || c.DiscordGuildID != "" || c.DiscordAPIURL != "") {
		w = append(w, "Discord is off: DISCORD_APP_ID, DISCORD_GUILD_ID or DISCORD_API_URL is set, but neither DISCORD_BOT_TOKEN (gateway) nor DISCORD_PUBLIC_KEY (HTTP interactions) is")
	}
	if c.DiscordPublicKey != "" && c.DiscordBotToken == "" {
		w = append(w, "Discord is partly on: HTTP interactions work, but direct messages and digests need DISCORD_BOT_TOKEN")
	}
	if c.DiscordBotToken != "" && c.DiscordAppID == "" {
		w = append(w, "Discord is partly on: the gateway works, but `briefbot discord register` and the invite URL need DISCORD_APP_ID")
	}
	return w
}

// SlackEnabled reports whether Slack's HTTP endpoints can verify requests.
func (c Config) SlackEnabled() bool { return c.SlackSigningSecret != "" }

// SocketMode reports whether Slack should connect over Socket Mode.
func (c Config) SocketMode() bool { return c.SlackAppToken != "" }

// DiscordHTTPEnabled reports whether Discord HTTP interactions can be verified.
func (c Config) DiscordHTTPEnabled() bool { return c.DiscordPublicKey != "" }

// DiscordGatewayEnabled reports whether the Discord gateway should connect.
func (c Config) DiscordGatewayEnabled() bool { return c.DiscordBotToken != "" }

// LogValue lets a Config be logged: secrets appear only as set or unset.
func (c Config) LogValue() slog.Value {
	var attrs []slog.Attr
	v := reflect.ValueOf(c)
	t := v.Type()
	for i := range t.NumField() {
		key := t.Field(i).Tag.Get("env")
		if key == "" || key == "-" {
			continue
		}
		val := fmt.Sprint(v.Field(i).Interface())
		if secretKeys[key] {
			if v.Field(i).IsZero() {
				val = "unset"
			} else {
				val = "set"
			}
		}
		attrs = append(attrs, slog.String(strings.ToLower(key), val))
	}
	return slog.GroupValue(attrs...)
}
