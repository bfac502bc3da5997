// Package metrics holds the Prometheus metrics of sibyl's nodes behind the
// Metricer interface, with a no-op implementation for tests and for nodes
// that serve no metrics.
package metrics

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"strconv"
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

// RecordCall implements the gateway's metrics.
func (Noop) RecordCall(string, string, string, int, time.Duration) {}

// RecordError implements the gateway's metrics.
func (Noop) RecordError(string, string) {}

// RecordFee implements the gateway's metrics.
func (Noop) RecordFee(string, string, *big.Int) {}

// RecordRequestEvent implements the gateway's metrics.
func (Noop) RecordRequestEvent(string, string) {}

// SetCallsInFlight implements the gateway's metrics.
func (Noop) SetCallsInFlight(int) {}

// Prometheus is a Metricer backed by its own registry.
type Prometheus struct {
	Registry  *prometheus.Registry
	requests  *prometheus.CounterVec
	execution *prometheus.HistogramVec
	disputes  *prometheus.CounterVec
	txs       *prometheus.CounterVec
	block     *prometheus.GaugeVec
	balance   *prometheus.GaugeVec
	// The gateway's (package gateway's Metrics).
	calls, callErrors, fees, events *prometheus.CounterVec
	callSeconds                     *prometheus.HistogramVec
	inFlight                        prometheus.Gauge
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
	if role == "gateway" {
		m.calls = prometheus.NewCounterVec(prometheus.CounterOpts(withHelp(f("calls_total"),
			"API calls answered, by endpoint, model, route and HTTP status.")), []string{"endpoint", "model", "route", "status"})
		m.callSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: "sibyl", Subsystem: role, Name: "call_seconds",
			Help:    "Time from a call's arrival to its answer's end (a result with its receipt, or an error), by endpoint, model, route and HTTP status.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 18)}, []string{"endpoint", "model", "route", "status"})
		m.callErrors = prometheus.NewCounterVec(prometheus.CounterOpts(withHelp(f("errors_total"),
			"Error answers by endpoint and error code (OpenAI-style codes such as invalid_request, rate_limit_exceeded, result_timeout).")), []string{"endpoint", "code"})
		m.fees = prometheus.NewCounterVec(prometheus.CounterOpts(withHelp(f("fees_total"),
			"Request fees paid on chain, in wei or (currency = the token's address) the fee token's smallest units.")), []string{"model", "currency"})
		m.events = prometheus.NewCounterVec(prometheus.CounterOpts(withHelp(f("request_events_total"),
			"Confirmed events of the gateway's requests: created, delivered, finalized, voided, refunded.")), []string{"model", "event"})
		m.inFlight = prometheus.NewGauge(prometheus.GaugeOpts(withHelp(f("calls_in_flight"), "Calls being served (waiting for their results included).")))
		r.MustRegister(m.calls, m.callSeconds, m.callErrors, m.fees, m.events, m.inFlight)
	}
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

// RecordCall implements the gateway's metrics (a no-op outside the gateway role).
func (m *Prometheus) RecordCall(endpoint, model, route string, status int, d time.Duration) {
	if m.calls == nil {
		return
	}
	code := strconv.Itoa(status)
	m.calls.WithLabelValues(endpoint, model, route, code).Inc()
	m.callSeconds.WithLabelValues(endpoint, model, route, code).Observe(d.Seconds())
}

// RecordError implements the gateway's metrics.
func (m *Prometheus) RecordError(endpoint, code string) {
	if m.callErrors != nil {
		m.callErrors.WithLabelValues(endpoint, code).Inc()
	}
}

// RecordFee implements the gateway's metrics.
func (m *Prometheus) RecordFee(model, currency string, amount *big.Int) {
	if m.fees != nil && amount != nil {
		f, _ := new(big.Float).SetInt(amount).Float64()
		m.fees.WithLabelValues(model, currency).Add(f)
	}
}

// RecordRequestEvent implements the gateway's metrics.
func (m *Prometheus) RecordRequestEvent(model, event string) {
	if m.events != nil {
		m.events.WithLabelValues(model, event).Inc()
	}
}

// SetCallsInFlight implements the gateway's metrics.
func (m *Prometheus) SetCallsInFlight(n int) {
	if m.inFlight != nil {
		m.inFlight.Set(float64(n))
	}
}

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
