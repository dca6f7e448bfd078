package digest

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Edition outcomes, as counted.
const (
	outcomePosted   = "posted"
	outcomeCaughtUp = "caught_up"
	outcomeFailed   = "failed"
	outcomeSkipped  = "skipped"
	outcomeMissed   = "missed"
	outcomeUnknown  = "unknown"
)

// Why an attempt failed: a closed set, so a platform's error text never becomes a label.
const (
	reasonTransient   = "transient"    // 5xx, connection refused: not posted
	reasonRateLimited = "rate_limited" // the platform named a wait
	reasonUnknown     = "unknown"      // timed out or dropped after sending
	reasonPermanent   = "permanent"    // channel gone, access lost: the digest pauses
	reasonCheck       = "check_failed" // the platform could not say whether it was posted
	reasonEdition     = "edition"      // composing the edition failed (the database)
)

// Metrics describe digest delivery: editions by outcome, how late they were posted, the
// ledger's pending work, and failed attempts by reason.
type Metrics struct {
	editions *prometheus.CounterVec
	lagHist  prometheus.Histogram
	slots    *prometheus.GaugeVec
	failures *prometheus.CounterVec
}

// NewMetrics registers the digest series on reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		editions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_digest_editions_total",
			Help: "Digest slots settled, by outcome: posted, caught_up (posted late), failed (for good), skipped (beyond grace while down), missed (retries ran out at the grace period), unknown (may have posted; the platform cannot tell).",
		}, []string{"outcome"}),
		lagHist: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "briefbot_digest_lag_seconds",
			Help:    "Time from a digest slot being due to its edition being posted.",
			Buckets: []float64{0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900, 1800, 3600},
		}),
		slots: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "briefbot_digest_slots",
			Help: "Pending digest slots in the ledger, as this replica last saw it: pending (held under a live lease) and retrying (waiting for their next attempt).",
		}, []string{"state"}),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_digest_failures_total",
			Help: "Failed digest delivery attempts by reason: transient, rate_limited, unknown, permanent, check_failed, edition.",
		}, []string{"reason"}),
	}
	// Export zeros, so dashboards see every series.
	for _, o := range []string{outcomePosted, outcomeCaughtUp, outcomeFailed, outcomeSkipped, outcomeMissed, outcomeUnknown} {
		m.editions.WithLabelValues(o)
	}
	for _, r := range []string{reasonTransient, reasonRateLimited, reasonUnknown, reasonPermanent, reasonCheck, reasonEdition} {
		m.failures.WithLabelValues(r)
	}
	m.slots.WithLabelValues("pending")
	m.slots.WithLabelValues("retrying")
	reg.MustRegister(m.editions, m.lagHist, m.slots, m.failures)
	return m
}

func (m *Metrics) edition(outcome string, n int) {
	if m == nil || n <= 0 {
		return
	}
	m.editions.WithLabelValues(outcome).Add(float64(n))
}

func (m *Metrics) lag(d time.Duration) {
	if m != nil {
		m.lagHist.Observe(max(d, 0).Seconds())
	}
}

func (m *Metrics) ledger(leased, waiting int) {
	if m != nil {
		m.slots.WithLabelValues("pending").Set(float64(leased))
		m.slots.WithLabelValues("retrying").Set(float64(waiting))
	}
}

func (m *Metrics) failure(reason string) {
	if m != nil {
		m.failures.WithLabelValues(reason).Inc()
	}
}
