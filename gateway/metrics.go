package gateway

import (
	"context"
	"math/big"
	"net/http"
	"time"

	"github.com/sibyl-ai/sibyl/metrics"
)

// Metrics is what the gateway records. metrics.Prometheus (role "gateway")
// implements it as sibyl_gateway_* series; metrics.Noop records nothing.
type Metrics interface {
	// RecordCall observes an answered call: its endpoint, the model and
	// route it named ("-" when it named none the gateway knows), the HTTP
	// status, and the time from its arrival to the end of its answer.
	RecordCall(endpoint, model, route string, status int, d time.Duration)
	// RecordError counts an error answer by endpoint and error code.
	RecordError(endpoint, code string)
	// RecordFee adds a request's fee, in wei or (currency: the token's
	// address) the fee token's smallest units.
	RecordFee(model, currency string, amount *big.Int)
	// RecordRequestEvent counts a confirmed event of one of the gateway's
	// requests (created, delivered, finalized, voided, refunded).
	RecordRequestEvent(model, event string)
	// SetCallsInFlight sets the number of calls being served.
	SetCallsInFlight(n int)
}

var _ Metrics = metrics.Noop{}
var _ Metrics = (*metrics.Prometheus)(nil)

// callInfo is what a handler learns about its call for the metrics.
type callInfo struct {
	endpoint, model, route, code string
}

type callInfoKey struct{}

// noteCall records the model and route a call resolved to.
func noteCall(r *http.Request, model, route string) {
	if info, ok := r.Context().Value(callInfoKey{}).(*callInfo); ok {
		info.model, info.route = model, route
	}
}

// observedWriter keeps the status and error code of an answer.
type observedWriter struct {
	http.ResponseWriter
	status int
	info   *callInfo
}

func (w *observedWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *observedWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection (to flush streams).
func (w *observedWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// noteError records an error answer's code (also one sent inside a stream).
func noteError(w http.ResponseWriter, code string) {
	if ow, ok := w.(*observedWriter); ok {
		ow.info.code = code
	}
}

// observe measures every call of an endpoint.
func (g *Gateway) observe(endpoint string, next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		info := &callInfo{endpoint: endpoint, model: "-", route: "-"}
		ow := &observedWriter{ResponseWriter: w, info: info}
		g.metrics.SetCallsInFlight(int(g.serving.Add(1)))
		defer func() {
			g.metrics.SetCallsInFlight(int(g.serving.Add(-1)))
			if ow.status == 0 {
				ow.status = http.StatusOK
			}
			g.metrics.RecordCall(endpoint, info.model, info.route, ow.status, time.Since(start))
			if info.code != "" {
				g.metrics.RecordError(endpoint, info.code)
			}
		}()
		next(ow, r.WithContext(context.WithValue(r.Context(), callInfoKey{}, info)))
	}
}
