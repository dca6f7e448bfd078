package briefs

import "testing"

func TestWithRoleToAsked(t *testing.T) {
	s := realStore(t)
	for _, tt := range []struct{ q, want string }{
		{"what is south korea to the us", "What is south korea's role for the us"},
		{"So what is South Korea to the US, per this article — a full partner or something less?", "What is South Korea's role for the US, per this article — a full partner or something less?"},
		{"What's Seoul to Washington, and what about Wellington?", "What is Seoul's role for Washington, and what about Wellington?"},
		// Not what one country is to another.
		{"what is japan to the us doing in asia", "what is japan to the us doing in asia"},
		{"what is the distance from japan to korea", "what is the distance from japan to korea"},
		{"What is Yoon to Kishida?", "What is Yoon to Kishida?"},
		{"Why is Japan close to the US?", "Why is Japan close to the US?"},
	} {
		if got := s.withRoleToAsked(tt.q); got != tt.want {
			t.Errorf("withRoleToAsked(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	q := "what is south korea to the us"
	if ids := answerIDs(s, q); len(ids) == 0 || ids[0] != "korea-us-outpost-northeast-asia" {
		t.Errorf("%q: answer %v; want South Korea's role as an outpost first", q, ids)
	}
}
