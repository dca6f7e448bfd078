package discord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/briefbot/briefbot/commands"
)

// BenchmarkInteractions measures the whole HTTP path of a signed interaction — verify,
// decode, answer from the real store, render, encode — next to the signature check alone,
// which is all the bench's reference server does.
func BenchmarkInteractions(b *testing.B) {
	pub, priv := testKey(b)
	a := realAdapter(b, pub)
	h := a.Interactions()
	for _, bc := range []struct{ name, body string }{
		{"ping", pingBody},
		{"relations", relationsBody},
		{"autocomplete", autocompleteBody},
	} {
		b.Run(bc.name, func(b *testing.B) {
			proto := signedRequest(b, priv, testNow, bc.body)
			body := []byte(bc.body)
			b.ReportAllocs()
			for b.Loop() {
				req := proto.Clone(context.Background())
				req.Body = readCloser{bytes.NewReader(body)}
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("status %d", rec.Code)
				}
			}
		})
	}
	// The signature check alone, which is all the reference server does.
	msg := []byte("1750000000" + relationsBody)
	sig := ed25519.Sign(priv, msg)
	b.Run("verify-only", func(b *testing.B) {
		for b.Loop() {
			if !ed25519.Verify(pub, msg, sig) {
				b.Fatal("verify")
			}
		}
	})
}

// BenchmarkRender measures rendering the largest common reply.
func BenchmarkRender(b *testing.B) {
	d := dispatcher(b)
	r := d.Handle(context.Background(), commands.Request{Text: "/relations japan, korea"})
	b.ReportAllocs()
	for b.Loop() {
		if m := Render(r); len(m.Embeds) == 0 {
			b.Fatal("no embeds")
		}
	}
}

type readCloser struct{ *bytes.Reader }

func (readCloser) Close() error { return nil }

// BenchmarkRenderAnswer measures rendering the same reply as an answer: paged, with buttons.
func BenchmarkRenderAnswer(b *testing.B) {
	d := dispatcher(b)
	r := d.Handle(context.Background(), commands.Request{Text: "/relations japan, korea"})
	b.ReportAllocs()
	for b.Loop() {
		if m := renderView(r, answerView{origin: "/relations japan, korea"}); len(m.Embeds) == 0 {
			b.Fatal("no embeds")
		}
	}
}
