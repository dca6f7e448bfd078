package playground

import (
	"regexp"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/commands"
)

func TestSlackHTML(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain", "Japan and Korea", "Japan and Korea"},
		{"bold", "*Cooperation*", "<strong>Cooperation</strong>"},
		{"italic cite", "text _[2 · Trade and territory]_", "text <em>[2 · Trade and territory]</em>"},
		{"label", "• *Trade* — In July 2019", "• <strong>Trade</strong> — In July 2019"},
		{"strike and code", "~old~ `x*y`", "<del>old</del> <code>x*y</code>"},
		{"entities", "a &lt;b&gt; &amp;amp; c", "a &lt;b&gt; &amp;amp; c"},
		{"entity in code", "`&lt;x&gt;`", "<code>&lt;x&gt;</code>"},
		{"snake_case stays", "snake_case_word and 2*3*4", "snake_case_word and 2*3*4"},
		{"unclosed", "*open only", "*open only"},
		{"space inside", "* not bold *", "* not bold *"},
		{"lines", "*Head*\nline one\nline two", "<strong>Head</strong><br>line one<br>line two"},
		{"quote", "• fact\n>“the quote”", "• fact<blockquote>“the quote”</blockquote>"},
		{"web link", "<https://example.com/a?b=1&amp;c=2|the site>", `<a href="https://example.com/a?b=1&amp;amp;c=2" rel="noopener noreferrer" target="_blank">the site</a>`},
		{"script link", "<javascript:alert(1)|x>", "&lt;javascript:alert(1)|x&gt;"},
		{"mention", "<!here> and <@U123>", `<span class="mention">@here</span> and <span class="mention">@U123</span>`},
		{"raw html", "<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"},
		{"quotes escaped", `say "hi" & 'bye'`, "say &#34;hi&#34; &amp; &#39;bye&#39;"},
	} {
		if got := string(slackHTML(tc.in)); got != tc.want {
			t.Errorf("%s: slackHTML(%q) = %q; want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestDiscordHTML(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain", "Japan and Korea", "Japan and Korea"},
		{"bold label", "• **Trade** — text *[cite]*", "• <strong>Trade</strong> — text <em>[cite]</em>"},
		{"italic lead", "*100 facts involve both.*", "<em>100 facts involve both.</em>"},
		{"bold in italics", "*a **b** c*", "<em>a <strong>b</strong> c</em>"},
		{"escapes", `\*not italic\* \_x\_ \<b\> \# \\`, `*not italic* _x_ &lt;b&gt; # \`},
		{"underline strike spoiler", "__u__ ~~s~~ ||p||", `<u>u</u> <del>s</del> <span class="spoiler">p</span>`},
		{"snake_case stays", "snake_case_word", "snake_case_word"},
		{"quote", "• fact\n> “the quote”", "• fact<blockquote>“the quote”</blockquote>"},
		{"raw html", "<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"},
		{"no entities", "&lt;", "&amp;lt;"},
		{"mention made inert", "@\u200beveryone", "@\u200beveryone"},
	} {
		if got := string(discordHTML(tc.in)); got != tc.want {
			t.Errorf("%s: discordHTML(%q) = %q; want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

// TestMarkupRoundTrip renders text through the adapters' escaping and back: what a user
// typed comes out as the same text, never as markup.
func TestMarkupRoundTrip(t *testing.T) {
	for _, s := range []string{`<script>alert(1)</script>`, `*bold* _it_ ~s~ \back`, `a & b < c > d`, `@everyone #general [x](y)`} {
		d := stripTags(string(discordHTML(commands.EscapeMarkdown(s))))
		if want := htmlText(strings.ReplaceAll(s, "@", "@\u200b")); d != want {
			t.Errorf("Discord: %q came back as %q; want %q", s, d, want)
		}
	}
}

var allowedTag = regexp.MustCompile(`</?(strong|em|del|u|code|blockquote|br)>|<span class="(spoiler|mention)">|</span>|<a href="(https?://|mailto:)[^"<>]*" rel="noopener noreferrer" target="_blank">|</a>`)

func stripTags(s string) string { return allowedTag.ReplaceAllString(s, "") }

func htmlText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

// FuzzMarkup checks that whatever a reply holds, the page gets only the few tags the
// renderers write, and no other markup.
func FuzzMarkup(f *testing.F) {
	for _, s := range []string{"*a* _b_ ~c~ `d`", "**x** __y__ ||z|| \\*", "<https://a.b|c> <!here>", "> q\n>q", "<script>", "&lt;&amp;&gt;", "*_~`<>&\\|", "<javascript:x|y>", "<http://x\"y|z>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, out := range map[string]string{"slack": string(slackHTML(s)), "discord": string(discordHTML(s))} {
			if rest := stripTags(out); strings.ContainsAny(rest, "<>") {
				t.Fatalf("%s(%q) = %q: markup beyond the allowed tags", name, s, out)
			}
		}
	})
}

// TestSlackButtonValuesAreRead: the Slack renderer escapes button values like text; the page
// runs the command as typed.
func TestSlackButtonValuesAreRead(t *testing.T) {
	run := slackButtonView(slackButton{ActionID: "run:0", Value: "/ask a &lt;b&gt; &amp; c"}, 1)
	more := slackButtonView(slackButton{ActionID: "more", Value: "2 /ask a &lt;b&gt; &amp; c"}, 1)
	if run.Command != "/ask a <b> & c" || more.Command != "/ask a <b> & c" || more.Page != 2 {
		t.Errorf("run %+v, more %+v; want the command as typed", run, more)
	}
}
