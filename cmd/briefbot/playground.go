package main

import (
	"fmt"
	"net"
	"net/http"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/playground"
	"github.com/briefbot/briefbot/bot/store"
)

// wirePlayground mounts the browser playground (the chat page, /facts, /source/…, the event
// stream) when the configuration turns it on, and makes it the poster of the local platform,
// so the digests a browser subscribes to reach it. It returns the playground, also a runner
// (it ends sessions' digests, and the event streams when the server stops: a graceful
// shutdown would otherwise wait on them), or nil, and why, for the log. Call it before the
// digests open: the scheduler reads the posters then; attach the digests to it after.
func (a *app) wirePlayground(opts *bot.ServerOptions) (*playground.Playground, string) {
	enabled, reason := a.cfg.PlaygroundEnabled()
	if !enabled {
		return nil, reason
	}
	var hosts []string
	if h := a.cfg.PublicHost(); h != "" {
		hosts = append(hosts, h)
	}
	pg, err := playground.New(a.logger.With("adapter", "playground"), a.bot, a.dispatcher, playground.Options{AllowedHosts: hosts})
	if err != nil {
		// The templates are embedded and checked by the tests: this is a broken build.
		return nil, fmt.Sprintf("playground failed to start: %v", err)
	}
	if opts.Extra == nil {
		opts.Extra = map[string]http.Handler{}
	}
	for pattern, h := range pg.Routes() {
		opts.Extra[pattern] = h
	}
	a.posters[store.PlatformLocal] = pg.Poster()
	return pg, reason
}

// playgroundURL is the address to open in a browser for a listen address: ":8080" and
// "0.0.0.0:8080" are reached as localhost.
func playgroundURL(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "http://" + addr + "/"
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}
