package briefs

import (
	"slices"
	"strings"
)

// A quiz may ask by leaving a blank in a statement: "At the time of the Madrid summit, NATO
// had ______ member states." asks how many, "Yoon was sworn in on May ___, 2022." which day,
// "…signed in the year ______." which year, "Japan's foreign minister ______ attended…"
// who. Read as the question it asks, such a blank gets
// the answer, or the refusal, that question would: the article gives no count of NATO's
// members. A blank in a quoted label ("national ____") asks what the label says.

// withBlanksAsked is q with its blanks (three underscores or more; a list of them is one)
// read as the words that ask for them; q itself when it has none.
func withBlanksAsked(q string) string {
	if !strings.Contains(q, "___") || strings.HasSuffix(strings.TrimSpace(q), "?") {
		// Most questions; and one that asks in words of its own ("Thirteen letters:
		// 'national ____', which Japan's diplomacy is focused on realising?"), whose blank
		// reads as no word.
		return q
	}
	for _, o := range blankPrompts {
		if rest, ok := cutPrefixFold(strings.TrimSpace(q), o); ok && strings.Contains(rest, "___") {
			q = strings.TrimLeft(rest, ":.-–— ") // "Fill in the blank: …" says only that it has one
			break
		}
	}
	words := strings.Fields(q)
	out := make([]string, 0, len(words)+2)
	for i := 0; i < len(words); i++ {
		core, tail, ok := blankAt(words[i])
		if !ok {
			out = append(out, words[i])
			continue
		}
		// "______, ______ and ______": a list of blanks asks one thing.
		for i+2 < len(words) && (strings.HasSuffix(words[i], ",") || words[i+1] == "and" || words[i+1] == "or") {
			next := i + 1
			if words[next] == "and" || words[next] == "or" {
				next++
			}
			if _, t, ok := blankAt(words[next]); ok {
				i, tail = next, t
				continue
			}
			break
		}
		if n := len(out); n > 0 && slices.Contains(months, strings.ToLower(out[n-1])) {
			out[n-1] = "what day of " + out[n-1] + tail // "on May ___, 2022" asks which day
			continue
		}
		if n := len(out); n > 0 && strings.EqualFold(out[n-1], "year") {
			out = out[:n-1] // "in the year ___" asks which year
			if n > 1 && strings.EqualFold(out[n-2], "the") {
				out = out[:n-2]
			}
			out = append(out, core+"what year"+tail)
			continue
		}
		if n := len(out); n > 0 && slices.Contains(officeWords, strings.ToLower(out[n-1])) {
			out = append(out, core+"who"+tail) // "Japan's foreign minister ______ attended…"
			continue
		}
		out = append(out, askingForBlank(out, words[i+1:], core)+tail)
	}
	read := strings.Join(out, " ")
	if !strings.HasSuffix(read, "?") {
		read = strings.TrimRight(read, ".!") + "?"
	}
	return read
}

// blankPrompts open a statement with a blank, saying only that it has one.
var blankPrompts = []string{"fill in the blanks", "fill in the blank", "fill in the gap", "fill the blank", "fill-in-the-blank", "fill in", "complete the sentence", "complete this sentence", "complete the blank"}

// modifiedOffices are words a kind of office follows: "deputy foreign ministers".
var modifiedOffices = setOf([]string{"deputy", "vice", "junior", "senior", "assistant"})

// blankAt reports whether word is a blank, with what it opens with (a quote) and what it
// closes with (punctuation, a quote).
func blankAt(word string) (lead, tail string, ok bool) {
	i := strings.Index(word, "___")
	if i < 0 {
		return "", "", false
	}
	j := i + strings.LastIndex(word[i:], "_") + 1
	return word[:i], word[j:], true
}

// askingForBlank is the asking words a blank stands for, read from the words around it: a
// count before a plural noun ("______ member states"); what, otherwise, and after a word
// that a kind of office follows. lead is what the blank's word opens with.
func askingForBlank(before, after []string, lead string) string {
	if n := len(before); n > 0 && modifiedOffices[strings.ToLower(before[n-1])] {
		return lead + "what" // "deputy ______ ministers" asks which ministers
	}
	for _, w := range after[:min(len(after), 3)] {
		trimmed := strings.TrimRight(w, ",.;:?!'\"")
		word := strings.ToLower(trimmed)
		if len(word) > 3 && strings.HasSuffix(word, "s") && !strings.HasSuffix(word, "ss") && !strings.HasSuffix(word, "ous") {
			return lead + "how many"
		}
		if trimmed != w {
			break // the noun phrase ends at its punctuation
		}
	}
	return lead + "what"
}
