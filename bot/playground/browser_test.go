package playground

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/briefbot/briefbot/briefs"
)

// The browser tests drive Debian's Chromium through chromedp against the playground on an
// httptest server on 127.0.0.1. One browser serves the whole test binary; each test gets a
// tab in a browser context of its own (its own cookies, so its own session). Without
// Chromium they skip — unless CI is set, where they fail: CI must run them (.ci/chromium.sh
// installs Chromium).

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.stop != nil {
		shared.stop()
	}
	if n := shared.skipped.Load(); n > 0 && !testing.Verbose() {
		tellTerminal(fmt.Sprintf("bot/playground: %d browser tests skipped: Chromium is not installed (looked for %s). "+
			"Install it with `bash .ci/chromium.sh` (as root), then `go test ./bot/playground`.", n, wantedChromium()))
	}
	os.Exit(code)
}

// tellTerminal writes a note to the terminal go test runs in. go test shows a passing
// package's output only with -v, so a skip would otherwise pass unseen; with no terminal (CI)
// the note is dropped, and CI fails rather than skips anyway.
func tellTerminal(note string) {
	tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0)
	if err != nil {
		return
	}
	defer tty.Close()
	fmt.Fprintln(tty, note)
}

var shared struct {
	once    sync.Once
	ctx     context.Context
	err     error
	stop    func()
	skipped atomic.Int32
}

// chromiumPath finds the browser: BRIEFBOT_CHROMIUM when set (only there), else Debian's
// /usr/bin/chromium or chromium on PATH.
func chromiumPath() string {
	if p := os.Getenv("BRIEFBOT_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return ""
		}
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	return ""
}

// wantedChromium says where chromiumPath looked.
func wantedChromium() string {
	if p := os.Getenv("BRIEFBOT_CHROMIUM"); p != "" {
		return "BRIEFBOT_CHROMIUM=" + p
	}
	return "/usr/bin/chromium and chromium on PATH"
}

// browser returns the shared browser, starting it on first use.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("Chromium is not installed (looked for %s): CI must run the browser tests; install it with .ci/chromium.sh", wantedChromium())
		}
		shared.skipped.Add(1)
		t.Skipf("Chromium is not installed (looked for %s); skipping the browser tests. Install Debian's chromium package (.ci/chromium.sh) to run them.", wantedChromium())
	}
	shared.once.Do(func() {
		dir, err := os.MkdirTemp("", "briefbot-chromium-profile-")
		if err != nil {
			shared.err = err
			return
		}
		// The flags the machine notes say work here, as root: headless, no sandbox, no GPU,
		// and nothing that reaches for the network on its own (the network is closed).
		opts := append(chromedp.DefaultExecAllocatorOptions[:],
			chromedp.ExecPath(path),
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.Flag("disable-quic", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("no-first-run", true),
			chromedp.UserDataDir(dir),
			chromedp.WindowSize(1400, 1000),
		)
		allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, cancelCtx := chromedp.NewContext(allocCtx)
		shared.stop = func() {
			cancelCtx()
			cancelAlloc()
			os.RemoveAll(dir)
		}
		start, cancelStart := context.WithTimeout(ctx, 60*time.Second)
		defer cancelStart()
		// The first action starts the browser; its life is ctx's, not the timeout's.
		if shared.err = chromedp.Do(ctx, chromedp.Func(func(context.Context, *chromedp.Target) error { return start.Err() })); shared.err == nil {
			shared.ctx = ctx
		}
	})
	if shared.err != nil {
		t.Fatalf("start Chromium (%s): %v", path, shared.err)
	}
	return shared.ctx
}

// tab is one browser tab, in a browser context of its own.
type tab struct {
	t    *testing.T
	base context.Context // the tab's own context, without a deadline
	ctx  context.Context // for the test's actions, with one
	mu   sync.Mutex
	errs []string // exceptions and security-policy violations the page reported
}

func newTab(t *testing.T, script bool) *tab {
	t.Helper()
	base, cancel := chromedp.NewContext(browser(t), chromedp.WithNewBrowserContext())
	if err := chromedp.Do(base); err != nil { // opens the tab
		cancel()
		t.Fatalf("open tab: %v", err)
	}
	ctx, cancelT := context.WithTimeout(base, 90*time.Second)
	tb := &tab{t: t, base: base, ctx: ctx}
	console := chromedp.Console(base)
	go func() {
		for m, err := range console {
			if err != nil {
				return
			}
			if m.IsException() || strings.Contains(m.Text, "Content Security Policy") {
				tb.mu.Lock()
				tb.errs = append(tb.errs, m.String())
				tb.mu.Unlock()
			}
		}
	}()
	t.Cleanup(func() {
		if t.Failed() {
			tb.screenshot("failure", true)
		}
		tb.mu.Lock()
		for _, e := range tb.errs {
			t.Errorf("the page reported: %s", e)
		}
		tb.mu.Unlock()
		cancelT()
		cancel()
	})
	if !script {
		if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			t.Fatalf("disable JavaScript: %v", err)
		}
	}
	return tb
}

func (tb *tab) do(steps ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, steps...); err != nil {
		tb.t.Fatalf("browser: %v", err)
	}
}

// waitJS waits until a JavaScript expression is true in the page. It asks again after an
// error, since a page that is navigating (a form post, a link) cannot answer for a moment.
func (tb *tab) waitJS(what, expr string) {
	tb.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		ok, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool]("Boolean("+expr+")"))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) || tb.ctx.Err() != nil {
			tb.t.Fatalf("waiting for %s (%s): last answer %v, %v", what, expr, ok, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (tb *tab) eval(expr string) string {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](expr))
	if err != nil {
		tb.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

func (tb *tab) outerHTML(sel string) string {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.OuterHTML(chromedp.CSS(sel)))
	if err != nil {
		tb.t.Fatalf("outer HTML of %s: %v", sel, err)
	}
	return v
}

var (
	shotOnce sync.Once
	shotDir  string
)

// screenshots are saved in BRIEFBOT_SCREENSHOT_DIR, or in a directory made for the run and
// named in the log (a test's own temporary directory is deleted when the test ends).
func screenshotDir() string {
	shotOnce.Do(func() {
		if shotDir = os.Getenv("BRIEFBOT_SCREENSHOT_DIR"); shotDir != "" {
			_ = os.MkdirAll(shotDir, 0o755)
			return
		}
		shotDir, _ = os.MkdirTemp("", "briefbot-playground-screenshots-")
	})
	return shotDir
}

// screenshot saves the whole page, or only what is in view.
func (tb *tab) screenshot(name string, full bool) {
	ctx, cancel := context.WithTimeout(tb.base, 15*time.Second)
	defer cancel()
	shot := chromedp.CaptureScreenshot()
	if full {
		shot = chromedp.FullScreenshot(85)
	}
	buf, err := chromedp.Run(ctx, shot)
	if err != nil {
		tb.t.Logf("screenshot %s: %v", name, err)
		return
	}
	ext := ".png"
	if full {
		ext = ".jpg"
	}
	path := filepath.Join(screenshotDir(), strings.ReplaceAll(tb.t.Name(), "/", "_")+"-"+name+ext)
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		tb.t.Logf("screenshot %s: %v", name, err)
		return
	}
	tb.t.Logf("screenshot saved: %s", path)
}

// snap saves what is in view, for review, when BRIEFBOT_SCREENSHOT_DIR asks for it.
func (tb *tab) snap(name string) {
	if os.Getenv("BRIEFBOT_SCREENSHOT_DIR") != "" {
		tb.screenshot(name, false)
	}
}

// paneText is the visible text of the latest message's Slack and Discord panes.
func (tb *tab) paneText(msg string) (slackText, discordText string) {
	tb.t.Helper()
	get := func(pane string) string {
		return tb.eval(fmt.Sprintf(`(() => { const m = [...document.querySelectorAll(%q)].pop(); const p = m && m.querySelector(%q); return p ? p.innerText : ''; })()`, msg, pane))
	}
	return get(".pane-slack"), get(".pane-discord")
}

func TestBrowserAsk(t *testing.T) {
	e := newEnv(t)
	tb := newTab(t, true)
	tb.do(chromedp.Navigate(e.srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")))
	tb.waitJS("the event stream", `document.body.classList.contains('live')`)
	tb.snap("welcome")
	tb.eval(`window.samePage = 'yes'`)
	tb.do(chromedp.SendKeys(chromedp.CSS("#q"), "/relations japan korea"), chromedp.Click(chromedp.CSS("button.send")))
	tb.waitJS("the reply", `!!document.querySelector('.msg.bot')`)
	sk, dc := tb.paneText(".msg.bot")
	if !strings.Contains(sk, "facts involve both") || !strings.Contains(dc, "facts involve both") {
		t.Errorf("reply gives its lead as Slack shows it: %v, as Discord shows it: %v; want both", strings.Contains(sk, "facts involve both"), strings.Contains(dc, "facts involve both"))
	}
	if !strings.Contains(sk, "Japan ↔ South Korea") || !strings.Contains(dc, "Japan ↔ South Korea") {
		t.Error("reply lacks its title in one of the renderings")
	}
	if got := tb.eval(`window.samePage || 'reloaded'`); got != "yes" {
		t.Error("the page reloaded to show the answer; want it appended in place")
	}
	if got := tb.eval(`document.querySelector('.msg.you .said').textContent`); got != "/relations japan korea" {
		t.Errorf("history shows the question as %q", got)
	}
	tb.snap("relations")

	// The view switch shows one platform at a time.
	tb.do(chromedp.Click(chromedp.CSS(`label:has(input[value=slack])`)))
	if got := tb.eval(`getComputedStyle(document.querySelector('.msg.bot .pane-discord')).display`); got != "none" {
		t.Errorf("with Slack chosen the Discord pane shows (display %s)", got)
	}
	tb.snap("slack-only")
	tb.do(chromedp.Click(chromedp.CSS(`label:has(input[value=both])`)))

	// Slack's "Sources" button opens the reply's cited facts, each linked to its quote.
	tb.do(chromedp.Click(chromedp.CSS(`.msg.bot .sk-actions a.btn[href^="#cited-"]`)))
	tb.waitJS("the cited facts", `document.querySelector('.msg.bot details.cited').open`)

	// Slack's "More" button asks for the next page, in place.
	tb.do(chromedp.Click(chromedp.CSS(`.msg.bot .sk-actions button.primary`)))
	tb.waitJS("page 2", `document.querySelectorAll('.msg.bot').length === 2`)
	if sk, _ := tb.paneText(".msg.bot"); !strings.Contains(sk, "(2/") {
		t.Errorf("after More the Slack pane shows %.200q; want page 2", sk)
	}
	tb.snap("more")
}

func TestBrowserAutocomplete(t *testing.T) {
	e := newEnv(t)
	tb := newTab(t, true)
	tb.do(chromedp.Navigate(e.srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")))
	tb.do(chromedp.SendKeys(chromedp.CSS("#q"), "kor"))
	tb.waitJS("South Korea offered first", `(() => { const l = document.getElementById('suggest'); const o = l.querySelector('li .name'); return !l.hidden && o && o.textContent === 'South Korea'; })()`)
	tb.snap("kor")

	tb.eval(`(() => { const q = document.getElementById('q'); q.value = ''; q.dispatchEvent(new Event('input')); return ''; })()`)
	tb.do(chromedp.SendKeys(chromedp.CSS("#q"), "/relations japan kor"))
	tb.waitJS("South Korea offered after japan", `(() => { const l = document.getElementById('suggest');
		return l.dataset.for === '/relations japan kor' && !l.hidden && l.querySelector('li .name').textContent === 'South Korea'; })()`)
	tb.do(chromedp.Click(chromedp.CSS("#suggest li")))
	if got := tb.eval(`document.getElementById('q').value`); got != "/relations japan South Korea " {
		t.Errorf("after choosing, the input is %q; want %q", got, "/relations japan South Korea ")
	}
	tb.do(chromedp.Click(chromedp.CSS("button.send")))
	tb.waitJS("the reply", `!!document.querySelector('.msg.bot')`)
	if sk, _ := tb.paneText(".msg.bot"); !strings.Contains(sk, "Japan ↔ South Korea") {
		t.Errorf("the completed command did not get the relations reply: %.200q", sk)
	}
}

func TestBrowserDigestArrivesLive(t *testing.T) {
	e := newEnv(t)
	tb := newTab(t, true)
	tb.do(chromedp.Navigate(e.srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")))
	tb.waitJS("the event stream", `document.body.classList.contains('live')`)
	channel := tb.eval(`document.body.dataset.channel`)
	tb.do(chromedp.SendKeys(chromedp.CSS("#q"), "/digest subscribe * * * * * about japan korea"), chromedp.Click(chromedp.CSS("button.send")))
	tb.waitJS("the subscription", `[...document.querySelectorAll('.msg.bot')].some(m => m.innerText.includes('Subscribed: digest 1'))`)
	waitFor(t, "the page's event stream", 10*time.Second, func() bool { return e.pg.subscribers(channel) > 0 })
	tb.eval(`window.samePage = 'yes'`)

	// The schedule is every minute; the scheduler's clock is a fake one, thirty seconds
	// before the minute. Moving it on makes the slot due: the real scheduler claims it in the
	// SQLite ledger and posts it through the playground's poster, which pushes it to the page.
	e.clock.Advance(time.Minute)
	tb.waitJS("the digest edition", `!!document.querySelector('.msg.digest')`)
	sk, dc := tb.paneText(".msg.digest")
	if !strings.Contains(sk, "Japan") || !strings.Contains(dc, "Japan") {
		t.Errorf("edition as Slack shows it: %.200q; as Discord: %.200q; want both about Japan", sk, dc)
	}
	if got := tb.eval(`window.samePage || 'reloaded'`); got != "yes" {
		t.Error("the page reloaded; want the edition pushed to it")
	}
	tb.snap("digest")
}

func TestBrowserFactsAndSource(t *testing.T) {
	e := newEnv(t)
	tb := newTab(t, true)
	tb.do(chromedp.Navigate(e.srv.URL+"/facts"), chromedp.WaitVisible(chromedp.CSS("input[name=entity]")))
	tb.do(chromedp.SendKeys(chromedp.CSS("input[name=entity]"), "japan"), chromedp.Click(chromedp.CSS(".filter button")))
	// The count sits above the list: wait for the whole page, not just its top, to be parsed.
	tb.waitJS("the filtered list", `document.readyState === 'complete' && document.getElementById('count').textContent.includes('entity Japan')`)
	want := 0
	for _, f := range facts(t).Facts() {
		if f.HasEntity("JP") {
			want++
		}
	}
	if got := tb.eval(`String(document.querySelectorAll('.fact').length)`); got != fmt.Sprint(want) {
		t.Errorf("listed %s facts; want the %d about Japan", got, want)
	}
	if got := tb.eval(`String([...document.querySelectorAll('.fact')].every(f => [...f.querySelectorAll('.tagl.ent')].some(a => a.textContent === 'Japan')))`); got != "true" {
		t.Error("a listed fact is not tagged Japan")
	}
	tb.snap("facts-japan")

	// Follow the third fact's quote link.
	id := tb.eval(`document.querySelectorAll('.fact')[2].id`)
	f := facts(t).Fact(id)
	if f == nil {
		t.Fatalf("listed fact %q is not in the store", id)
	}
	tb.do(chromedp.Click(chromedp.CSS(`.fact:nth-child(3) .qlink`)))
	tb.waitJS("the source page", `!!document.getElementById('fact-`+id+`')`)
	marked := tb.eval(`[...document.querySelectorAll('mark')].map(m => m.textContent).join(' ')`)
	if briefs.FoldQuote(marked) != briefs.FoldQuote(f.Quote) {
		t.Errorf("highlighted %q; want the quote %q", marked, f.Quote)
	}
	// The highlight is in view, below the page's sticky header.
	tb.waitJS("the highlight in view", `(() => {
		const r = document.getElementById('fact-`+id+`').getBoundingClientRect();
		const top = document.querySelector('.top').getBoundingClientRect().bottom;
		return r.top >= top && r.bottom <= innerHeight; })()`)
	if got := tb.eval(`getComputedStyle(document.querySelector('mark')).backgroundColor`); got == "rgba(0, 0, 0, 0)" {
		t.Error("the highlight has no background")
	}
	tb.snap("source-highlight")
}

func TestBrowserWithoutJavaScript(t *testing.T) {
	e := newEnv(t)
	tb := newTab(t, false)
	tb.do(chromedp.Navigate(e.srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")))
	tb.do(chromedp.SendKeys(chromedp.CSS("#q"), "/relations japan korea"), chromedp.Click(chromedp.CSS("button.send")))
	tb.do(chromedp.WaitVisible(chromedp.CSS(".msg.bot .pane-discord")))
	loc, err := chromedp.Run(tb.ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(loc, "/#m-2") {
		t.Errorf("after asking, the browser is at %s; want the page at its reply (/#m-2)", loc)
	}
	slackHTML := tb.outerHTML(".msg.bot .pane-slack")
	discordHTML := tb.outerHTML(".msg.bot .pane-discord")
	if !strings.Contains(slackHTML, "Japan ↔ South Korea") || !strings.Contains(discordHTML, "Japan ↔ South Korea") {
		t.Error("the server-rendered reply lacks its title in one of the renderings")
	}
	// The script did not run: it marks the page live when it connects the event stream.
	if body := tb.outerHTML("body"); strings.Contains(body[:strings.Index(body, ">")], "live") {
		t.Error("the page's script ran; want JavaScript disabled")
	}
	tb.snap("no-javascript")
}

func TestBrowserScriptIsShownAsText(t *testing.T) {
	e := newEnv(t)
	tb := newTab(t, true)
	const evil = `<script>window.pwned=1</script><img src=x onerror="window.pwned=2"> japan?`
	tb.do(chromedp.Navigate(e.srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")))
	tb.do(chromedp.SendKeys(chromedp.CSS("#q"), evil), chromedp.Click(chromedp.CSS("button.send")))
	tb.waitJS("the reply", `!!document.querySelector('.msg.bot')`)
	check := func(when string) {
		t.Helper()
		if got := tb.eval(`typeof window.pwned`); got != "undefined" {
			t.Errorf("%s: the question's script ran (window.pwned is %s)", when, got)
		}
		if got := tb.eval(`String(document.querySelectorAll('#history script, #history img').length)`); got != "0" {
			t.Errorf("%s: the question became %s elements in the history", when, got)
		}
		if got := tb.eval(`document.querySelector('.msg.you .said').textContent`); got != evil {
			t.Errorf("%s: the question shows as %q; want the text typed", when, got)
		}
	}
	check("appended by the script")
	tb.do(chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(".msg.you")))
	check("rendered by the server")
	tb.snap("script-as-text")
}

// TestBrowserVote: 👍 under an answer records the vote in the background and shows the
// thanks in place of the buttons' old state; without JavaScript the form does the same.
func TestBrowserVote(t *testing.T) {
	e := newEnv(t)
	for _, script := range []bool{true, false} {
		tb := newTab(t, script)
		tb.do(chromedp.Navigate(e.srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")))
		tb.do(chromedp.SendKeys(chromedp.CSS("#q"), "/relations japan korea"), chromedp.Click(chromedp.CSS("button.send")))
		tb.do(chromedp.WaitVisible(chromedp.CSS(`.msg.bot .feedback button[value=up]`)))
		tb.eval(`window.samePage = 'yes'`)
		if script {
			// The offer of names for the text just sent stays closed once the answer is in.
			tb.waitJS("the answer in place", `document.querySelector('#q').value === ''`)
			time.Sleep(300 * time.Millisecond) // longer than a completion takes to come back
			if got := tb.eval(`String(document.getElementById('suggest').hidden)`); got != "true" {
				t.Error("the name completion for the text sent opened again over the history")
			}
		}
		tb.do(chromedp.Click(chromedp.CSS(`.msg.bot .feedback button[value=up]`)))
		tb.waitJS("the thanks", `(document.querySelector('.msg.bot .thanks') || {}).textContent?.includes('Thanks for the 👍')`)
		if got := tb.eval(`document.querySelector('.msg.bot .feedback button[value=up]').getAttribute('aria-pressed')`); got != "true" {
			t.Errorf("script %v: after the vote 👍 is aria-pressed=%s; want true", script, got)
		}
		if got := tb.eval(`window.samePage || 'reloaded'`); script && got != "yes" {
			t.Error("the page reloaded to record the vote; want it done in place")
		}
		// The thanks is in sight, not under the composer or above the view.
		if got := tb.eval(`(() => { const r = document.querySelector('.msg.bot .thanks').getBoundingClientRect(); return String(r.top >= document.querySelector('.sticky').getBoundingClientRect().bottom && r.bottom <= document.querySelector('.composer').getBoundingClientRect().top); })()`); got != "true" {
			t.Errorf("script %v: after the vote the thanks is out of sight", script)
		}
		tb.snap(fmt.Sprintf("voted-script-%v", script))
	}
}
