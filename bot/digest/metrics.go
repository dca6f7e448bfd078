package digest

import "github.com/prometheus/client_golang/prometheus"

const (
	outcomePosted   = "posted"
	outcomeCaughtUp = "caught_up"
	outcomeFailed   = "failed"
	outcomeSkipped  = "skipped"
)

// Metrics count digest editions by outcome: posted on time, caught up (posted late after
// downtime), failed, and skipped (missed beyond the grace window).
type Metrics struct {
	editions *prometheus.CounterVec
}

// NewMetrics registers the digest series on reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{editions: prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "briefbot_digest_editions_total",
		Help: "Digest editions by outcome: posted, caught_up, failed, skipped.",
	}, []string{"outcome"})}
	for _, o := range []string{outcomePosted, outcomeCaughtUp, outcomeFailed, outcomeSkipped} {
		m.editions.WithLabelValues(o) // export zeros, so dashboards see every series
	}
	reg.MustRegister(m.editions)
	return m
}

func (m *Metrics) add(outcome string, n int) {
	if m == nil || n <= 0 {
		return
	}
	m.editions.WithLabelValues(outcome).Add(float64(n))
}
