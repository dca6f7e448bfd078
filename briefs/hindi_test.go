package briefs

import "testing"

// Hindi typed in Latin letters and mixed in: read in English, its asking word first, and
// one that asks with its noun ("kitne din", how many days) moved whole, its "ka" no
// possessive.
func TestHindiMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Madrid summit kitne din ka tha bhai?", "how many days Madrid summit?"},
		{"Gimpo-Haneda route kis date ko dobara shuru hua?", "on what date Gimpo-Haneda route resumed happened?"},
		// Roman Urdu: "ban ke" is as, "aya" came.
		{"Japan ki taraf se envoy ban ke kaun aya tha?", "who from Japan envoy as came?"},
		// "Kaunse the" is which were: the "the" is Hindi, no article.
		{"Woh teen materials kaunse the jin pe Japan ne control lagaya?", "which three materials on which Japan control imposed?"},
		// A country's name of two words in small letters takes its postposition whole; "kin
		// kin" is which, "saath kaam" work together.
		{"north korea ko le ke japan ki main tension kya hai?", "what about north korea japan's main concern?"},
		{"japan australia kin kin areas mein saath kaam karte hain?", "in which areas japan australia work together?"},
		{"US-Japan alliance ko washington kis nazar se dekhta hai?", "how US-Japan alliance washington views?"},
		// Each later sentence asks at its own start, its question mark kept.
		{"Kishida ne Madrid mein kya bola? Yoon ne kya kaha?", "what Kishida in Madrid said? what Yoon said?"},
		// An English noun of two words takes its postposition whole; an English verb with
		// "kiya" or "ki thi" is past; "kitni" with a noun is how many.
		{"Japan ke export curbs ke reply mein Seoul ne kya action liya?", "what in reply to Japan's export curbs Seoul action took?"},
		{"North Korea ne summit ke baad kitni missiles test ki thi?", "how many missiles north korea after summit tested?"},
		{"cold war ke baad US Japan alliance ko kaise describe kiya jata hai?", "how after Cold War US Japan alliance described?"},
		// Roman Urdu: "ke hawale se" is regarding, "yaqeen dilaya" assured, "sahab" left out.
		{"Biden sahab ne Japan ko defense ke hawale se kya yaqeen dilaya?", "what Biden Japan regarding defense assured?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Yeh NATO summit kitne din chala tha ji?", "summit-caption-june-29"},
		{"America Japan aur Australia se kya expect karta hai? Kya bojh uthayein woh?", "us-expects-japan-australia-responsibility"},
	})
}
