package slack

import (
	"context"
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

// ask runs a request through the answerer, telling the command layer how to find out
// whether the user may manage the channel's digests, should it need to.
func (a *Adapter) ask(ctx context.Context, req commands.Request) commands.Reply {
	req.CheckManage = a.checkManageFn
	return a.answer.Handle(ctx, req)
}

// checkManage finds out, when a command asks (only /digest does), whether req's user may
// manage digests in Slack: listed in BRIEFBOT_DIGEST_ADMINS, or a workspace admin or owner
// (users.info, cached). So no other command waits on users.info inside Slack's 3 seconds.
func (a *Adapter) checkManage(ctx context.Context, req commands.Request) bool {
	if req.User == "" {
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
