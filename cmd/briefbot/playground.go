package main

import (
	"fmt"
	"net"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/playground"
	"github.com/briefbot/briefbot/bot/store"
)

// wirePlayground builds the browser playground (the chat page, /facts, /source/…, the event
// stream) when the configuration turns it on. It is the local platform's adapter: its
// poster brings the digests a browser subscribes to, and its runner ends sessions' digests,
// and the event streams when the server stops (a graceful shutdown would otherwise wait on
// them). It returns the playground too, for the digests to be attached once they are open,
// or nil, and why, for the log.
func (a *app) wirePlayground() (bot.Adapter, *playground.Playground, string) {
	ad := bot.Adapter{Platform: store.PlatformLocal}
	enabled, reason := a.cfg.PlaygroundEnabled()
	if !enabled {
		return ad, nil, reason
	}
	var hosts []string
	if h := a.cfg.PublicHost(); h != "" {
		hosts = append(hosts, h)
	}
	pg, err := playground.New(a.logger.With("adapter", "playground"), a.bot, a.dispatcher, playground.Options{AllowedHosts: hosts})
	if err != nil {
		// The templates are embedded and checked by the tests: this is a broken build.
		return ad, nil, fmt.Sprintf("playground failed to start: %v", err)
	}
	ad.Routes, ad.Runners, ad.Poster = pg.Routes(), []bot.Runner{pg}, pg.Poster()
	return ad, pg, reason
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
