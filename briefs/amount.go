package briefs

import (
	"slices"
	"strings"
	"unicode"
)

// amountWords make "how much" ask for an amount, a sum or a change in one ("How much did
// Korea's chip exports fall?", "How much aid did Tokyo pledge?"), not a degree ("How much does
// South Korea depend on China?", "How much did Yoon's moves improve relations?").
var amountWords = setOf([]string{"cost", "costs", "spend", "spends", "spent", "spending", "pay", "paid", "pays",
	"award", "awarded", "aid", "compensation", "compensate", "compensated", "money", "budget", "fall", "fell", "drop", "dropped", "decline",
	"declined", "rise", "rose", "raise", "raised", "raising", "increase", "increased", "increasing", "grow", "grew",
	"shrink", "shrank", "worth", "price", "invest", "invested", "investment", "fund", "funding", "damages",
	"lose", "lost", "earn", "earned", "trade", "trades", "water", "wastewater", "oil", "gas",
	"pledge", "pledged", "pledges", "donate", "donated", "contribute", "contributed", "contributes",
	"export", "exports", "exported", "import", "imports", "imported"})

// asksAmount reports whether a question's words (normalizeName's) ask "how much" of an
// amount (see amountWords; typed as a search, the amount comes first), "what sum" or "what
// amount", a monetary or dollar value, an amount in units (amountUnits), or a percentage ("How dependent is Korea on Japanese
// chip materials, in percentage terms?").
func asksAmount(words []string) bool {
	if len(words) > 2 && words[1] == "of" && sumNouns[words[0]] {
		return true // "Cost of hosting the Madrid summit", as a minute-taker asks
	}
	for i := 0; i < len(words); i++ {
		if words[i] == "percentage" || words[i] == "percent" || words[i] == "percentages" {
			return true
		}
		if i+1 < len(words) && words[i] == "in" && amountUnits[words[i+1]] {
			return true // "Volume of the wastewater Tokyo plans to discharge, in tons?"
		}
		if i+1 < len(words) && (words[i] == "monetary" || words[i] == "dollar") && (words[i+1] == "value" || words[i+1] == "worth" || words[i+1] == "terms") {
			return true // "What, approximately, is the total monetary value of the assets seized?"
		}
		if i+1 < len(words) && (words[i] == "what" || words[i] == "which") && (words[i+1] == "sum" || words[i+1] == "amount") {
			return true // "What sum did the court order Japanese firms to pay?"
		}
		if i+2 < len(words) && words[i] == "what" && whetherWords[words[i+1]] && words[i+2] == "the" && valueAsked(words[i+3:]) {
			return true // "What was the trade value hit by Japan's export curbs?"
		}
		if i+1 < len(words) && words[i] == "how" && words[i+1] == "much" {
			asked := words[i+2:]
			if len(asked) == 0 || len(asked) == 1 && asked[0] == "right" {
				// Typed as a search, the amount comes first: "nz exports to china how much",
				// read as a statement put to be checked ("…, right").
				asked = words[:i]
			}
			if slices.ContainsFunc(asked, func(w string) bool { return amountWords[w] }) {
				return true
			}
		}
	}
	return false
}

// valueAsked reports whether the words after "what was the" ask the value of trade: a value,
// volume or total first ("dollar value", "total trade volume") and trade named ("the value
// of the alliance" is no sum, nor "the main value the leaders stressed").
func valueAsked(words []string) bool {
	return slices.ContainsFunc(words[:min(len(words), 4)], func(w string) bool { return w == "value" || w == "volume" || w == "total" }) &&
		slices.ContainsFunc(words, func(w string) bool { return tradeWords[w] })
}

// sumNouns open a terse question asking for an amount: "Value of Japan's exports to Korea".
var sumNouns = setOf([]string{"value", "cost", "costs", "price", "amount", "volume", "sum", "budget"})

// tradeWords name trade, whose value is a sum.
var tradeWords = setOf([]string{"trade", "imports", "exports", "dollar", "dollars"})

// amountUnits are the words that make a number an amount. Not "won", which a fact would
// more likely use of an election.
var amountUnits = setOf([]string{"percent", "dollars", "yen", "euros", "million", "billion", "trillion", "tonnes", "tons", "litres", "liters"})

// givesAmount reports whether f gives an amount: a sum or a share ("$5 billion", "2%", "ten
// percent").
func givesAmount(f *Fact) bool {
	if strings.ContainsAny(f.Text, "%$€¥₩") {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(f.Text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if amountUnits[w] {
			return true
		}
	}
	return false
}
