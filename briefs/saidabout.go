package briefs

import (
	"slices"
	"strings"
)

// A question may ask what someone said or thought about something it names: "What did
// Japan's Diplomatic Bluebook say about China?", "What did Moon Jae-in think of Yoon going to
// the NATO summit?". A fact on the speaker that does not name what it is asked about does not
// answer it.

// sayingWords say that someone said or thought something.
var sayingWords = setOf([]string{"say", "said", "says", "saying", "think", "thought", "thinks",
	"comment", "commented", "comments", "feel", "felt", "feels", "claim", "claimed", "claims",
	"state", "stated", "states", "write", "wrote", "writes", "written", "tell", "told", "tells"})

// articleWords name the article or its author, whose words every answer gives.
var articleWords = setOf([]string{"author", "article", "piece", "writer"})

// saidAbout is what a question asks someone's words or thoughts about: the actors and things
// named after "about" or "of" that follows a saying word, up to where or when it was said.
// Places are where, not what.
func (s *Store) saidAbout(question string, words []string) []string {
	span, ok := saidAboutSpan(question, words)
	if !ok {
		return nil
	}
	actors, things := s.namedEntities(span)
	head := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(span), "the "))
	things = slices.DeleteFunc(things, func(id string) bool {
		// A place is where, unless it is what the words were about: "about Dokdo".
		return s.entityByID[id].Kind == "place" && !startsWithName(head, s.entityByID[id])
	})
	return append(actors, things...)
}

// saidAboutTopic is the topic a question asks someone's words or thoughts about when it names
// no actor or thing there (saidAbout): "What did Biden tell Kishida and Yoon about their
// history disputes?" asks about History; nil when it names none.
func (s *Store) saidAboutTopic(question string, words []string) *Topic {
	span, ok := saidAboutSpan(question, words)
	if !ok {
		return nil
	}
	if actors, things := s.namedEntities(span); len(actors) > 0 || len(things) > 0 {
		return nil
	}
	norm := " " + normalizeName(span) + " "
	var found *Topic
	longest := 0
	for name, t := range s.topicName {
		if len(name) > longest && strings.Contains(norm, " "+name+" ") {
			found, longest = t, len(name)
		}
	}
	return found
}

// saidAboutSpan is the part of a question that says what someone's words or thoughts are
// about: after "about" or "of" that follows a saying word, up to where or when they were
// given; ok is false when the question has none.
func saidAboutSpan(question string, words []string) (span string, ok bool) {
	if !slices.ContainsFunc(words, func(w string) bool { return sayingWords[w] }) {
		return "", false // most questions: no need to read on
	}
	lower := strings.ToLower(question)
	at := -1
	for _, marker := range []string{" about ", " of "} {
		i := strings.Index(lower, marker)
		if i < 0 || (at >= 0 && i > at) {
			continue
		}
		// What the article or its author says frames every question; "What apprehension does
		// the author say exists in South Korea about its foreign policy?" asks of no one's words.
		// Nor does a clause describing the words: "What did Tokyo say at Madrid that partly
		// took Seoul's concerns about North Korea into account?" asks of the concerns'
		// subject; "say that it worries about China" is what was said. Nor does what was
		// said with a verb of its own: "analysts say the US pushing NATO into Asia is just
		// about trade" guesses what they said, not what they spoke about.
		said, prev := false, ""
		tokenize(lower[:i], func(w string) {
			describing := (w == "that" || w == "which") && !sayingWords[prev] || w == "is" || w == "are" || w == "was" || w == "were"
			said = said && !describing || sayingWords[w] && !articleWords[prev]
			prev = w
		})
		if said {
			at = i + len(marker)
		}
	}
	if at < 0 {
		return "", false
	}
	// Where or when it was said is not what about: "about China at NATO"; nor is whom the
	// speakers are compared with: "about China compared with South Korea"; nor the clause an
	// auxiliary opens: "What claim about Dokdo did Seoul protest around the time Yoon took
	// office?".
	end := len(question)
	for _, stop := range []string{" at ", " in ", " during ", " when ", " while ", " before ", " after ", " since ", " around ", ",", "?",
		" compared ", " than ", " versus ", " vs ", " unlike ", " as opposed to ", " did ", " does ", " do ", " has ", " have ", " had ",
		" that ", " which "} { // nor what a clause says of it: "about nuclear weapons that helps Korea"
		if i := strings.Index(lower[at:], stop); i >= 0 && at+i < end {
			end = at + i
		}
	}
	return question[at:end], true
}

// namesAll reports whether f names every one of ids, a leader standing for the country they
// lead.
func (s *Store) namesAll(f *Fact, ids []string) bool {
	return !slices.ContainsFunc(ids, func(id string) bool {
		return !f.HasEntity(id) && !slices.ContainsFunc(f.Entities, func(e string) bool { return s.entityByID[e].Leads == id })
	})
}

// ofSpeaker reports whether f is of the person a question asks the words of, its first actor
// when that is a person not among what the words are about: the fact names them, or gives
// their words. Any fact is of a speaker who is no person (a country, a document).
func (s *Store) ofSpeaker(f *Fact, actors, about []string) bool {
	if len(actors) == 0 || slices.Contains(about, actors[0]) {
		return true
	}
	if e := s.entityByID[actors[0]]; e == nil || e.Kind != "person" {
		return true
	}
	return f.HasEntity(actors[0]) || f.Attribution == actors[0]
}

// speechWords ask what someone said, not what they thought.
var speechWords = setOf([]string{"say", "said", "says", "remarks", "remark", "speech", "tell", "told"})

// thoughtWords ask what someone thought, which only their own words tell: "What did the NZ
// PM think of the summit?" is not answered by Kishida's remarks on it.
var thoughtWords = setOf([]string{"think", "thought", "thinks", "reckon", "reckoned", "feel", "felt"})

// speakerAsked is the person a question asks the words of ("What did Hayashi say at Yoon's
// inauguration?"): its first actor, when a person and the question asks what was said; ""
// otherwise.
func (s *Store) speakerAsked(r reading) string {
	if len(r.actors) == 0 || len(r.words) == 0 || r.words[0] != "what" {
		return ""
	}
	// "What does the writer say the Yoon government wants?" asks what the article says.
	saidBySomeone := false
	for i := 1; i < len(r.words); i++ {
		saidBySomeone = saidBySomeone || (speechWords[r.words[i]] || thoughtWords[r.words[i]]) && !articleWords[r.words[i-1]]
	}
	if !saidBySomeone {
		return ""
	}
	if e := s.entityByID[r.actors[0]]; e != nil && e.Kind == "person" {
		return e.ID
	}
	return ""
}

// documentAsked is the document a question asks what it says ("What does Japan's Diplomatic
// Bluebook say about relations with China?"), or "".
func (s *Store) documentAsked(r reading) string {
	if len(r.things) == 0 || len(r.words) == 0 || r.words[0] != "what" || !slices.ContainsFunc(r.words, func(w string) bool { return speechWords[w] }) {
		return ""
	}
	for _, id := range r.things {
		if s.entityByID[id].Kind == "document" {
			return id
		}
	}
	return ""
}

// speechMarks are the words with which a fact tells what someone said, or that they said
// nothing ("Yoon did not make public comments").
var speechMarks = []string{"said", "say", "comment", "express", "stress", "call", "state", "remark", "position", "reiterat", "declar", "emphasi"}

// tellsSpeech reports whether f tells what who said, or that they said nothing: said by them,
// or naming them with a word of speech.
func tellsSpeech(f *Fact, who string) bool {
	if f.Attribution == who {
		return true
	}
	text := strings.ToLower(f.Text)
	return f.HasEntity(who) && slices.ContainsFunc(speechMarks, func(m string) bool { return strings.Contains(text, m) })
}

// startsWithName reports whether lower, a lower-cased text, opens with one of e's names as a
// whole word.
func startsWithName(lower string, e *Entity) bool {
	return slices.ContainsFunc(append([]string{e.Name}, e.Aliases...), func(n string) bool {
		n = strings.ToLower(n)
		return strings.HasPrefix(lower, n) && (len(lower) == len(n) || !isWordByte(lower[len(n)]))
	})
}
