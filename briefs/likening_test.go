package briefs

import "testing"

// A likening that closes a question, after its question mark or a comma, names nothing the
// article covers; one inside what is asked stays. One that says it is a likening is never
// read; a bare "like" only when the question finds nothing with it.
func TestWithoutLikening(t *testing.T) {
	for _, tt := range []struct {
		q, want string
		ok      bool
	}{
		{"Who chaired the talks of the four, like who was the referee?", "Who chaired the talks of the four?", true},
		{"Why does Tokyo want NATO close? Explain it like a lunch-break story.", "Why does Tokyo want NATO close?", true},
		{"What did Seoul restrict — like a shop closing its doors?", "What did Seoul restrict?", true},
		{"What does Japan like about NATO?", "What does Japan like about NATO?", false},
		{"What would Seoul like? Name it.", "What would Seoul like? Name it.", false},
		{"Who chaired the talks of the four?", "Who chaired the talks of the four?", false},
	} {
		if got, ok := withoutLikening(tt.q); got != tt.want || ok != tt.ok {
			t.Errorf("withoutLikening(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
	for _, tt := range []struct {
		q, want string
		ok      bool
	}{
		{"Which countries came to Madrid, kind of like guests at a birthday party?", "Which countries came to Madrid?", true},
		{"Who chaired the talks of the four, like who was the referee?", "Who chaired the talks of the four, like who was the referee?", false},
	} {
		if got, ok := withoutPlainLikening(tt.q); got != tt.want || ok != tt.ok {
			t.Errorf("withoutPlainLikening(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
	s := realStore(t)
	checkAmong(t, s, []led{
		// Read with it, "birthday" asks for birth dates the article does not give.
		{"Which Asia-Pacific countries got invited to Madrid, kind of like special guests at a birthday party?", "four-partners-invited-first-time"},
		{"Who chaired the talks of the four in Madrid, like who was the class teacher?", "kishida-moderates-four-country-meeting"},
	})
}
