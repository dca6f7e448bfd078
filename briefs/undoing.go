package briefs

import (
	"slices"
	"strings"
)

// A question may ask whether, or when, something the article tells of was undone: "When did
// Japan put South Korea back on its white list?", "Did Seoul reverse its decision to drop
// GSOMIA?". Facts on the white lists or on GSOMIA tell of the measure, not of its undoing, and
// answer it only if they say it was undone or taken up again.

// undoWords are the words of a question that ask about an undoing.
var undoWords = setOf([]string{"restore", "restored", "restores", "restoring", "reinstate",
	"reinstated", "reinstates", "reverse", "reversed", "reverses", "reversing", "reversal",
	"lift", "lifted", "lifts", "lifting", "undo", "undid", "undone", "rejoin", "rejoined",
	"readmit", "readmitted", "relist", "relisted", "rescind", "rescinded", "revoke", "revoked"})

// putBackWords put something back: "put Korea back on the list", "added Japan back to it".
var putBackWords = setOf([]string{"put", "puts", "putting", "bring", "brings", "brought", "add",
	"adds", "added", "adding", "take", "took", "taken", "let", "allow", "allowed"})

// asksUndoing reports whether a question's words (normalizeName's) ask about an undoing.
func asksUndoing(words []string) bool {
	for i, w := range words {
		if undoWords[w] {
			return true
		}
		if w == "back" && slices.ContainsFunc(words[max(0, i-4):i], func(p string) bool { return putBackWords[p] }) {
			return true
		}
	}
	return false
}

// undoingStems are what a fact says when it tells of an undoing or a taking up again.
var undoingStems = []string{"resum", "restor", "restart", "reopen", "revers", "lifted", "reinstat", "again", "back"}

// tellsUndoing reports whether f tells of an undoing or of something taken up again.
func tellsUndoing(f *Fact) bool {
	text := strings.ToLower(f.Text + " " + f.Quote)
	return slices.ContainsFunc(undoingStems, func(st string) bool { return strings.Contains(text, st) })
}
