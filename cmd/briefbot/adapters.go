package main

import (
	"fmt"

	"github.com/briefbot/briefbot/bot"
)

// wireChat builds the chat platforms' adapters the configuration asks for (Slack, Discord).
// Each returns what it brings; serve collects them. An adapter that is off brings nothing.
func (a *app) wireChat() ([]bot.Adapter, error) {
	var adapters []bot.Adapter
	for _, wire := range []func() (bot.Adapter, error){a.wireSlack, a.wireDiscord} {
		ad, err := wire()
		if err != nil {
			return nil, err
		}
		adapters = append(adapters, ad)
	}
	return adapters, nil
}

// postersOf lists the adapters' posters by platform, for the digests. One platform with two
// posters is a wiring mistake.
func postersOf(adapters []bot.Adapter) (map[string]bot.Poster, error) {
	posters := map[string]bot.Poster{}
	for _, ad := range adapters {
		if ad.Poster == nil {
			continue
		}
		if _, dup := posters[ad.Platform]; dup {
			return nil, fmt.Errorf("two adapters post to platform %q", ad.Platform)
		}
		posters[ad.Platform] = ad.Poster
	}
	return posters, nil
}

// runnersOf lists every adapter's background connections.
func runnersOf(adapters []bot.Adapter) []bot.Runner {
	var runners []bot.Runner
	for _, ad := range adapters {
		runners = append(runners, ad.Runners...)
	}
	return runners
}
