package slack

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/briefbot/briefbot/commands"
)

// How long a user's admin standing is trusted, and how long a users.info lookup may take
// inside a slash command's 3 seconds.
const (
	adminTTL     = 10 * time.Minute
	adminTimeout = time.Second
)

// ask runs a request through the answerer, first telling the command layer whether the user
// may manage the channel's digests.
func (a *Adapter) ask(ctx context.Context, req commands.Request) commands.Reply {
	req.CanManage = a.canManage(ctx, req)
	return a.answer.Handle(ctx, req)
}

// canManage reports whether req's user may manage digests in Slack: listed in
// BRIEFBOT_DIGEST_ADMINS, or a workspace admin or owner (users.info, cached). Only the
// digest command reads the answer, so other requests skip the lookup.
func (a *Adapter) canManage(ctx context.Context, req commands.Request) bool {
	if req.User == "" || !mentionsDigest(req.Text) || commands.Parse(req.Text).Name != "digest" {
		return false
	}
	if a.admins[req.User] || a.admins[req.Workspace+":"+req.User] {
		return true
	}
	if a.api == nil {
		return false
	}
	return a.adminCache.isAdmin(ctx, a, req.User)
}

// mentionsDigest is a cheap test that text may name the digest command.
func mentionsDigest(text string) bool {
	for i := 0; i+6 <= len(text); i++ {
		if strings.EqualFold(text[i:i+6], "digest") {
			return true
		}
	}
	return false
}

// adminCache remembers users' admin standing for adminTTL.
type adminCache struct {
	mu sync.Mutex
	m  map[string]adminEntry
}

type adminEntry struct {
	admin   bool
	expires time.Time
}

func (c *adminCache) isAdmin(ctx context.Context, a *Adapter, user string) bool {
	now := a.now()
	c.mu.Lock()
	e, ok := c.m[user]
	c.mu.Unlock()
	if ok && now.Before(e.expires) {
		return e.admin
	}
	ctx, cancel := context.WithTimeout(ctx, adminTimeout)
	defer cancel()
	u, err := a.api.GetUserInfoContext(ctx, user)
	if err != nil {
		// Unknown is not an admin; the next request asks again.
		a.logger.WarnContext(ctx, "slack_users_info_failed", "user_id", user, "err", err)
		return false
	}
	admin := u.IsAdmin || u.IsOwner || u.IsPrimaryOwner
	c.mu.Lock()
	if c.m == nil || len(c.m) >= dedupeMax {
		c.m = map[string]adminEntry{}
	}
	c.m[user] = adminEntry{admin: admin, expires: now.Add(adminTTL)}
	c.mu.Unlock()
	return admin
}
