package playground

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The page on a phone (390×844, as an iPhone 12–15 shows it) and on a desktop, a server
// restart under an open page, the autocomplete's manners, and times in the viewer's zone.

// phone makes the tab a 390×844 touch screen.
func (tb *tab) phone() {
	tb.t.Helper()
	tb.do(chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulatePortrait, chromedp.EmulateMobile, chromedp.EmulateTouch))
}

// ask types a request into the composer and sends it.
func (tb *tab) ask(q string) {
	tb.t.Helper()
	n := tb.eval(`String(document.querySelectorAll('.msg.bot').length)`)
	tb.do(chromedp.SendKeys(chromedp.CSS("#q"), q), chromedp.Click(chromedp.CSS("button.send")))
	tb.waitJS("the reply to "+q, `document.querySelectorAll('.msg.bot').length > `+n)
}

// number evaluates a JavaScript expression that yields a number.
func (tb *tab) number(expr string) float64 {
	tb.t.Helper()
	v, err := strconv.ParseFloat(tb.eval(`String(`+expr+`)`), 64)
	if err != nil {
		tb.t.Fatalf("%s is not a number: %v", expr, err)
	}
	return v
}

// replyInView checks the latest reply starts below the sticky header and above the composer:
// nothing fixed hides where it begins.
func (tb *tab) replyInView(what string) {
	tb.t.Helper()
	// The page scrolls smoothly to the reply: wait for it to settle.
	for y, i := -1.0, 0; ; i++ {
		time.Sleep(300 * time.Millisecond)
		now := tb.number(`scrollY`)
		if now == y || i == 20 {
			break
		}
		y = now
	}
	top := tb.number(`document.querySelector('.msg.bot:last-of-type').previousElementSibling.getBoundingClientRect().top`)
	headerBottom := tb.number(`Math.max(...['.sticky', '.toolbar'].map(s => document.querySelector(s)).filter(el => getComputedStyle(el).position === 'sticky').map(el => el.getBoundingClientRect().bottom), 0)`)
	composerTop := tb.number(`document.querySelector('.composer').getBoundingClientRect().top`)
	if top < headerBottom || top >= composerTop-40 {
		tb.t.Errorf("%s: the question and its reply start at y=%.0f; the header ends at %.0f and the composer starts at %.0f: hidden under a fixed bar", what, top, headerBottom, composerTop)
	}
}

func TestBrowserPhone(t *testing.T) {
	e := newEnv(t)
	tb := newTab(t, true)
	tb.phone()
	tb.do(chromedp.Navigate(e.srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")))
	tb.waitJS("the event stream", `document.body.classList.contains('live')`)
	if w := tb.number(`innerWidth`); w != 390 {
		t.Fatalf("viewport is %v px wide; want 390", w)
	}
	tb.snap("welcome")

	// The fixed bars leave the conversation most of the screen (they took 508 of 844 px).
	bars := tb.number(`document.querySelector('.toolbar').getBoundingClientRect().height + document.querySelector('.composer').getBoundingClientRect().height`)
	t.Logf("the fixed toolbar and composer take %.0f px of 844", bars)
	if bars > 0.2*844 {
		t.Errorf("the fixed toolbar and composer take %.0f px of 844; want at most a fifth", bars)
	}
	if got := tb.eval(`getComputedStyle(document.querySelector('.top')).position`); got == "sticky" || got == "fixed" {
		t.Errorf("the top bar is %s on a phone; want it to scroll away", got)
	}
	// One platform at a time: "both" is not offered, Slack is chosen.
	if got := tb.eval(`getComputedStyle(document.querySelector('.view-both')).display`); got != "none" {
		t.Errorf("the both-platforms choice shows on a phone (display %s)", got)
	}
	if got := tb.eval(`document.querySelector('input[name=view]:checked').value`); got != "slack" {
		t.Errorf("on a phone the view is %q; want slack", got)
	}
	if w := tb.number(`document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("the page is %v px wide on a 390 px screen: it scrolls sideways", w)
	}

	tb.ask("/relations japan korea")
	visible := func(sel string) bool {
		return tb.eval(`getComputedStyle(document.querySelector('.msg.bot:last-of-type `+sel+`')).display`) != "none"
	}
	if !visible(".pane-slack") || visible(".pane-discord") {
		t.Errorf("on a phone the reply shows Slack: %v, Discord: %v; want Slack only", visible(".pane-slack"), visible(".pane-discord"))
	}
	tb.replyInView("first reply")
	tb.snap("relations")

	// The toggle shows the other platform instead.
	tb.do(chromedp.Click(chromedp.CSS(`label:has(input[value=discord])`)))
	if visible(".pane-slack") || !visible(".pane-discord") {
		t.Errorf("after choosing Discord the reply shows Slack: %v, Discord: %v; want Discord only", visible(".pane-slack"), visible(".pane-discord"))
	}
	tb.snap("discord")

	// Several replies later, the newest still starts in sight.
	tb.ask("/country new zealand")
	tb.ask("/topic dokdo")
	tb.replyInView("third reply")
	tb.snap("third-reply")
	if w := tb.number(`document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("with replies the page is %v px wide on a 390 px screen", w)
	}
}

func TestBrowserDesktop(t *testing.T) {
	e := newEnv(t)
	tb := newTab(t, true)
	tb.do(chromedp.EmulateViewport(1400, 1000))
	tb.do(chromedp.Navigate(e.srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")))
	tb.waitJS("the event stream", `document.body.classList.contains('live')`)
	tb.eval(`localStorage.removeItem('briefbot-view'), ''`)
	tb.ask("/relations japan korea")
	tb.ask("/country japan")
	// Both platforms, side by side.
	slack := tb.number(`document.querySelector('.msg.bot:last-of-type .pane-slack').getBoundingClientRect().left`)
	discord := tb.number(`document.querySelector('.msg.bot:last-of-type .pane-discord').getBoundingClientRect().left`)
	if discord <= slack {
		t.Errorf("on a desktop the Discord pane starts at x=%.0f, the Slack one at %.0f; want them side by side", discord, slack)
	}
	tb.replyInView("desktop reply")
	tb.snap("desktop")
}

// TestBrowserRestart: a server restart under an open page (ids start again at 1 there) must
// not make the page drop the next question and its answer as already seen.
func TestBrowserRestart(t *testing.T) {
	e := newEnv(t)
	tb := newTab(t, true)
	tb.do(chromedp.Navigate(e.srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")))
	tb.waitJS("the event stream", `document.body.classList.contains('live')`)
	tb.ask("/country japan")
	tb.ask("/country new zealand")
	oldBoot := tb.eval(`document.body.dataset.boot`)
	tb.eval(`window.samePage = 'yes'`)

	pg := e.restart(t)
	// The page's event stream reconnects to the new process and learns of the restart.
	tb.waitJS("the restart noticed", `document.body.dataset.boot === '`+pg.boot+`'`)
	if oldBoot == pg.boot {
		t.Fatal("the restarted playground has the old boot id")
	}
	tb.ask("/topic dokdo")
	if got := tb.eval(`String(document.querySelectorAll('.msg.bot').length)`); got != "3" {
		t.Errorf("after the restart the page shows %s replies; want 3 (two before, one after)", got)
	}
	if got := tb.eval(`document.querySelector('.msg.bot:last-of-type .pane-slack').innerText`); !strings.Contains(got, "Dokdo") {
		t.Errorf("the reply after the restart is not the one asked for: %.200q", got)
	}
	if got := tb.eval(`document.querySelector('.notice') ? document.querySelector('.notice').textContent : ''`); !strings.Contains(got, "restarted") {
		t.Error("the page does not say the server restarted")
	}
	if got := tb.eval(`window.samePage || 'reloaded'`); got != "yes" {
		t.Error("the page reloaded; want it to carry on")
	}
	// A digest the new process posts still arrives.
	channel := tb.eval(`document.body.dataset.channel`)
	waitFor(t, "the page's event stream on the new process", 10*time.Second, func() bool { return pg.subscribers(channel) > 0 })
	if err := pg.Poster().Post(t.Context(), channel, testEdition("After the restart")); err != nil {
		t.Fatal(err)
	}
	tb.waitJS("the edition", `[...document.querySelectorAll('.msg.digest')].some(m => m.innerText.includes('After the restart'))`)
	tb.snap("after-restart")
}

// TestBrowserAutocompleteManners: plain English gets no names, and Tab takes a name only once
// one is picked.
func TestBrowserAutocompleteManners(t *testing.T) {
	e := newEnv(t)
	tb := newTab(t, true)
	tb.do(chromedp.Navigate(e.srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")))
	clear := func() {
		tb.eval(`(() => { const q = document.getElementById('q'); q.value = ''; q.dispatchEvent(new Event('input')); return ''; })()`)
	}
	for _, q := range []string{"why do japan and korea ar", "why do japan and"} {
		clear()
		tb.do(chromedp.SendKeys(chromedp.CSS("#q"), q))
		tb.waitJS("the answer for "+q, `document.getElementById('suggest').dataset.for === `+strconv.Quote(q))
		if got := tb.eval(`String(document.getElementById('suggest').hidden)`); got != "true" {
			t.Errorf("typing %q offers names: %s", q, tb.eval(`document.getElementById('suggest').innerText`))
		}
	}
	// Tab with the list open but nothing picked leaves the text alone.
	clear()
	tb.do(chromedp.SendKeys(chromedp.CSS("#q"), "/relations japan kor"))
	tb.waitJS("names offered", `!document.getElementById('suggest').hidden && document.getElementById('suggest').dataset.for === '/relations japan kor'`)
	tb.do(chromedp.KeyEvent(kb.Tab))
	if got := tb.eval(`document.getElementById('q').value`); got != "/relations japan kor" {
		t.Errorf("Tab with nothing picked made the input %q; want it unchanged", got)
	}
	// ↓ picks the first name without inserting it; Tab then takes it.
	tb.do(chromedp.Focus(chromedp.CSS("#q")))
	clear()
	tb.do(chromedp.SendKeys(chromedp.CSS("#q"), "/relations japan kor"))
	tb.waitJS("names offered again", `!document.getElementById('suggest').hidden && document.getElementById('suggest').dataset.for === '/relations japan kor'`)
	tb.do(chromedp.KeyEvent(kb.ArrowDown))
	if got := tb.eval(`document.getElementById('q').value`); got != "/relations japan kor" {
		t.Errorf("↓ changed the input to %q; want it to pick, not insert", got)
	}
	tb.do(chromedp.KeyEvent(kb.Tab))
	if got := tb.eval(`document.getElementById('q').value`); got != "/relations japan South Korea " {
		t.Errorf("↓ then Tab made the input %q; want the picked name", got)
	}
}

// TestBrowserAutocompleteSurvivesRefocus: leaving the input closes the list a moment later,
// unless focus is back by then; a stale close hid the names offered for what was typed
// next (TestBrowserAutocompleteManners failed now and then after its Tab).
func TestBrowserAutocompleteSurvivesRefocus(t *testing.T) {
	e := newEnv(t)
	tb := newTab(t, true)
	tb.do(chromedp.Navigate(e.srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")))
	tb.do(chromedp.SendKeys(chromedp.CSS("#q"), "/relations japan kor"))
	tb.waitJS("names offered", `!document.getElementById('suggest').hidden`)
	tb.eval(`(() => { const q = document.getElementById('q'); q.blur(); q.focus(); return ''; })()`)
	time.Sleep(400 * time.Millisecond) // past the close that leaving schedules
	if got := tb.eval(`String(document.getElementById('suggest').hidden)`); got != "false" {
		t.Errorf("focus left and came back at once, and the names offered closed")
	}
	// Leaving for good still closes them.
	tb.eval(`(() => { document.getElementById('q').blur(); return ''; })()`)
	tb.waitJS("the list closed after focus left", `document.getElementById('suggest').hidden`)
}

// TestBrowserTimesInViewersZone: the server does not know the viewer's zone; the page shows
// each message's time in it.
func TestBrowserTimesInViewersZone(t *testing.T) {
	e := newEnv(t)
	tb := newTab(t, true)
	if _, err := chromedp.Call(tb.ctx, emulation.SetTimezoneOverride, emulation.SetTimezoneOverrideParams{TimezoneID: "Asia/Tokyo"}); err != nil {
		t.Fatalf("set the time zone: %v", err)
	}
	tb.do(chromedp.Navigate(e.srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")))
	tb.ask("/country japan")
	// The fake clock says 08:59:30 UTC: 17:59:30 in Tokyo.
	check := func(when string) {
		t.Helper()
		got := tb.eval(`document.querySelector('.msg.you time').textContent`)
		if !strings.Contains(got, "59:30") || strings.Contains(got, "UTC") || !(strings.HasPrefix(got, "17") || strings.Contains(got, "05:59:30 PM") || strings.Contains(got, "5:59:30 PM")) {
			t.Errorf("%s: the question's time shows as %q; want 17:59:30 (Tokyo)", when, got)
		}
		if got := tb.eval(`document.querySelector('.msg.bot .sk-msg time').textContent`); strings.Contains(got, "UTC") || !strings.Contains(got, "59:30") {
			t.Errorf("%s: the reply's time shows as %q; want Tokyo's", when, got)
		}
	}
	check("appended")
	tb.do(chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(".msg.you")))
	check("rendered by the server")
}
