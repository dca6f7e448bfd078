package briefs

import (
	"slices"
	"strconv"
	"strings"
)

// headingAsked answers a question asking how a part of the article is headed ("What is the
// exact heading of the article's third section?", "Section one headline, exact wording?"):
// its lead quotes the heading as the article gives it, and the fact that best stands for
// the part follows (representative). False for any other question, and for a part the
// article does not have.
func (s *Store) headingAsked(question string) (Brief, bool) {
	if len(s.sources) == 0 || indexFold(question, "head") < 0 && indexFold(question, "title") < 0 {
		return Brief{}, false // most questions
	}
	words := strings.Fields(normalizeName(question))
	asks := false
	for i, w := range words {
		// "Where are the alliances heading?" uses the verb.
		asks = asks || headingWords[w] && (w != "heading" || i > 0 && headingNounBefore[words[i-1]])
	}
	if !asks {
		return Brief{}, false
	}
	part := ""
	for i, w := range words {
		if w != "section" && w != "part" {
			continue
		}
		if i+1 < len(words) && ordinalParts[words[i+1]] != "" {
			part = ordinalParts[words[i+1]] // "section one", "part 2"
		} else if i > 0 && ordinalParts[words[i-1]] != "" {
			part = ordinalParts[words[i-1]] // "the third section"
		}
		if part != "" {
			break
		}
	}
	if part == "" {
		return Brief{}, false
	}
	src := s.sources[0]
	at := slices.IndexFunc(src.Sections, func(sec Section) bool { return sec.Part == part })
	if at < 0 {
		// "What is the heading of section four?": nothing to quote, but what there is.
		return Brief{Lead: "The article has " + spelledNumbers[strconv.Itoa(partsOf(src))] + " parts, and no part " + part + "."}, true
	}
	sec := src.Sections[at] // a part's first section carries its heading
	lead := "Part " + part + " of the article is headed “" + sec.Heading + "”"
	if !strings.ContainsAny(sec.Heading[len(sec.Heading)-1:], "?!.") {
		lead += "."
	}
	b := Brief{Lead: lead}
	if f := s.representative(src, sec, newWordSets(s), func(*Fact) bool { return true }); f != nil {
		b.Groups = []Group{{Heading: "What the source says", Items: s.labelled([]*Fact{f}, false)}}
	}
	return b, true
}

// headingWords ask for a heading.
var headingWords = setOf([]string{"heading", "headings", "headline", "headlines", "headed", "title", "titled", "entitled"})

// headingNounBefore are the words before "heading" that make it a noun: "the heading",
// "section two heading".
var headingNounBefore = setOf([]string{"the", "its", "a", "exact", "precise", "full", "actual", "section", "part",
	"one", "two", "three", "first", "second", "third", "1", "2", "3", "article's", "section's", "part's"})

// ordinalParts are the words that number a part of the article, with the part they name.
var ordinalParts = map[string]string{
	"one": "one", "first": "one", "1": "one", "1st": "one",
	"two": "two", "second": "two", "2": "two", "2nd": "two", "ii": "two",
	"three": "three", "third": "three", "3": "three", "3rd": "three", "iii": "three",
	"four": "four", "fourth": "four", "4": "four", "4th": "four", "iv": "four",
	"five": "five", "fifth": "five", "5": "five", "5th": "five",
}

// partsOf counts the parts src is divided into.
func partsOf(src *Source) int {
	var parts []string
	for _, sec := range src.Sections {
		if sec.Part != "" && !slices.Contains(parts, sec.Part) {
			parts = append(parts, sec.Part)
		}
	}
	return len(parts)
}
