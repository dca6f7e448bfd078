package store_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot/store"
	"github.com/google/go-cmp/cmp"
)

func TestErrorIs(t *testing.T) {
	wrapped := fmt.Errorf("claim slot: %w", store.Errorf(store.CodeNotFound, "subscription %d not found", 7))
	tests := []struct {
		name   string
		err    error
		target error
		want   bool
	}{
		{"same code through wrapping", wrapped, store.ErrNotFound, true},
		{"other code", wrapped, store.ErrConflict, false},
		{"sentinel is itself", store.ErrInvalid, store.ErrInvalid, true},
		{"sentinels differ", store.ErrInvalid, store.ErrNotFound, false},
		{"plain error", errors.New("x"), store.ErrInternal, false},
		{"cause reachable", &store.Error{Code: store.CodeUnavailable, Err: errCause}, errCause, true},
	}
	for _, tt := range tests {
		if got := errors.Is(tt.err, tt.target); got != tt.want {
			t.Errorf("errors.Is(%s: %v, %v) = %v; want %v", tt.name, tt.err, tt.target, got, tt.want)
		}
	}
}

var errCause = errors.New("driver said no")

func TestErrorCodeAndMessage(t *testing.T) {
	tests := []struct {
		err      error
		wantCode store.Code
		wantMsg  string
	}{
		{nil, "", "internal error"},
		{errors.New("driver detail"), store.CodeInternal, "internal error"},
		{fmt.Errorf("ctx: %w", store.Errorf(store.CodeInvalid, "schedule is required")), store.CodeInvalid, "schedule is required"},
		{&store.Error{Code: store.CodeInternal, Message: "secret detail"}, store.CodeInternal, "internal error"},
		{store.Duplicate(errCause), store.CodeConflict, "this channel already has a digest with that schedule and filter"},
	}
	for _, tt := range tests {
		if got := store.ErrorCode(tt.err); got != tt.wantCode {
			t.Errorf("ErrorCode(%v) = %q; want %q", tt.err, got, tt.wantCode)
		}
		if got := store.ErrorMessage(tt.err); got != tt.wantMsg {
			t.Errorf("ErrorMessage(%v) = %q; want %q", tt.err, got, tt.wantMsg)
		}
	}
}

func TestFilterNormalize(t *testing.T) {
	tests := []struct {
		name string
		in   store.Filter
		want store.Filter
	}{
		{"empty", store.Filter{}, store.Filter{}},
		{"empty lists become nil", store.Filter{Entities: []string{}, Topics: []string{"", " "}}, store.Filter{}},
		{"sorted, trimmed, unique", store.Filter{Entities: []string{"KR", " JP ", "KR"}, Topics: []string{"trade", "history"}},
			store.Filter{Entities: []string{"JP", "KR"}, Topics: []string{"history", "trade"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.in.Normalize()); diff != "" {
			t.Errorf("%s: Normalize(%v) (-want +got):\n%s", tt.name, tt.in, diff)
		}
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"short", "channel_not_found", "channel_not_found"},
		{"exactly the limit", strings.Repeat("a", store.MaxTextLength), strings.Repeat("a", store.MaxTextLength)},
		{"over, in runes", strings.Repeat("한", store.MaxTextLength+1), strings.Repeat("한", store.MaxTextLength-1) + "…"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
	}
	for _, tt := range tests {
		got := store.Clip(tt.in)
		if got != tt.want {
			t.Errorf("%s: Clip(%.20q) = %.20q (%d runes); want %.20q", tt.name, tt.in, got, utf8.RuneCountInString(got), tt.want)
		}
	}
}

func TestOutcome(t *testing.T) {
	for o, want := range map[store.Outcome][2]bool{
		store.OutcomePending: {false, true}, store.OutcomePosted: {true, true}, store.OutcomeDelayed: {true, true},
		store.OutcomeFailed: {true, true}, store.OutcomeSkipped: {true, true}, store.OutcomeMissed: {true, true},
		store.OutcomeUnknown: {true, true},
		"sent":               {false, false}, "": {false, false},
	} {
		if got := [2]bool{o.Final(), o.Valid()}; got != want {
			t.Errorf("Outcome(%q).Final(), Valid() = %v; want %v", o, got, want)
		}
	}
}

// The store takes any adapter's platform id, and only ids that look like one.
func TestValidatePlatform(t *testing.T) {
	base := store.Subscription{Workspace: "T1", Channel: "C1", Schedule: "@daily", TimeZone: "UTC", CreatedBy: "U1"}
	for _, tc := range []struct {
		platform string
		ok       bool
	}{
		{"slack", true}, {"discord", true}, {"teams", true}, {"matrix-2", true},
		{"", false}, {"Slack", false}, {"slack channel", false}, {"-x", false},
	} {
		s := base
		s.Platform = tc.platform
		if err := s.Validate(); (err == nil) != tc.ok {
			t.Errorf("Validate(platform %q) = %v, want ok=%v", tc.platform, err, tc.ok)
		}
	}
}
