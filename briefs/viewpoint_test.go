package briefs

import "testing"

func TestViewpointAsFor(t *testing.T) {
	s := realStore(t)
	tests := []struct{ in, want string }{
		{"From the US point of view, what role does Korea play?", "what role does Korea play for the US?"},
		{"from Washington's perspective, what is Seoul for", "what is Seoul for for Washington?"},
		{"From the perspective of Canberra, why does the alliance matter?", "why does the alliance matter for Canberra?"},
		// No actor alone, or no frame: the question as asked.
		{"From the author's point of view, what is Korea's role?", "From the author's point of view, what is Korea's role?"},
		{"From the US and Japan's perspective, what role does Korea play?", "From the US and Japan's perspective, what role does Korea play?"},
		{"From Madrid, where did Kishida go?", "From Madrid, where did Kishida go?"},
		{"From 2019 on, what did Japan restrict?", "From 2019 on, what did Japan restrict?"},
	}
	for _, tc := range tests {
		if got, _ := s.viewpointAsFor(tc.in); got != tc.want {
			t.Errorf("viewpointAsFor(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// The frame's words no longer sink the fact that answers.
	checkLeads(t, s, []led{
		{"From the US point of view, what role does Korea play?", "korea-us-outpost-northeast-asia"},
		{"From the US perspective, what role does South Korea play?", "korea-us-outpost-northeast-asia"},
	})
}
