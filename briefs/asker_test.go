package briefs

import "testing"

func TestWithoutAsker(t *testing.T) {
	s := realStore(t)
	tests := []struct{ q, want string }{
		{"I work for an ocean conservation group. Why does South Korea object to Japan's discharge?", "Why does South Korea object to Japan's discharge?"},
		{"Hi! I plan airline networks and I'm curious - which air route got restarted?", "which air route got restarted?"},
		{"I'm teaching a unit next week and want the timeline right: when did the Seoul court rule?", "when did the Seoul court rule?"},
		{"hey, quick question: who moderated the four-country meeting?", "who moderated the four-country meeting?"},
		{"Quick one for a class handout: what worries Japan most about North Korea?", "what worries Japan most about North Korea?"},
		// After the question too.
		{"which japan-korea flight route got restarted? i fly it for work lol", "which japan-korea flight route got restarted?"},
		{"Why did Seoul protest? I read Japan surveyed near Dokdo.", "Why did Seoul protest? I read Japan surveyed near Dokdo."},
		// A part naming what the store knows is context, not the asker.
		{"I read that Japan protested Korea's survey. How did Korea respond?", "I read that Japan protested Korea's survey. How did Korea respond?"},
		// Not about the asker, or nothing after it.
		{"History: why do Japan and Korea quarrel?", "History: why do Japan and Korea quarrel?"},
		{"I want to know about Dokdo", "I want to know about Dokdo"},
		{"I'm curious.", "I'm curious."},
	}
	for _, tt := range tests {
		if got := s.withoutAsker(tt.q); got != tt.want {
			t.Errorf("withoutAsker(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
