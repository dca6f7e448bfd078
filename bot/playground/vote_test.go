package playground

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot/store"
)

// vote posts the page's vote form for the message id and answer.
func vote(t testing.TB, c *http.Client, base string, form url.Values, header map[string]string) (*http.Response, string) {
	t.Helper()
	return postForm(t, c, base+"/vote", form, header)
}

var jsonAccept = map[string]string{"Accept": "application/json"}

// askReply asks q in the client's session and returns the reply's message id and answer id.
func askReply(t *testing.T, e *env, c *http.Client, q string) (int64, string) {
	t.Helper()
	resp, body := ask(t, c, e.srv.URL, url.Values{"q": {q}}, jsonAccept)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("ask %q = %d %s", q, resp.StatusCode, body)
	}
	var out askResponse
	if err := json.Unmarshal([]byte(body), &out); err != nil || len(out.Messages) != 2 {
		t.Fatalf("ask %q: %v, %d messages", q, err, len(out.Messages))
	}
	id := out.Messages[1].ID
	last, ok := e.pg.sessions.peek(e.channel(t, c)).find(id)
	if !ok || last.Reply.AnswerID == "" {
		t.Fatalf("ask %q: reply %d has no answer id", q, id)
	}
	return id, last.Reply.AnswerID
}

// downVotes is what the curators' report says of an answer: how often it was voted down and
// up, and whether it is listed at all.
func downVotes(t *testing.T, e *env, answerID string) (down, up int, listed bool) {
	t.Helper()
	ctx := context.Background()
	if err := e.bot.Flush(ctx); err != nil {
		t.Fatalf("flush answers: %v", err)
	}
	rows, err := e.store.Report(ctx, store.ReportFilter{})
	if err != nil {
		t.Fatalf("report: %v", err)
	}
	for _, r := range rows {
		if r.ID == answerID {
			return r.Down, r.Up, true
		}
	}
	return 0, 0, false
}

func TestVoteOncePerSessionUser(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	id, answer := askReply(t, e, c, "/relations japan korea")
	_, page := get(t, c, e.srv.URL+"/")
	for _, want := range []string{`<form class="vote" method="post" action="/vote"`, `name="answer" value="` + answer + `"`, `value="down"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the answer lacks its feedback buttons: no %q", want)
		}
	}
	// The platforms' own 👍/👎 in both panes vote the same way.
	sk, dc := panes(page)
	for pane, text := range map[string]string{"Slack": sk, "Discord": dc} {
		if !strings.Contains(text, `action="/vote"><input type="hidden" name="message" value="`+strconv.FormatInt(id, 10)+`"><input type="hidden" name="answer" value="`+answer+`">`) {
			t.Errorf("the %s pane's vote buttons do not vote on message %d, answer %s", pane, id, answer)
		}
	}
	form := url.Values{"message": {strconv.FormatInt(id, 10)}, "answer": {answer}, "vote": {"down"}}

	// Twice 👎 from one session is one vote.
	for range 2 {
		resp, body := vote(t, c, e.srv.URL, form, jsonAccept)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("POST /vote = %d %s; want 200", resp.StatusCode, body)
		}
		var m messageJSON
		if err := json.Unmarshal([]byte(body), &m); err != nil {
			t.Fatalf("decode vote response: %v", err)
		}
		if m.ID != id || !strings.Contains(string(m.HTML), "Thanks for the 👎") ||
			!strings.Contains(string(m.HTML), `value="down" class="vote-btn" aria-pressed="true"`) {
			t.Errorf("vote response shows message %d without the thanks or the pressed 👎: %.400s", m.ID, m.HTML)
		}
	}
	if down, up, listed := downVotes(t, e, answer); !listed || down != 1 || up != 0 {
		t.Errorf("report after two 👎 from one session: listed %v, %d down, %d up; want listed, 1 down", listed, down, up)
	}

	// Another session's 👎 on the same answer is refused: it was not given there.
	other := e.client(t)
	get(t, other, e.srv.URL+"/")
	askReply(t, e, other, "/country new zealand")
	if resp, _ := vote(t, other, e.srv.URL, form, jsonAccept); resp.StatusCode != http.StatusConflict {
		t.Errorf("another session voting on this session's answer = %d; want 409", resp.StatusCode)
	}

	// 👍 replaces the 👎: the answer leaves the curators' list. Without JavaScript the page
	// comes back at the reply, showing the thanks.
	form.Set("vote", "up")
	resp, _ := vote(t, c, e.srv.URL, form, nil)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/#feedback-"+strconv.FormatInt(id, 10) {
		t.Errorf("form vote = %d to %q; want 303 to the reply's feedback", resp.StatusCode, resp.Header.Get("Location"))
	}
	if _, _, listed := downVotes(t, e, answer); listed {
		t.Error("after 👍 replaced the 👎 the answer is still reported as voted down")
	}
	if _, page := get(t, c, e.srv.URL+"/"); !strings.Contains(page, "Thanks for the 👍") {
		t.Error("the page does not show the thanks for the 👍 under the reply")
	}
}

func TestVoteRefusals(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	id, answer := askReply(t, e, c, "/relations japan korea")
	msg := strconv.FormatInt(id, 10)
	tests := []struct {
		name   string
		client *http.Client
		form   url.Values
		header map[string]string
		want   int
	}{
		{"another site's page", c, url.Values{"message": {msg}, "answer": {answer}, "vote": {"up"}},
			map[string]string{"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"}, http.StatusForbidden},
		{"no vote", c, url.Values{"message": {msg}, "answer": {answer}}, nil, http.StatusBadRequest},
		{"a vote that is neither", c, url.Values{"message": {msg}, "answer": {answer}, "vote": {"sideways"}}, nil, http.StatusBadRequest},
		{"not an answer id", c, url.Values{"message": {msg}, "answer": {"<script>"}, "vote": {"up"}}, nil, http.StatusBadRequest},
		{"no message", c, url.Values{"answer": {answer}, "vote": {"up"}}, nil, http.StatusBadRequest},
		{"the question, not the reply", c, url.Values{"message": {strconv.FormatInt(id-1, 10)}, "answer": {answer}, "vote": {"up"}}, nil, http.StatusConflict},
		{"another answer than the message showed", c, url.Values{"message": {msg}, "answer": {"0123456789abcdef"}, "vote": {"up"}}, nil, http.StatusConflict},
		{"a message the session never had", c, url.Values{"message": {"999"}, "answer": {answer}, "vote": {"up"}}, nil, http.StatusConflict},
		{"no session", e.client(t), url.Values{"message": {msg}, "answer": {answer}, "vote": {"up"}}, nil, http.StatusConflict},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := vote(t, tc.client, e.srv.URL, tc.form, tc.header)
			if resp.StatusCode != tc.want {
				t.Errorf("POST /vote = %d %s; want %d", resp.StatusCode, strings.TrimSpace(body), tc.want)
			}
		})
	}
	if _, _, listed := downVotes(t, e, answer); listed {
		t.Error("a refused vote was recorded")
	}
	// A body beyond the form bound is refused before it is read.
	big := url.Values{"message": {msg}, "answer": {answer}, "vote": {"up"}, "pad": {strings.Repeat("x", maxForm)}}
	if resp, _ := vote(t, c, e.srv.URL, big, nil); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("oversized vote = %d; want 400", resp.StatusCode)
	}
}
