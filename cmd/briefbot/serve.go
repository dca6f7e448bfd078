package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/digest"
	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/commands"
	"github.com/briefbot/briefbot/config"
)

// newLogger builds the process logger from the configuration.
func newLogger(cfg config.Config, w io.Writer) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(strings.ToUpper(cfg.LogLevel)))
	opts := &slog.HandlerOptions{Level: level}
	if strings.EqualFold(cfg.LogFormat, "json") {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// app is everything `serve` wires together, built once from the configuration.
type app struct {
	cfg        config.Config
	logger     *slog.Logger
	facts      *briefs.Store
	dispatcher *commands.Dispatcher
	metrics    *bot.Metrics
	bot        *bot.Bot
}

func newApp(cfg config.Config, logger *slog.Logger) (*app, error) {
	facts, err := briefs.LoadEmbedded()
	if err != nil {
		return nil, fmt.Errorf("load facts: %w", err)
	}
	d := commands.NewDispatcher(logger, facts)
	m := bot.NewMetrics()
	return &app{cfg: cfg, logger: logger, facts: facts, dispatcher: d, metrics: m,
		bot: bot.New(logger, d, m, time.Now)}, nil
}

func runServe(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlagSet("serve", `briefbot serve

Runs the bot: the HTTP server on BRIEFBOT_ADDR (Slack and Discord endpoints, /healthz,
/readyz, /metrics, and the browser playground when it is on), Slack Socket Mode when
SLACK_APP_TOKEN is set, the Discord gateway when DISCORD_BOT_TOKEN is set. Without
BRIEFBOT_ADDR it listens on 127.0.0.1:8080 while the playground is on by default (no chat
keys), else on :8080. Stops gracefully on SIGINT or SIGTERM. Settings come from the
environment and an optional .env file; see .env.example.`, stderr)
	if err := parseFlagsHelp(fs, args, stdout); err != nil {
		return helpOK(err)
	}
	if fs.NArg() > 0 {
		return usagef("serve takes no arguments")
	}
	cfg, err := config.Load(getenv)
	if err != nil {
		return err
	}
	logger := newLogger(cfg, stderr)
	a, err := newApp(cfg, logger)
	if err != nil {
		return err
	}
	ready := map[string]bot.ReadyCheck{
		"facts": func(context.Context) error {
			if len(a.facts.Facts()) == 0 {
				return fmt.Errorf("fact store is empty")
			}
			return nil
		},
	}
	for _, w := range cfg.Warnings() {
		logger.Warn("platform_half_configured", "problem", w)
	}
	// Listen before anything says where the server is: an address in use fails here.
	addr, addrWhy := cfg.ListenAddr()
	ln, err := bot.Listen(addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	logger.Info("listening", "addr", ln.Addr().String(), "reason", addrWhy)
	adapters, err := a.wireChat()
	if err != nil {
		return err
	}
	local, pg, playgroundWhy := a.wirePlayground()
	adapters = append(adapters, local)
	if pg != nil {
		logger.Info("playground", "enabled", true, "reason", playgroundWhy, "url", playgroundURL(ln.Addr().String()))
	} else {
		logger.Info("playground", "enabled", false, "reason", playgroundWhy)
	}
	// Digests: the subscription store, /digest, and the scheduler over the adapters' posters.
	posters, err := postersOf(adapters)
	if err != nil {
		return err
	}
	g, err := openDigests(ctx, cfg, logger, a.dispatcher, posters, digest.NewMetrics(a.metrics.Registry))
	if err != nil {
		return err
	}
	defer g.Close()
	if pg != nil {
		pg.AttachDigests(g.store, g.scheduler.Changed)
	}
	// Conversations and feedback live in the same database, so any replica can take the
	// next message of a conversation; the Bot writes the answers it gave as it runs.
	a.bot.Remember(g.store, 0)
	// Every command is registered now: they are the metrics' command labels, a closed set.
	for _, c := range a.dispatcher.Commands() {
		a.metrics.KnownCommands(c.Name)
	}
	ready["database"] = g.store.Ping
	runners := append(runnersOf(adapters), a.bot, g.scheduler)
	logger.Info("briefbot_starting", "config", cfg,
		"facts", len(a.facts.Facts()),
		"slack_http", cfg.SlackEnabled(), "slack_socket_mode", cfg.SocketMode(),
		"discord_http", cfg.DiscordHTTPEnabled(), "discord_gateway", cfg.DiscordGatewayEnabled(),
		"digest_platforms", len(posters))
	srv := bot.NewServer(logger, a.metrics, bot.ServerOptions{Adapters: adapters, Ready: ready, Drain: cfg.Drain})

	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan struct{})
	go func() {
		defer close(done)
		bot.RunAll(runCtx, logger, runners...)
	}()
	err = srv.Serve(runCtx, ln)
	cancel()
	<-done
	if err != nil {
		return err
	}
	logger.Info("briefbot_stopped")
	return nil
}
