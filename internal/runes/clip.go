// Package runes clips text to a length counted in characters (runes), for every place that
// must fit text into a limit: Slack blocks, the Slack manifest, ledger details, reports.
package runes

import "unicode/utf8"

// Clip returns s cut to at most n runes. When something is cut, mark ("…", or "" for input
// that is only bounded, never shown) takes the place of the last runes, so the result still
// fits in n. A mark longer than n is left off. s is returned as is, without a copy, when it
// fits.
func Clip(s string, n int, mark string) string {
	if len(s) <= n { // at most one rune per byte: it fits, and the scan below is not needed
		return s
	}
	if n <= 0 {
		return ""
	}
	keep := n - utf8.RuneCountInString(mark)
	if keep < 0 {
		keep, mark = n, ""
	}
	runes, end := 0, 0
	for i := range s {
		if runes == keep {
			end = i
		}
		if runes == n {
			return s[:end] + mark
		}
		runes++
	}
	return s
}
