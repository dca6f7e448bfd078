package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
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
	store      *briefs.Store
	dispatcher *commands.Dispatcher
	metrics    *bot.Metrics
	bot        *bot.Bot
	// posters deliver digests, by platform; adapters add theirs as they are wired.
	posters map[string]bot.Poster
}

func newApp(cfg config.Config, logger *slog.Logger) (*app, error) {
	store, err := briefs.LoadEmbedded()
	if err != nil {
		return nil, fmt.Errorf("load facts: %w", err)
	}
	d := commands.NewDispatcher(logger, store)
	m := bot.NewMetrics()
	return &app{cfg: cfg, logger: logger, store: store, dispatcher: d, metrics: m,
		bot: bot.New(logger, d, m, time.Now), posters: map[string]bot.Poster{}}, nil
}

func runServe(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlagSet("serve", `briefbot serve

Runs the bot: the HTTP server on BRIEFBOT_ADDR (Slack and Discord endpoints, /healthz,
/readyz, /metrics), Slack Socket Mode when SLACK_APP_TOKEN is set, the Discord gateway when
DISCORD_BOT_TOKEN is set. Stops gracefully on SIGINT or SIGTERM. Settings come from the
environment and an optional .env file; see .env.example.`, stderr)
	if err := parseFlags(fs, args); err != nil {
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
	opts := bot.ServerOptions{
		Ready: map[string]bot.ReadyCheck{
			"facts": func(context.Context) error {
				if len(a.store.Facts()) == 0 {
					return fmt.Errorf("fact store is empty")
				}
				return nil
			},
		},
	}
	var runners []bot.Runner
	adapters, err := a.wireAdapters(ctx, &opts)
	if err != nil {
		return err
	}
	runners = append(runners, adapters...)
	// The browser playground, before the digests open: it is the local platform's poster.
	pgRunners, playgroundOn, playgroundWhy := a.wirePlayground(&opts)
	runners = append(runners, pgRunners...)
	if playgroundOn {
		logger.Info("playground", "enabled", true, "reason", playgroundWhy, "url", playgroundURL(cfg.Addr))
	} else {
		logger.Info("playground", "enabled", false, "reason", playgroundWhy)
	}
	// Digests: the subscription store, /digest, and the scheduler over the adapters' posters.
	g, err := openDigests(ctx, cfg, logger, a.dispatcher, a.posters, digest.NewMetrics(a.metrics.Registry))
	if err != nil {
		return err
	}
	defer g.Close()
	opts.Ready["database"] = g.store.Ping
	runners = append(runners, g.scheduler)
	logger.Info("briefbot_starting", "config", cfg,
		"facts", len(a.store.Facts()),
		"slack_http", opts.Slack != nil, "slack_socket_mode", cfg.SocketMode(),
		"discord_http", opts.Discord != nil, "discord_gateway", cfg.DiscordGatewayEnabled(),
		"digest_platforms", len(a.posters))
	srv := bot.NewServer(logger, a.metrics, opts)

	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan struct{})
	go func() {
		defer close(done)
		bot.RunAll(runCtx, logger, runners...)
	}()
	addrs := make(chan net.Addr, 1)
	err = srv.ListenAndServe(runCtx, cfg.Addr, addrs)
	cancel()
	<-done
	if err != nil {
		return err
	}
	logger.Info("briefbot_stopped")
	return nil
}
