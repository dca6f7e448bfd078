package main

import (
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/config"
)

const testPublicKey = "d7a3c3a1b7a1e0c2f1a0b6e1d0c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5"

// wired is what the adapters a configuration turns on bring, in a comparable form.
type wired struct {
	Routes, Runners, Posters []string
}

func wireFor(t *testing.T, env map[string]string) (*app, []bot.Adapter) {
	t.Helper()
	cfg, err := config.Load(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	a, err := newApp(cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	adapters, err := a.wireChat()
	if err != nil {
		t.Fatal(err)
	}
	local, _, _ := a.wirePlayground()
	return a, append(adapters, local)
}

func summarize(t *testing.T, adapters []bot.Adapter) wired {
	t.Helper()
	var w wired
	for _, ad := range adapters {
		w.Routes = append(w.Routes, slices.Collect(maps.Keys(ad.Routes))...)
	}
	for _, r := range runnersOf(adapters) {
		w.Runners = append(w.Runners, r.Name())
	}
	posters, err := postersOf(adapters)
	if err != nil {
		t.Fatal(err)
	}
	w.Posters = slices.Collect(maps.Keys(posters))
	return w
}

// TestWireAdapters: each platform brings the routes, runners and poster its settings ask
// for, and nothing for settings that are not there.
func TestWireAdapters(t *testing.T) {
	slackRoutes := []string{"POST /slack/commands", "POST /slack/events", "POST /slack/interactions"}
	tests := []struct {
		name string
		env  map[string]string
		want wired
	}{
		{"nothing", map[string]string{"BRIEFBOT_PLAYGROUND": "off"}, wired{}},
		{"Slack over HTTP, no bot token", map[string]string{"SLACK_SIGNING_SECRET": "s", "BRIEFBOT_PLAYGROUND": "off"},
			wired{Routes: slackRoutes, Runners: []string{"slack-replies"}}},
		{"Slack over HTTP", map[string]string{"SLACK_SIGNING_SECRET": "s", "SLACK_BOT_TOKEN": "xoxb-1", "BRIEFBOT_PLAYGROUND": "off"},
			wired{Routes: slackRoutes, Runners: []string{"slack-replies"}, Posters: []string{"slack"}}},
		{"Slack over Socket Mode", map[string]string{"SLACK_APP_TOKEN": "xapp-1", "SLACK_BOT_TOKEN": "xoxb-1", "BRIEFBOT_PLAYGROUND": "off"},
			wired{Runners: []string{"slack-replies", "slack-socket-mode"}, Posters: []string{"slack"}}},
		{"Discord over HTTP", map[string]string{"DISCORD_PUBLIC_KEY": testPublicKey, "BRIEFBOT_PLAYGROUND": "off"},
			wired{Routes: []string{"POST /discord/interactions"}}},
		{"Discord gateway", map[string]string{"DISCORD_BOT_TOKEN": "t", "BRIEFBOT_PLAYGROUND": "off"},
			wired{Runners: []string{"discord-gateway"}, Posters: []string{"discord"}}},
		{"the playground", map[string]string{"BRIEFBOT_PLAYGROUND": "on"},
			wired{Routes: []string{"GET /{$}", "POST /ask", "GET /complete", "GET /events", "GET /facts", "GET /source/{id}",
				"GET /static/", "GET /favicon.ico", "POST /reset", "POST /vote"}, Runners: []string{"playground"}, Posters: []string{"local"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, adapters := wireFor(t, tt.env)
			got := summarize(t, adapters)
			if diff := cmp.Diff(tt.want, got, cmpopts.SortSlices(func(a, b string) bool { return a < b }), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("wired (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEveryChatRouteIsServed: with every platform configured, the server answers each of
// Slack's and Discord's endpoints through its adapter (an unsigned request is refused, 401),
// and counts the request under the route's pattern; with none configured, each answers 503
// saying what to set. The fallback list in bot/routes.go and the adapters' own routes agree.
func TestEveryChatRouteIsServed(t *testing.T) {
	paths := []string{"/slack/commands", "/slack/events", "/slack/interactions", "/discord/interactions"}
	tests := []struct {
		name string
		env  map[string]string
		want int
	}{
		{"configured", map[string]string{"SLACK_SIGNING_SECRET": "s", "DISCORD_PUBLIC_KEY": testPublicKey}, http.StatusUnauthorized},
		{"not configured", map[string]string{}, http.StatusServiceUnavailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.env["BRIEFBOT_PLAYGROUND"] = "off"
			a, adapters := wireFor(t, tt.env)
			h := bot.NewServer(nil, a.metrics, bot.ServerOptions{Adapters: adapters}).Handler()
			for _, path := range paths {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, path, strings.NewReader("{}")))
				if w.Code != tt.want {
					t.Errorf("POST %s = %d %q; want %d", path, w.Code, strings.TrimSpace(w.Body.String()), tt.want)
				}
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/metrics", nil))
			for _, path := range paths {
				want := `briefbot_http_requests_total{route="POST ` + path + `",status="` + strconv.Itoa(tt.want) + `"} 1`
				if !strings.Contains(w.Body.String(), want) {
					t.Errorf("/metrics lacks %s", want)
				}
			}
		})
	}
}
