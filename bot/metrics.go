package bot

import (
	"maps"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/briefbot/briefbot/commands"
)

// Metrics are the Prometheus series briefbot exports. Each Metrics has its own registry, so
// tests (and several servers in one process) never collide.
type Metrics struct {
	Registry *prometheus.Registry

	requests *prometheus.CounterVec   // HTTP requests by route and status
	latency  *prometheus.HistogramVec // command latency by command
	replies  *prometheus.CounterVec   // replies by platform, command and outcome
	dropped  prometheus.Counter       // answers not recorded for feedback (queue full, store down)

	// known are the command names that may be label values; any other name a user types is
	// counted as UnknownCommand, so made-up names cannot grow the series without bound.
	known atomic.Pointer[map[string]bool]
}

// UnknownCommand is the command label of every reply to a command not in the known set.
const UnknownCommand = "unknown"

// NewMetrics registers briefbot's series (and the Go runtime's) on a new registry. commands
// are the names the command label may take (see KnownCommands).
func NewMetrics(commands ...string) *Metrics {
	m := &Metrics{
		Registry: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_http_requests_total",
			Help: "HTTP requests served, by route pattern and status code.",
		}, []string{"route", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "briefbot_command_duration_seconds",
			Help: "Time to compose a reply, by command.",
			// Answers take microseconds; buckets from 10µs to 100ms.
			Buckets: prometheus.ExponentialBuckets(10e-6, 4, 8),
		}, []string{"command"}),
		replies: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_replies_total",
			Help: "Replies given, by platform, command and outcome (found, not_found, invalid, …).",
		}, []string{"platform", "command", "outcome"}),
		dropped: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "briefbot_answers_unrecorded_total",
			Help: "Answers left out of the feedback record because the store fell behind or failed.",
		}),
	}
	m.Registry.MustRegister(m.requests, m.latency, m.replies, m.dropped,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m.KnownCommands(commands...)
	return m
}

// KnownCommands adds names to the closed set the command label is drawn from: the registered
// commands. Call it at wiring time, once every command is registered.
func (m *Metrics) KnownCommands(names ...string) {
	next := map[string]bool{}
	if old := m.known.Load(); old != nil {
		maps.Copy(next, *old)
	}
	for _, n := range names {
		next[n] = true
	}
	m.known.Store(&next)
}

// commandLabel is name if it is a known command, else UnknownCommand.
func (m *Metrics) commandLabel(name string) string {
	if known := m.known.Load(); known != nil && (*known)[name] {
		return name
	}
	return UnknownCommand
}

// answersDropped counts answers the feedback record lost.
func (m *Metrics) answersDropped(n int) {
	if m != nil {
		m.dropped.Add(float64(n))
	}
}

// Handler serves the metrics in Prometheus' text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{})
}

func (m *Metrics) observeReply(platform string, r commands.Reply, d time.Duration) {
	if m == nil {
		return
	}
	outcome := "found"
	if !r.Found {
		outcome = string(r.Code)
		if outcome == "" {
			outcome = "not_found"
		}
	}
	command := m.commandLabel(r.Command)
	m.latency.WithLabelValues(command).Observe(d.Seconds())
	m.replies.WithLabelValues(platform, command, outcome).Inc()
}

func (m *Metrics) observeRequest(route string, status int) {
	if m == nil {
		return
	}
	m.requests.WithLabelValues(route, strconv.Itoa(status)).Inc()
}
