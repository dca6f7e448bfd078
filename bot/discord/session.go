package discord

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// restTimeout bounds one REST call; contexts bound the whole of a delivery.
const restTimeout = 20 * time.Second

// NewSession makes the discordgo session the gateway, the poster and registration share,
// configured for briefbot:
//
//   - REST calls go to apiURL when it is set (DISCORD_API_URL). discordgo's endpoints are
//     package variables fixed at load, so the session's http.Client rewrites the origin of
//     every request for discord.com instead; tests point it at an httptest server.
//   - 429s come back as *discordgo.RateLimitError instead of being retried without limit,
//     and 502s are not retried inside discordgo: the Poster retries both within a bound.
//   - discordgo does not reconnect by itself: its reconnect loop cannot be stopped, so a
//     session it revived could outlive shutdown. Gateway.Run reconnects instead.
//   - The gateway asks for DIRECT_MESSAGES and GUILD_MESSAGES only: interactions need no
//     intent, DM text and the text of server messages that mention the bot arrive without
//     the privileged MESSAGE_CONTENT intent (see threads.go for what that leaves out).
//   - No state cache: the bot reads nothing from it, and it would grow with every guild.
func NewSession(token, apiURL string) (*discordgo.Session, error) {
	if token == "" {
		return nil, fmt.Errorf("discord session: no bot token")
	}
	if !strings.HasPrefix(token, "Bot ") {
		token = "Bot " + token
	}
	s, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	transport := http.DefaultTransport
	if apiURL != "" {
		base, err := url.Parse(apiURL)
		if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
			return nil, fmt.Errorf("discord session: api url %q is not an absolute http(s) URL", apiURL)
		}
		transport = &rewriteTransport{base: base, next: http.DefaultTransport}
	}
	s.Client = &http.Client{Timeout: restTimeout, Transport: transport}
	s.ShouldRetryOnRateLimit = false
	s.MaxRestRetries = 0
	s.ShouldReconnectOnError = false
	s.StateEnabled = false
	s.Identify.Intents = discordgo.IntentsDirectMessages | discordgo.IntentsGuildMessages
	return s, nil
}

// discordHost is the host every discordgo REST endpoint names.
const discordHost = "discord.com"

// rewriteTransport sends requests for https://discord.com/… to base instead: the origin is
// replaced and base's path, if any, is put in front ("http://127.0.0.1:9/x" turns
// https://discord.com/api/v9/gateway into http://127.0.0.1:9/x/api/v9/gateway). Requests for
// other hosts (the CDN) pass through unchanged.
type rewriteTransport struct {
	base *url.URL
	next http.RoundTripper
}

func (t *rewriteTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Host != discordHost {
		return t.next.RoundTrip(req)
	}
	// A RoundTripper must not change the request it was given.
	r := req.Clone(req.Context())
	r.URL.Scheme = t.base.Scheme
	r.URL.Host = t.base.Host
	r.URL.Path = strings.TrimSuffix(t.base.Path, "/") + req.URL.Path
	r.URL.RawPath = ""
	r.Host = ""
	return t.next.RoundTrip(r)
}
