package playground

import (
	"net/http"
	"strconv"
	"strings"
)

// Votes: every answer the bot records carries 👍 and 👎 buttons under it (and in the
// platforms' panes, where the adapters draw them). A vote names the message in the session's
// history and the answer it showed; the session's user votes, once per answer — voting again
// replaces the vote — and the page shows the bot's thanks under the reply.

// Vote values as the page's buttons send them.
const (
	voteUp   = "up"
	voteDown = "down"
)

// errGone refuses a vote on a message the session no longer has: an old page after a
// restart, a history that moved on, or a message of another session.
const errGone = "this answer is no longer in your session; ask again to vote on it"

// handleVote records the session's vote on one of its answers through the bot. A form post is
// redirected back to the reply's feedback, where the thanks shows; a script asking for JSON gets the reply's message again, now
// showing the vote and the thanks.
func (p *Playground) handleVote(w http.ResponseWriter, r *http.Request) {
	if !readForm(w, r) {
		return
	}
	id, err := strconv.ParseInt(r.PostForm.Get("message"), 10, 64)
	answer, vote := r.PostForm.Get("answer"), r.PostForm.Get("vote")
	if err != nil || id < 1 || !validAnswerID(answer) || vote != voteUp && vote != voteDown {
		http.Error(w, "a vote needs message=ID, answer=ANSWER and vote=up or vote=down", http.StatusBadRequest)
		return
	}
	// Only the session's own answers: a vote never makes a session, and names a message of
	// the history with the answer it showed.
	var sess *session
	if c, err := r.Cookie(cookieName); err == nil && strings.HasPrefix(c.Value, channelPrefix) && validChannel(c.Value) {
		sess = p.sessions.peek(c.Value)
	}
	if sess == nil {
		http.Error(w, errGone, http.StatusConflict)
		return
	}
	if e, ok := sess.find(id); !ok || e.Kind != kindBot || e.Reply.AnswerID != answer {
		http.Error(w, errGone, http.StatusConflict)
		return
	}
	sess.touch(p.opts.Now())
	thanks, err := p.answer.Vote(r.Context(), Platform, sess.channel, answer, vote == voteUp)
	if err != nil {
		p.logger.WarnContext(r.Context(), "playground_vote_failed", "err", err)
		http.Error(w, "the vote could not be recorded; please try again", http.StatusServiceUnavailable)
		return
	}
	e, ok := sess.setVote(id, vote, thanks)
	if !ok { // the history moved past it while the vote was recorded
		http.Error(w, thanks+" (The answer has since left this session's history.)", http.StatusConflict)
		return
	}
	if !wantsJSON(r) {
		http.Redirect(w, r, "/#feedback-"+strconv.FormatInt(id, 10), http.StatusSeeOther)
		return
	}
	h, err := p.messageHTML(e)
	if err != nil {
		p.serverError(w, r, err)
		return
	}
	writeJSON(w, messageJSON{ID: e.ID, Kind: e.Kind, HTML: h})
}

// validAnswerID accepts the bot's answer ids: 16 lowercase hex digits.
func validAnswerID(s string) bool {
	if len(s) != 16 {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}
