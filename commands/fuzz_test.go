package commands

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse: any input parses without panicking into valid UTF-8 within the input cap, and a
// command name never starts with a slash or holds white space.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"/relations japan korea", "/briefbot /topic dokdo", "what is dokdo?", "/", "//", "/briefbot", "\x00/\xff", "/ask " + strings.Repeat("x", 3000)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		p := Parse(in)
		if !utf8.ValidString(p.Name) || !utf8.ValidString(p.Args) {
			t.Fatalf("Parse(%q) = %+v: invalid UTF-8", in, p)
		}
		if len(p.Name)+len(p.Args) > MaxInputBytes {
			t.Fatalf("Parse(%q) kept %d bytes", in, len(p.Name)+len(p.Args))
		}
		if strings.HasPrefix(p.Name, "/") || strings.ContainsAny(p.Name, " \t\n") {
			t.Fatalf("Parse(%q).Name = %q", in, p.Name)
		}
	})
}

// FuzzResolve: any text resolves without panicking; every match names a real entity or topic
// and every unknown span comes from the input's words.
func FuzzResolve(f *testing.F) {
	d := newTestDispatcher(f)
	for _, s := range []string{"japan korea", "japn, austrlia", "the U.S. vs DPRK", "narnia", "north, korea", ",,,", "Yin Xiyue Kishida Wenxiong", "ñ 日本 한국"} {
		f.Add(s)
	}
	r := d.Resolver()
	store := d.Store()
	f.Fuzz(func(t *testing.T, in string) {
		ms, unknown := r.Resolve(in, TargetEntity, TargetTopic)
		for _, m := range ms {
			if m.Kind == TargetEntity && store.Entity(m.ID) == nil || m.Kind == TargetTopic && store.Topic(m.ID) == nil {
				t.Fatalf("Resolve(%q) returned unknown target %+v", in, m)
			}
		}
		for _, u := range unknown {
			if u.Input == "" {
				t.Fatalf("Resolve(%q) returned an empty unknown span", in)
			}
		}
		_ = r.Complete(in, 25, TargetEntity, TargetTopic)
	})
}

// FuzzHandle: the whole answering path never panics and always says something.
func FuzzHandle(f *testing.F) {
	d := newTestDispatcher(f)
	for _, s := range []string{"/relations japan korea", "/country <!channel>", "/topic", "/timeline x y z", "what is the dokdo dispute", "/sources extra", "/briefbot briefbot briefbot", "biden said something like 'a historic", "what did he call it, something like “x”?"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		r := d.Handle(context.Background(), Request{Text: in})
		if r.Title == "" {
			t.Fatalf("Handle(%q) gave a reply with no title", in)
		}
		_ = RenderText(r)
		_ = RenderMarkdown(r)
		if _, err := RenderJSON(r); err != nil {
			t.Fatalf("RenderJSON: %v", err)
		}
	})
}

// FuzzFollowUp: any message after any remembered turn (one saved by an older fact store may
// name ids this one lacks) is answered without panicking, and says something.
func FuzzFollowUp(f *testing.F) {
	d := newTestDispatcher(f)
	for _, s := range []string{"and china?", "what about narnia", "why?", "more", "sources", "when?", "what did he say about them?", "and with ", "and", "what about"} {
		f.Add(s, 0)
		f.Add(s, 1)
		f.Add(s, 2)
	}
	turns := []Turn{
		{Command: "/relations japan, south korea", Name: "relations", Actors: []string{"JP", "KR"}, Facts: []string{"gone"}, Next: "/relations japan, south korea page 2"},
		{Command: "what does the gone say?", Name: "ask", Actors: []string{"gone", "JP"}, Topic: "gone"},
		{Command: "", Name: "nonsense", Actors: []string{""}, Facts: []string{""}, Next: "/nonsense"},
	}
	f.Fuzz(func(t *testing.T, in string, which int) {
		prev := turns[(which%len(turns)+len(turns))%len(turns)]
		r := d.Handle(context.Background(), Request{Text: in, Conversation: "c", Previous: &prev})
		if r.Title == "" && len(r.Sections) == 0 {
			t.Fatalf("%q after %+v: empty reply", in, prev)
		}
	})
}
