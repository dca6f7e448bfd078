// Package briefs owns briefbot's curated fact store: the source articles, the entities and
// topics they name, the facts drawn from them (each with a verbatim quote), validation, search,
// and the composition of briefs and digest editions. It knows nothing of chat platforms, HTTP
// or databases: callers hand it names and questions and get back plain data.
package briefs

import "time"

// Fact kinds. The kind decides how a fact may be presented: analysis is the author's judgement
// and is never shown as plain fact.
const (
	KindEvent     = "event"
	KindStatement = "statement"
	KindAnalysis  = "analysis"
	KindContext   = "context"
)

// Stances say how a fact bears on the relations among its entities: by default among all the
// actors it names (countries, people, organisations), or, when it has Sides, among those.
const (
	StanceCooperation = "cooperation"
	StanceDifference  = "difference"
)

// Special attribution values beside entity ids.
const (
	AttributionAuthor   = "author"
	AttributionAnalysts = "analysts"
)

// Entity kinds.
var entityKinds = map[string]bool{
	"country": true, "person": true, "organisation": true, "place": true,
	"agreement": true, "strategy": true, "document": true, "event": true,
}

// Source is one article the store is drawn from.
type Source struct {
	ID          string    `yaml:"id" json:"id"`
	Title       string    `yaml:"title" json:"title"`
	Author      string    `yaml:"author" json:"author"`
	Affiliation string    `yaml:"affiliation" json:"affiliation,omitempty"`
	Publisher   string    `yaml:"publisher" json:"publisher"`
	Editor      string    `yaml:"editor" json:"editor,omitempty"`
	Date        string    `yaml:"date" json:"date"`
	AsOf        string    `yaml:"as_of" json:"as_of"`
	File        string    `yaml:"file" json:"file"`
	Language    string    `yaml:"language" json:"language,omitempty"`
	Attribution string    `yaml:"attribution" json:"attribution"`
	Sections    []Section `yaml:"sections" json:"sections"`
	// Added is when the source joined the store (YYYY-MM-DD); digest subscribers who
	// subscribed before it get its facts first. Empty for the store's founding sources.
	Added string `yaml:"added" json:"added,omitempty"`

	// Text is the article itself, read from File.
	Text  string `yaml:"-" json:"-"`
	added time.Time
}

// Section is a heading of a source; facts cite it.
type Section struct {
	ID      string `yaml:"id" json:"id"`
	Label   string `yaml:"label" json:"label"`
	Part    string `yaml:"part" json:"part,omitempty"`
	Heading string `yaml:"heading" json:"heading"`
}

// Entity is a country, person, organisation, place, agreement, strategy, document or event.
type Entity struct {
	ID          string   `yaml:"id" json:"id"`
	Kind        string   `yaml:"kind" json:"kind"`
	Name        string   `yaml:"name" json:"name"`
	Aliases     []string `yaml:"aliases" json:"aliases,omitempty"`
	Description string   `yaml:"description" json:"description,omitempty"`
	// Leads is, for a head of government, the country (its id) they lead or led: "Yoon and
	// Kishida, friends now?" asks about South Korea and Japan.
	Leads string `yaml:"leads" json:"leads,omitempty"`
	// Serves is, for a minister or other official, the country (its id) whose government they
	// serve or served: "who is Japan's foreign minister" is answered by a fact naming one who
	// serves Japan, not by one naming Japan's envoy to Seoul's guest.
	Serves string `yaml:"serves" json:"serves,omitempty"`
	// Former marks a person who had left the office the article gives them by mid-2022:
	// "who is South Korea's foreign minister now" is not answered by a former one.
	Former bool `yaml:"former" json:"former,omitempty"`
	// Members are, for a grouping of countries, their ids: "which of the four partners is
	// most hawkish on China?" asks about each of them.
	Members []string `yaml:"members" json:"members,omitempty"`
	// Within is, for an event held within another (a side meeting of a summit), that event's
	// id: a fact on the summit may tell of its side meeting, a fact on one side meeting never
	// of the other.
	Within string `yaml:"within" json:"within,omitempty"`
	// Capital is, for a country, its capital city, as one of its aliases: "a court in Seoul"
	// says in which city, where "Seoul protested" names the government.
	Capital string `yaml:"capital" json:"capital,omitempty"`
}

// Topic is one entry of the fixed topic list.
type Topic struct {
	ID          string   `yaml:"id" json:"id"`
	Name        string   `yaml:"name" json:"name"`
	Aliases     []string `yaml:"aliases" json:"aliases,omitempty"`
	Description string   `yaml:"description" json:"description,omitempty"`
	// Broader names the topic this one is grouped under in briefs (comfort-women → history).
	Broader string `yaml:"broader" json:"broader,omitempty"`
}

// Fact is one curated statement with its verbatim quote.
type Fact struct {
	ID          string   `yaml:"id" json:"id"`
	Text        string   `yaml:"text" json:"text"`
	Quote       string   `yaml:"quote" json:"quote"`
	Source      string   `yaml:"source" json:"source"`
	Section     string   `yaml:"section" json:"section"`
	Entities    []string `yaml:"entities" json:"entities"`
	Topics      []string `yaml:"topics" json:"topics"`
	Kind        string   `yaml:"kind" json:"kind"`
	Attribution string   `yaml:"attribution" json:"attribution,omitempty"`
	Date        string   `yaml:"date" json:"date,omitempty"`
	Weight      int      `yaml:"weight" json:"weight"`
	Stance      string   `yaml:"stance" json:"stance,omitempty"`
	// Sides narrows the stance to the entities it holds between, when the fact names others
	// it is about rather than with: "Japan and South Korea differ over China" is a difference
	// between [JP] and [KR], not with China. For a difference, the camps that differ; for
	// cooperation, the groups that cooperate. Each is a list of the fact's entity ids.
	Sides [][]string `yaml:"sides" json:"sides,omitempty"`
	// Questions are two to four questions the fact answers, in the everyday words of someone
	// who has not read it ("What is the islands row about?"); free questions are matched
	// against them too.
	Questions []string `yaml:"questions" json:"questions,omitempty"`
	// Because is the fact the article gives as the reason for this one, when another fact
	// states it ("it is impossible for the two to abandon cooperation with China": China
	// brings them great opportunities). An answer led by the fact gives its reason next.
	Because string `yaml:"because" json:"because,omitempty"`
	// But is the fact the article sets against this one ("however", "even so", "although"):
	// the four leaders' pledges, but talks that "lacked substantive content". An answer led
	// by the fact gives it next, after any reason.
	But string `yaml:"but" json:"but,omitempty"`
	// With is the fact the article lists with this one as another part of the same point
	// ("one is…; the second is…": Japan's two main goals). An answer led by the fact gives it
	// next, after any reason and what is set against it.
	With string `yaml:"with" json:"with,omitempty"`
	// Examples are the facts the article gives as instances or evidence of this one ("the
	// warming had already shown itself": the delegation, the letter, the resumed flights). An
	// answer led by the fact gives them in the room it leaves.
	Examples []string `yaml:"examples" json:"examples,omitempty"`

	// Resolved at load time.
	when time.Time // zero when undated
	// quoteFrom and quoteTo locate the quote in its source's Text (QuoteSpan).
	quoteFrom, quoteTo int
	ordinal            int // position in the store, for stable ordering
	// countries is how many of the fact's entities are countries: a fact about two countries
	// is more to the point of their relations than one about a group of five.
	countries int
	// group is the topic the fact is grouped under in briefs: its first topic, lifted to
	// the broader one.
	group *Topic
	// timed is whether the fact gives a time: its date, a year in its text, or words of
	// time (dated).
	timed bool
}

// Dated reports whether the article gives a date for the fact.
func (f *Fact) Dated() bool { return !f.when.IsZero() }

// When is the fact's date (the first day of its month or year when only those are given).
func (f *Fact) When() time.Time { return f.when }

// HasEntity reports whether the fact is tagged with the entity.
func (f *Fact) HasEntity(id string) bool {
	for _, e := range f.Entities {
		if e == id {
			return true
		}
	}
	return false
}

// HasTopic reports whether the fact is tagged with the topic.
func (f *Fact) HasTopic(id string) bool {
	for _, t := range f.Topics {
		if t == id {
			return true
		}
	}
	return false
}
