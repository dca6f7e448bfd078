package slack

import (
	"net/http/httptest"
	"net/url"
	"testing"
)

func TestCanManage(t *testing.T) {
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
		{"other command: no lookup", "UADMIN", "/relations", "japan korea", false, 0},
		{"other command mentioning digest: no lookup", "UADMIN", "/ask", "what is a digest?", false, 0},
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
			if len(got) != 2 || got[0].CanManage != tc.want || got[1].CanManage != tc.want {
				t.Errorf("CanManage = %v; want %v", got, tc.want)
			}
			if n := api.userInfos.Load(); n != tc.lookups {
				t.Errorf("%d users.info calls; want %d", n, tc.lookups)
			}
		})
	}
}
