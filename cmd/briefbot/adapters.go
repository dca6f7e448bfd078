package main

import (
	"context"

	"github.com/briefbot/briefbot/bot"
)

// wireAdapters builds the Slack and Discord adapters the configuration asks for, mounts their
// HTTP endpoints on opts and returns their background connections.
func (a *app) wireAdapters(ctx context.Context, opts *bot.ServerOptions) ([]bot.Runner, error) {
	var runners []bot.Runner
	for _, wire := range []func(context.Context, *bot.ServerOptions) ([]bot.Runner, error){a.wireSlack, a.wireDiscord} {
		rs, err := wire(ctx, opts)
		if err != nil {
			return nil, err
		}
		runners = append(runners, rs...)
	}
	return runners, nil
}
