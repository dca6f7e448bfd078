package briefs

import (
	"slices"
	"strings"
)

// A question about one actor's stance on another, in words that only say "stance" ("How does
// Japan deal with China?", "what does japan care about when it comes to pyongyang", "Seoul's
// approach to Beijing"), matches no fact by its words: they are in every fact or none. It is
// answered as the first actor's brief files it, under the second: the actor's own positions on
// it first, then by weight.

// stanceStems are the stems of the words such a question may use besides the two names.
var stanceStems = []string{
	"view", "approach", "deal", "handl", "treat", "stanc", "posit", "attitud", "polici", "feel",
	"regard", "care", "concern", "line", "take", "perspect", "opinion", "toward", "stand",
	"outlook", "relat", "fear", "worri", "focus", "priorit", "prioriti", "prioritis", "prioritiz", "postur",
	"aim", "goal", "support", "endors",
}

// namedStances are the stance stems that name what the stance is, not only that there is
// one: a fear, a concern, a focus, a priority, an aim.
var namedStances = setOf([]string{"fear", "worri", "concern", "focus", "priorit", "prioriti", "prioritis", "prioritiz", "aim", "goal"})

// stanceGate holds stanceStems, for reading every term of every question against them.
var stanceGate = setOf(stanceStems)

// stanceFillers are the stems of words that say how an actor would like to act, not what on:
// "How does Tokyo prefer to deal with Pyongyang?" asks Japan's stance on North Korea as "How
// does Tokyo deal with Pyongyang?" does. They neither make a stance question nor keep one
// from being read.
var stanceFillers = []string{"want", "prefer", "wish", "plan", "intend", "hope", "tend", "choos", "tri", "like"}

// stanceAsked is what a question asks when it asks one actor's stance: who, on which topic —
// the second actor's (on), or one the question names ("Seoul's stance on Japan's export
// curbs") — and any other words it uses (about). The question must name just these and
// otherwise only stance words; ok is false for any other question.
func (s *Store) stanceAsked(r reading) (st stanceQuestion, ok bool) {
	sees := asksSee(r.words)
	if !slices.ContainsFunc(r.terms, func(t string) bool { return stanceGate[t] }) && !asksCare(r.words) && !sees {
		return st, false
	}
	question, actors := r.text, r.actors
	if len(actors) == 0 || len(actors) > 2 || len(r.things) > 0 {
		return st, false
	}
	if len(actors) == 2 {
		actors = s.topicLast(question, s.auxSubjectFirst(question, s.mainClauseFirst(question, actors)))
	}
	rest, _ := s.withoutNames(question)
	var stance bool
	var left []string
	tokenize(readEveryday(rest), func(w string) {
		switch stem := s.index.stem(w); {
		case slices.Contains(stanceStems, stem):
			stance = true
		case slices.Contains(stanceFillers, stem):
		case !isStopword(w) && w != "s":
			left = append(left, w)
		}
	})
	if !stance && !(sees && len(actors) == 2 && !relationsTold(actors)) {
		// How one sees another of the six is read by the search, as their relations are;
		// how one sees North Korea or NATO, as a stance on it.
		return st, false
	}
	st.who = actors[0]
	if len(actors) == 2 {
		st.on = actors[1]
	}
	switch {
	case len(left) == 0 && st.on != "":
		st.topic = s.subjectTopic(st.on)
	case len(left) > 0 && st.on != "" && !slices.ContainsFunc(left, func(w string) bool { return !tieWords[w] }):
		// "How does Washington regard its alliance with Tokyo?" asks about the alliance
		// between them, as the search finds it, not Washington's stance on alliances.
		return st, false
	case len(left) > 0:
		st.about = strings.Join(left, " ")
		if t := s.TopicNamed(st.about); t != nil {
			st.topic = t.ID
		}
	}
	// A country or organisation with no topic of its own (Japan, for "Korea's opinion on
	// Japan"; the Quad) is read through the facts that name it. What is feared of a person
	// ("worried Yoon's government might become") is no stance on them.
	return st, st.topic != "" || (st.on != "" && st.about == "" && s.entityByID[st.on].Kind != "person")
}

// auxSubjectFirst puts first the actor named right after an auxiliary (world.go), when another
// is named before it: "What North Korea concerns does Japan care about?" asks what Japan
// cares about.
func (s *Store) auxSubjectFirst(question string, actors []string) []string {
	lower := strings.ToLower(question)
	after := wordsAfter(lower, auxiliariesSpaced)
	if len(after) == 0 {
		return actors
	}
	for i, id := range actors[1:] {
		if nameAt(lower, after, s.entityByID[id]) {
			return append([]string{id}, slices.Delete(slices.Clone(actors), i+1, i+2)...)
		}
	}
	return actors
}

// topicLast puts second the actor named right after "about", "towards", "regarding" or "with
// regard to", when the other is not: "What worry about Yoon exists in South Korea?" asks South
// Korea's view of Yoon, not Yoon's of South Korea.
func (s *Store) topicLast(question string, actors []string) []string {
	lower := strings.ToLower(question)
	after := wordsAfter(lower, stanceTopicMarkers)
	if len(after) == 0 {
		return actors // most questions
	}
	if nameAt(lower, after, s.entityByID[actors[0]]) && !nameAt(lower, after, s.entityByID[actors[1]]) {
		return []string{actors[1], actors[0]}
	}
	return actors
}

// stanceTopicMarkers open what a stance is on, as wordsAfter reads them.
var stanceTopicMarkers = []string{"about ", "about the ", "towards ", "towards the ", "toward ", "toward the ", "regarding ", "regarding the ", "regard to ", "regard to the ", "respect to ", "respect to the "}

// auxiliariesSpaced are the auxiliaries as wordsAfter reads them.
var auxiliariesSpaced = func() []string {
	out := make([]string, len(auxiliaries))
	for i, a := range auxiliaries {
		out[i] = a + " "
	}
	return out
}()

// asksSee reports whether a question's words (normalizeName's) ask how one sees another ("How
// does Japan see North Korea?"): "see" is a stopword, so it is read here.
func asksSee(words []string) bool {
	return len(words) > 2 && words[0] == "how" && slices.ContainsFunc(words, func(w string) bool { return w == "see" || w == "sees" || w == "saw" })
}

// asksCare reports whether a question's words (normalizeName's) ask what an actor cares
// about: "care" is too common a word to search by, so it is read here, not among the terms.
func asksCare(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return w == "care" || w == "cares" || w == "cared" })
}

// stanceQuestion is what stanceAsked reads from a question.
type stanceQuestion struct {
	who, on, topic, about string
}

// viewOn is what the asking actor's facts say on a topic: for a topic named after an actor,
// what its brief files under it; for another, those that best match how the question named it
// (about: "four country cooperation" is one of several names of the alliances topic) and name
// the actor the stance is on, if any, followed by the stance on that actor otherwise: in
// "Wellington's stance on Beijing after the summit" the summit is context. The actor's own
// positions first, then the weightiest, near-repeats left out; at most MaxAnswerFacts.
func (s *Store) viewOn(q stanceQuestion) []*Fact {
	rs := withoutRepeats(newWordSets(s), s.viewRanked(q), 2*MaxAnswerFacts, func(r ranked) *Fact { return r.f })
	return factsOf(rs[:min(len(rs), MaxAnswerFacts)])
}

// viewRanked is viewOn's facts in order, near-repeats included.
func (s *Store) viewRanked(q stanceQuestion) []ranked {
	id := q.who
	collect := func(topic string, onActor bool) []ranked {
		var rs []ranked
		s.eachView(q, topic, onActor, func(r ranked) { rs = append(rs, r) })
		return rs
	}
	onActor := s.topicActor[q.topic] != ""
	rs := s.narrowed(collect(q.topic, onActor), q.about, id, onActor)
	if q.on != "" && !onActor {
		// What the topic named says of the other actor, then the stance on it otherwise.
		if t := s.subjectTopic(q.on); t != "" {
			for _, r := range s.narrowed(collect(t, true), "", id, true) {
				if !slices.ContainsFunc(rs, func(b ranked) bool { return b.f == r.f }) {
					rs = append(rs, r)
				}
			}
		}
	}
	return rs
}

// leadingView is the first of viewRanked for a stance on an actor with a topic of its own,
// asked in no other words: of the facts it files under that topic, the best by ownFirst.
// Nil when there are none.
func (s *Store) leadingView(who, on string) *Fact {
	topic := s.subjectTopic(on)
	if topic == "" {
		return nil
	}
	var best ranked
	s.eachView(stanceQuestion{who: who, on: on, topic: topic}, topic, true, func(r ranked) {
		if best.f == nil || ownFirst(r, best) < 0 {
			best = r
		}
	})
	return best.f
}

// eachView calls fn with each of q.who's facts on topic, as its brief files them for a topic
// named after an actor (onActor), or else those with the topic that name q.on, if any.
func (s *Store) eachView(q stanceQuestion, topic string, onActor bool, fn func(ranked)) {
	id := q.who
	ids := []string{id}
	qc := s.countryCount(ids)
	named := s.namedBy[id]
	for _, o := range s.filedUnder(id, topic, q.on, onActor) {
		f := s.facts[o]
		if !named.has(o) {
			continue
		}
		if onActor {
			// As the brief files it.
			if t := s.sectionFor(f, id); t == nil || t.ID != topic {
				continue
			}
		} else if (topic != "" && !f.HasTopic(topic)) || (q.on != "" && !f.HasEntity(q.on)) {
			continue
		}
		// A line on all four partners is not id's stance on China, nor on alliances,
		// unless it is id's own ("Biden has not stated his position on the four").
		own := s.ownPosition(f, id)
		if s.groupWide(f, ids, qc) && !own {
			continue
		}
		if s.aboutOthers(f, ids) && !f.HasTopic(s.subjectTopic(id)) {
			// As in id's brief: "Japan curbs China through the Quad" names Australia but is
			// no stance of Australia's.
			continue
		}
		fn(ranked{f: f, focus: s.focusOn(f, ids, qc), own: own})
	}
}

// filedUnder is, ascending, the ordinals of the facts that may be filed under topic: those
// with the topic, and, for a topic named after an actor (onActor), those whose broader topic
// it is (sectionFor); for no topic, the fewer of id's and on's. The facts naming a country are
// most of a large store, the facts on one topic a small part of it.
func (s *Store) filedUnder(id, topic, on string, onActor bool) []int32 {
	if topic == "" {
		if on != "" && len(s.byEntity[on]) < len(s.byEntity[id]) {
			return s.byEntity[on]
		}
		return s.byEntity[id]
	}
	among := s.byTopic[topic]
	if !onActor {
		return among
	}
	for _, t := range s.topics {
		if t.Broader == topic {
			among = append(slices.Clip(among), s.byTopic[t.ID]...)
			slices.Sort(among)
			among = slices.Compact(among)
		}
	}
	return among
}

// narrowed orders id's facts on a topic: those matching about first, in the search's order
// with id's own positions first; then, for a stance on an actor, the rest, own positions
// and the weightiest first.
func (s *Store) narrowed(rs []ranked, about, id string, onActor bool) []ranked {
	if about != "" {
		among := make([]int32, len(rs))
		for i, r := range rs {
			among[i] = int32(r.f.ordinal)
		}
		slices.Sort(among)
		var best []ranked
		for _, h := range s.searchAmong(about, 2*MaxAnswerFacts, among) {
			best = append(best, ranked{f: h.Fact, own: s.ownPosition(h.Fact, id)})
		}
		// The search's order within own positions and within the rest.
		slices.SortStableFunc(best, func(a, b ranked) int { return boolInt(!a.own) - boolInt(!b.own) })
		switch {
		case len(best) == 0:
			rs = bestFirst(rs, 2*MaxAnswerFacts, ownFirst)
		case onActor:
			// The other words narrow a stance on an actor; what it is otherwise follows.
			for _, r := range bestFirst(rs, 2*MaxAnswerFacts, ownFirst) {
				if !slices.ContainsFunc(best, func(b ranked) bool { return b.f == r.f }) {
					best = append(best, r)
				}
			}
			rs = best
		default:
			rs = best
		}
	} else {
		rs = bestFirst(rs, 2*MaxAnswerFacts, ownFirst)
	}
	return rs
}

// tieWords name what binds two actors.
var tieWords = setOf([]string{"alliance", "alliances", "relationship", "relationships", "relations", "ties", "partnership", "partnerships", "bond", "bonds"})
