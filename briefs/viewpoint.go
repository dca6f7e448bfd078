package briefs

import "strings"

// A question may open by saying whose eyes it looks through: "From the US point of view, what
// role does Korea play?". The words of the frame ("point", "view", "perspective") are no
// fact's, and "view" reads as a stance, so they sink the fact that answers (Korea is an
// outpost for the US). Asked as "what role does Korea play for the US", it is found.

// viewpointOpeners open the frame; viewpointNouns close it after its actor ("the US point of
// view", "Washington's perspective"). A standpoint is no fact's word already, and "in
// Washington's eyes" is read as how Washington views the rest.
var viewpointOpeners = []string{"from the point of view of ", "from the perspective of ", "from the viewpoint of ", "from "}

var viewpointNouns = []string{"point of view", "perspective", "viewpoint", "vantage point"}

// viewpointAsFor is question with an opening viewpoint frame moved to its end as "for" its
// actor; false when it opens with none, or the frame names no actor alone.
func (s *Store) viewpointAsFor(question string) (string, bool) {
	if !strings.Contains(question, ",") || indexFold(question, "from ") != 0 {
		return question, false // most questions
	}
	frame, rest, _ := strings.Cut(question, ",")
	rest = strings.TrimSpace(rest)
	if len(strings.Fields(rest)) < 3 {
		return question, false
	}
	for _, o := range viewpointOpeners {
		who, ok := cutPrefixFold(frame, o)
		if !ok {
			continue
		}
		if o == "from " {
			// "From the US point of view", "from Washington's perspective": the actor, then
			// the noun.
			noun := ""
			for _, n := range viewpointNouns {
				if len(who) > len(n) && strings.EqualFold(who[len(who)-len(n):], n) {
					noun = n
					break
				}
			}
			if noun == "" {
				return question, false
			}
			who = strings.TrimSpace(who[:len(who)-len(noun)])
			who = strings.TrimSuffix(strings.TrimSuffix(who, "'s"), "’s")
		}
		if !s.onlyActor(who) {
			return question, false
		}
		return strings.TrimRight(rest, "?. ") + " for " + who + "?", true
	}
	return question, false
}

// onlyActor reports whether words name one actor and nothing else: "the US", "Washington".
func (s *Store) onlyActor(words string) bool {
	words = strings.TrimSpace(words)
	if w, ok := cutPrefixFold(words, "the "); ok {
		words = w
	}
	if words == "" || len(strings.Fields(words)) > 3 {
		return false
	}
	actors, things := s.namedEntities(words)
	return len(actors) == 1 && len(things) == 0 && s.onlyNames(words)
}
