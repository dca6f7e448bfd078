package slack

import (
	"context"
	"net/http/httptest"
	"net/url"
	"testing"
)

// TestCheckManage: the request a slash command makes tells, when asked, whether its user
// may manage digests — listed admins at once, workspace admins and owners through users.info
// (cached) — and asks Slack nothing until then.
func TestCheckManage(t *testing.T) {
	tests := []struct {
		name, user, command, text string
		want                      bool
		lookups                   int32
	}{
		{"workspace admin", "UADMIN", "/digest", "list", true, 1},
		{"listed digest admin", "ULISTED", "/digest", "subscribe daily 08:00", true, 0},
		{"listed for this team", "UTEAM", "/digest", "list", true, 0},
		{"ordinary member", "UMEMBER", "/digest", "list", false, 1},
		{"umbrella", "UADMIN", "/briefbot", "digest list", true, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ans := &fakeAnswerer{}
			api := newFakeWebAPI(t)
			a := newAdapter(nil, ans, api.client(), Options{SigningSecret: testSecret, Now: fixedClock,
				DigestAdmins: []string{"ULISTED", " T0001:UTEAM "}})
			body := slashBody(tc.command, tc.text)
			form, _ := url.ParseQuery(string(body))
			form.Set("user_id", tc.user)
			body = []byte(form.Encode())
			for range 2 { // the second time, the standing is cached
				a.Commands().ServeHTTP(httptest.NewRecorder(), signedRequest(t, testSecret, testNow, "/slack/commands", "application/x-www-form-urlencoded", body))
			}
			got := ans.seen()
			if len(got) != 2 {
				t.Fatalf("%d requests; want 2", len(got))
			}
			if n := api.userInfos.Load(); n != 0 {
				t.Fatalf("%d users.info calls before anyone asked; want 0", n)
			}
			for _, req := range got {
				if may := req.MayManage(context.Background()); may != tc.want {
					t.Errorf("MayManage = %v; want %v", may, tc.want)
				}
			}
			if n := api.userInfos.Load(); n != tc.lookups {
				t.Errorf("%d users.info calls; want %d", n, tc.lookups)
			}
		})
	}
}
