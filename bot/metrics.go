package bot

import (
	"net/http"
	"strconv"
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
}

// NewMetrics registers briefbot's series (and the Go runtime's) on a new registry.
func NewMetrics() *Metrics {
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
	}
	m.Registry.MustRegister(m.requests, m.latency, m.replies,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
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
	m.latency.WithLabelValues(r.Command).Observe(d.Seconds())
	m.replies.WithLabelValues(platform, r.Command, outcome).Inc()
}

func (m *Metrics) observeRequest(route string, status int) {
	if m == nil {
		return
	}
	m.requests.WithLabelValues(route, strconv.Itoa(status)).Inc()
}
