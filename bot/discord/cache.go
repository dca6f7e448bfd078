package discord

import (
	"bytes"
	"context"
	"fmt"
	"sync"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/commands"
)

// CacheObserver may be implemented by the Answerer to hear of answers the adapter served from
// its cache without asking it, so reply metrics stay whole. r is the reply as first given.
type CacheObserver interface {
	ObserveCached(ctx context.Context, req commands.Request, r commands.Reply)
}

// DefaultCacheEntries is how many answers each generation of the cache keeps (see
// Options.CacheEntries): about 8 KB each, so the cache stays under ~8 MB.
const DefaultCacheEntries = 512

// responseCache keeps encoded answers to pure commands, keyed by the command line. Answering
// /relations japan, korea costs as much as verifying its signature and rendering it twice as
// much again; the fact store does not change while the bot runs, so the same line always gets
// the same answer and it need be composed once.
//
// It holds two generations: a full current generation becomes the old one, and the old one is
// dropped. Entries read from the old generation move back into the current one, so what is
// asked often stays — an LRU's behaviour at a map's cost.
type responseCache struct {
	mu       sync.RWMutex
	cur, old map[string]cacheEntry
	max      int
}

type cacheEntry struct {
	body  []byte // the encoded interaction response
	reply commands.Reply
}

func newResponseCache(max int) *responseCache {
	if max <= 0 {
		return nil
	}
	return &responseCache{cur: make(map[string]cacheEntry, max), old: map[string]cacheEntry{}, max: max}
}

// get is safe on a nil cache (disabled): it finds nothing.
func (c *responseCache) get(key string) (cacheEntry, bool) {
	if c == nil {
		return cacheEntry{}, false
	}
	c.mu.RLock()
	e, ok := c.cur[key]
	stale := false
	if !ok {
		e, ok = c.old[key]
		stale = ok
	}
	c.mu.RUnlock()
	if stale {
		c.put(key, e)
	}
	return e, ok
}

func (c *responseCache) put(key string, e cacheEntry) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.cur[key]; !ok && len(c.cur) >= c.max {
		c.old, c.cur = c.cur, make(map[string]cacheEntry, c.max)
	}
	c.cur[key] = e
}

// respondJSON answers an interaction with the encoded response both transports send, from the
// cache when the command is pure and was asked before. out is scratch space the result may
// live in.
func (a *Adapter) respondJSON(ctx context.Context, in *interaction, out *bytes.Buffer) ([]byte, error) {
	text, cacheable := a.cacheKey(in)
	if cacheable {
		if e, hit := a.cache.get(text); hit {
			if o, ok := a.answer.(CacheObserver); ok {
				o.ObserveCached(ctx, a.request(in, text), e.reply)
			}
			return e.body, nil
		}
	}
	var resp *response
	var reply commands.Reply
	if cacheable {
		resp, reply = a.answerText(ctx, in, text)
	} else {
		var err error
		if resp, err = a.respond(ctx, in); err != nil {
			return nil, err
		}
	}
	if err := encodeJSON(out, resp); err != nil {
		return nil, fmt.Errorf("encode interaction response: %w", err)
	}
	// An internal error may pass; only answers are kept.
	if cacheable && reply.Code != commands.CodeInternal {
		a.cache.put(text, cacheEntry{body: bytes.Clone(out.Bytes()), reply: reply})
	}
	return out.Bytes(), nil
}

// cacheKey is the command line of an interaction whose answer may be cached: a command, or a
// button press, running a pure command.
func (a *Adapter) cacheKey(in *interaction) (string, bool) {
	if a.cache == nil {
		return "", false
	}
	switch in.Type {
	case discordgo.InteractionApplicationCommand:
		// Registered names are lower case; a name that is not one of ours is not pure.
		return commandText(in.Data.Name, in.Data.Options), specFor(in.Data.Name).pure
	case discordgo.InteractionMessageComponent:
		cmd, ok := cutRun(in.Data.CustomID)
		if !ok {
			return "", false
		}
		// A button's command runs as the dispatcher parses it.
		return cmd, specFor(commands.Parse(cmd).Name).pure
	}
	return "", false
}
