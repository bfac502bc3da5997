// Package metrics holds the Prometheus metrics of sibyl's nodes behind the
// Metricer interface, with a no-op implementation for tests and for nodes
// that serve no metrics.
package metrics

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metricer is what miner, challenger and chain plumbing record.
type Metricer interface {
	// RecordRequest counts a request reaching a status (seen, executed, delivered, failed, ...).
	RecordRequest(status string)
	// RecordExecution observes the wall time of one model execution.
	RecordExecution(model string, d time.Duration)
	// RecordDispute counts a dispute event for a role (opened, won, lost).
	RecordDispute(role, event string)
	// RecordTx counts a transaction outcome per label (mined, reverted, failed).
	RecordTx(label, outcome string)
	// SetProcessedBlock sets the latest block a watcher processed.
	SetProcessedBlock(watcher string, n uint64)
	// SetBalance sets an account's balance in wei (as a float, for alerting only).
	SetBalance(account string, wei float64)
}

// Noop records nothing.
type Noop struct{}

var _ Metricer = Noop{}

// RecordRequest implements Metricer.
func (Noop) RecordRequest(string) {}

// RecordExecution implements Metricer.
func (Noop) RecordExecution(string, time.Duration) {}

// RecordDispute implements Metricer.
func (Noop) RecordDispute(string, string) {}

// RecordTx implements Metricer.
func (Noop) RecordTx(string, string) {}

// SetProcessedBlock implements Metricer.
func (Noop) SetProcessedBlock(string, uint64) {}

// SetBalance implements Metricer.
func (Noop) SetBalance(string, float64) {}

// Prometheus is a Metricer backed by its own registry.
type Prometheus struct {
	Registry  *prometheus.Registry
	requests  *prometheus.CounterVec
	execution *prometheus.HistogramVec
	disputes  *prometheus.CounterVec
	txs       *prometheus.CounterVec
	block     *prometheus.GaugeVec
	balance   *prometheus.GaugeVec
}

var _ Metricer = (*Prometheus)(nil)

// NewPrometheus registers sibyl's metrics (namespace "sibyl", subsystem = role) and the Go runtime collectors.
func NewPrometheus(role string) *Prometheus {
	r := prometheus.NewRegistry()
	r.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	f := func(name string) prometheus.Opts {
		return prometheus.Opts{Namespace: "sibyl", Subsystem: role, Name: name}
	}
	m := &Prometheus{
		Registry: r,
		requests: prometheus.NewCounterVec(prometheus.CounterOpts(withHelp(f("requests_total"), "Requests by status reached.")), []string{"status"}),
		execution: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: "sibyl", Subsystem: role, Name: "execution_seconds",
			Help: "Wall time of one model execution.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16)}, []string{"model"}),
		disputes: prometheus.NewCounterVec(prometheus.CounterOpts(withHelp(f("disputes_total"), "Dispute events by role.")), []string{"role", "event"}),
		txs:      prometheus.NewCounterVec(prometheus.CounterOpts(withHelp(f("transactions_total"), "Transactions by label and outcome.")), []string{"label", "outcome"}),
		block:    prometheus.NewGaugeVec(prometheus.GaugeOpts(withHelp(f("processed_block"), "Latest block a watcher processed.")), []string{"watcher"}),
		balance:  prometheus.NewGaugeVec(prometheus.GaugeOpts(withHelp(f("balance_wei"), "Account balance in wei.")), []string{"account"}),
	}
	r.MustRegister(m.requests, m.execution, m.disputes, m.txs, m.block, m.balance)
	return m
}

func withHelp(o prometheus.Opts, help string) prometheus.Opts { o.Help = help; return o }

// RecordRequest implements Metricer.
func (m *Prometheus) RecordRequest(status string) { m.requests.WithLabelValues(status).Inc() }

// RecordExecution implements Metricer.
func (m *Prometheus) RecordExecution(model string, d time.Duration) {
	m.execution.WithLabelValues(model).Observe(d.Seconds())
}

// RecordDispute implements Metricer.
func (m *Prometheus) RecordDispute(role, event string) { m.disputes.WithLabelValues(role, event).Inc() }

// RecordTx implements Metricer.
func (m *Prometheus) RecordTx(label, outcome string) { m.txs.WithLabelValues(label, outcome).Inc() }

// SetProcessedBlock implements Metricer.
func (m *Prometheus) SetProcessedBlock(w string, n uint64) {
	m.block.WithLabelValues(w).Set(float64(n))
}

// SetBalance implements Metricer.
func (m *Prometheus) SetBalance(a string, wei float64) { m.balance.WithLabelValues(a).Set(wei) }

// Serve serves /metrics on addr until ctx ends. It returns once listening
// (the listener's address, useful with port 0) and serves in the background.
func (m *Prometheus) Serve(ctx context.Context, addr string) (net.Addr, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: listen on %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{}))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			fmt.Printf("metrics server: %v\n", err)
		}
	}()
	return ln.Addr(), nil
}
