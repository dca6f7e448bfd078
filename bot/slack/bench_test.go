package slack

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/commands"
)

// discardWriter is a ResponseWriter that keeps nothing, so the benchmark measures the handler.
type discardWriter struct{ h http.Header }

func (w *discardWriter) Header() http.Header         { return w.h }
func (w *discardWriter) Write(b []byte) (int, error) { return len(b), nil }
func (w *discardWriter) WriteHeader(int)             {}

// BenchmarkSlashCommand is the hot path the throughput bar is measured on: a signed
// /relations japan korea through the server's routes, verified, answered and encoded.
func BenchmarkSlashCommand(b *testing.B) {
	a := newAdapter(nil, realBot(b), nil, Options{SigningSecret: testSecret, Now: fixedClock})
	h := bot.NewServer(nil, bot.NewMetrics(), bot.ServerOptions{Adapters: []bot.Adapter{{Platform: "slack", Routes: a.Routes()}}}).Handler()
	body := slashBody("/relations", "japan korea")
	ts := strconv.FormatInt(testNow.Unix(), 10)
	sig := Sign(testSecret, ts, body)
	r := httptest.NewRequest(http.MethodPost, "/slack/commands", nil)
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set("X-Slack-Request-Timestamp", ts)
	r.Header.Set("X-Slack-Signature", sig)
	w := &discardWriter{h: http.Header{}}
	rd := bytes.NewReader(body)
	b.ReportAllocs()
	for b.Loop() {
		rd.Reset(body)
		r.Body = io.NopCloser(rd)
		clear(w.h)
		h.ServeHTTP(w, r)
	}
}

// BenchmarkRender isolates rendering and encoding a large reply.
func BenchmarkRender(b *testing.B) {
	r := realBot(b).Handle(context.Background(), commands.Request{Text: "/relations japan korea"})
	var buf []byte
	b.ReportAllocs()
	for b.Loop() {
		buf = Render(r, RenderOptions{Origin: "/relations japan korea"}).AppendJSON(buf[:0])
	}
	b.SetBytes(int64(len(buf)))
}

// BenchmarkVerify isolates the signature check.
func BenchmarkVerify(b *testing.B) {
	v := newVerifier(testSecret, fixedClock)
	body := slashBody("/relations", "japan korea")
	ts := strconv.FormatInt(testNow.Unix(), 10)
	h := http.Header{}
	h.Set("X-Slack-Request-Timestamp", ts)
	h.Set("X-Slack-Signature", Sign(testSecret, ts, body))
	b.ReportAllocs()
	for b.Loop() {
		if err := v.verify(h, body); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDedupe measures remembering event ids at the bound.
func BenchmarkDedupe(b *testing.B) {
	d := newDedupe(dedupeTTL, 10_000)
	now := testNow
	keys := make([]string, 50_000)
	for i := range keys {
		keys[i] = "Ev" + strconv.Itoa(i)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		d.firstTime(keys[i%len(keys)], now.Add(time.Duration(i)*time.Millisecond))
		i++
	}
}
