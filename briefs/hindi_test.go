package briefs

import "testing"

// Hindi typed in Latin letters and mixed in: read in English, its asking word first, and
// one that asks with its noun ("kitne din", how many days) moved whole, its "ka" no
// possessive.
func TestHindiMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Madrid summit kitne din ka tha bhai?", "how many days Madrid summit?"},
		{"Gimpo-Haneda route kis date ko dobara shuru hua?", "on what date Gimpo-Haneda route resumed happened?"},
		// Roman Urdu: "ban ke" is as, "kaun aya" who came.
		{"Japan ki taraf se envoy ban ke kaun aya tha?", "who came from Japan envoy as?"},
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
		// "kaun aya" is who came, moved first whole.
		{"Yoon ki inauguration pe Tokyo se kaun aya tha?", "who came on Yoon's inauguration from Tokyo?"},
		{"Madrid mein kaun aaya tha?", "who came in Madrid?"},
		{"Madrid mein Japan se kaun aaye?", "who came in Madrid from Japan?"},
		{"Madrid mein kon aya tha?", "who came in Madrid?"},
		{"Madrid summit mein Asia Pacific se kaun kaun aya tha?", "who came in Madrid summit from Asia-Pacific?"},
		{"Madrid mein kaun kaun aaye?", "who came in Madrid?"},
		// "kis mahine" is which month, "mahine" month; "kitne arsay" how long.
		{"inauguration kis mahine hui thi?", "which month inauguration happened?"},
		{"pichhle mahine Kishida ne kya kaha?", "what last month Kishida said?"},
		{"Gimpo Haneda route kitne arsay band raha aur kyun?", "how long Gimpo Haneda route closed and why?"},
		// "do" with a noun of time is two, not the English verb.
		{"route do saal se zyada band kyun tha?", "why route more than two years closed?"},
		{"route teen saal band kyun tha?", "why route three years closed?"},
		{"summit do din chala tha kya?", "what summit two days lasted?"},
		// "naam deta" calls, "qadam uthaya" took a step.
		{"Japan Dokdo ko kya naam deta hai?", "what Japan Dokdo calls?"},
		{"Korea wale Dokdo ko kya naam dete hain?", "what Korea Dokdo call?"},
		{"article ne alliance ko kya naam diya?", "what article alliance named?"},
		{"July 2019 mein Japan ne South Korea ke khilaf kya qadam uthaya tha?", "what in July 2019 Japan against south korea took a step?"},
		{"Japan ne kya kadam uthaya tha?", "what Japan took a step?"},
		{"Seoul ne kya qadam uthaye?", "what Seoul took steps?"},
		// "pahunche the" arrived: its "the" is Hindi.
		{"Madrid kaun se leaders pahunche the?", "which leaders Madrid arrived?"},
		{"Kishida Madrid kab pahuncha tha?", "when Kishida Madrid arrived?"},
		// "se lautne ke baad" is after returning from, put before its noun.
		{"Madrid se lautne ke baad Ardern ne China ke baare mein kya kaha?", "what after returning from Madrid Ardern about China said?"},
		// An English noun of two words takes its postposition whole.
		{"Japan ke kaunse official document pe Seoul ne protest kiya?", "on which official document Japan's Seoul protest did?"},
		{"Japan ke kaunse official documents mein Dokdo hai?", "in which official documents Japan's Dokdo?"},
		// "ilawa" (besides) and "mulk" (country) tell Roman Urdu where Bengali's "kon kon" would.
		{"Japan aur Korea ke ilawa kon kon se desh Madrid gaye?", "which countries Japan and besides Korea Madrid went?"},
		{"Japan aur Korea se kon kon se mulk Madrid gaye?", "which countries Japan and from Korea Madrid went?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Yeh NATO summit kitne din chala tha ji?", "summit-caption-june-29"},
		{"America Japan aur Australia se kya expect karta hai? Kya bojh uthayein woh?", "us-expects-japan-australia-responsibility"},
	})
}
