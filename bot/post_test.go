package bot

import (
	"errors"
	"net"
	"net/url"
	"testing"
)

func TestSentMaybe(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"connection refused", &url.Error{Op: "Post", URL: "http://127.0.0.1:1", Err: &net.OpError{Op: "dial", Err: errors.New("refused")}}, false},
		{"DNS lookup failed", &url.Error{Op: "Post", URL: "http://x.invalid", Err: &net.DNSError{Err: "no such host"}}, false},
		{"read broke after sending", &url.Error{Op: "Post", URL: "http://127.0.0.1:1", Err: &net.OpError{Op: "read", Err: errors.New("reset")}}, true},
		{"timeout", &url.Error{Op: "Post", URL: "http://127.0.0.1:1", Err: errors.New("context deadline exceeded")}, true},
		{"not a transport error", errors.New("channel_not_found"), false},
	} {
		if got := SentMaybe(tc.err); got != tc.want {
			t.Errorf("%s: SentMaybe = %v, want %v", tc.name, got, tc.want)
		}
	}
}
