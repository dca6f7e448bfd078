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

// putBackWords put something back: "put Korea back on the list", "added Japan back to it";
// or take back what was done: "walk back the termination", "roll back the controls".
var putBackWords = setOf([]string{"put", "puts", "putting", "bring", "brings", "brought", "add",
	"adds", "added", "adding", "take", "took", "taken", "let", "allow", "allowed", "walk", "walks",
	"walked", "walking", "roll", "rolls", "rolled", "rolling"})

// asksUndoing reports whether a question's words (normalizeName's) ask about an undoing.
func asksUndoing(words []string) bool {
	for i, w := range words {
		if undoWords[w] && !undoesPosition(words[i+1:]) {
			return true
		}
		if w == "back" && slices.ContainsFunc(words[max(0, i-4):i], func(p string) bool { return putBackWords[p] }) && !undoesPosition(words[i+1:]) {
			return true
		}
	}
	return false
}

// undoesPosition reports whether what an undoing word is said of, the words after it, is a
// position held: "Biden walked back the defence commitment, didn't he?" is answered by the
// commitment reaffirmed, not by a measure undone.
func undoesPosition(after []string) bool {
	return slices.ContainsFunc(after[:min(len(after), 4)], func(w string) bool { return heldPositions[strings.TrimRight(w, "?!.,")] })
}

// heldPositions are what an actor holds to rather than does.
var heldPositions = setOf([]string{"commitment", "commitments", "pledge", "pledges", "promise", "promises",
	"guarantee", "guarantees", "stance", "position", "support"})

// undoingStems are what a fact says when it tells of an undoing or a taking up again.
var undoingStems = []string{"resum", "restor", "restart", "reopen", "revers", "lifted", "reinstat", "again", "back"}

// tellsUndoing reports whether f tells of an undoing or of something taken up again.
func tellsUndoing(f *Fact) bool {
	text := strings.ToLower(f.Text + " " + f.Quote)
	return slices.ContainsFunc(undoingStems, func(st string) bool { return strings.Contains(text, st) })
}
