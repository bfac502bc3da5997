package metrics

import (
	"context"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestPrometheusServe(t *testing.T) {
	m := NewPrometheus("miner")
	m.RecordRequest("delivered")
	m.RecordRequest("delivered")
	m.RecordExecution("mlp", 3*time.Millisecond)
	m.RecordDispute("defender", "lost")
	m.SetProcessedBlock("requests", 42)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr, err := m.Serve(ctx, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get("http://" + addr.String() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`sibyl_miner_requests_total{status="delivered"} 2`,
		`sibyl_miner_processed_block{watcher="requests"} 42`,
		`sibyl_miner_disputes_total{event="lost",role="defender"} 1`,
		`sibyl_miner_execution_seconds_count{model="mlp"} 1`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics output lacks %q", want)
		}
	}
	var _ Metricer = Noop{}
}

// The gateway role's series: calls with their latency, errors, fees (a
// wei amount beyond 2^64 included), request events and calls in flight;
// other roles do not carry them.
func TestGatewayMetrics(t *testing.T) {
	m := NewPrometheus("gateway")
	m.RecordCall("chat_completions", "kjv", "attested", 200, 1500*time.Millisecond)
	m.RecordCall("chat_completions", "kjv", "attested", 200, 500*time.Millisecond)
	m.RecordError("inference", "invalid_input")
	fee, _ := new(big.Int).SetString("20000000000000000000", 10) // 20 ether
	m.RecordFee("kjv", "wei", fee)
	m.RecordRequestEvent("kjv", "delivered")
	m.SetCallsInFlight(3)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr, err := m.Serve(ctx, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get("http://" + addr.String() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`sibyl_gateway_calls_total{endpoint="chat_completions",model="kjv",route="attested",status="200"} 2`,
		`sibyl_gateway_call_seconds_sum{endpoint="chat_completions",model="kjv",route="attested",status="200"} 2`,
		`sibyl_gateway_errors_total{code="invalid_input",endpoint="inference"} 1`,
		`sibyl_gateway_fees_total{currency="wei",model="kjv"} 2e+19`,
		`sibyl_gateway_request_events_total{event="delivered",model="kjv"} 1`,
		`sibyl_gateway_calls_in_flight 3`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics output lacks %q", want)
		}
	}
	miner := NewPrometheus("miner")
	miner.RecordCall("inference", "kjv", "attested", 200, time.Second) // not a gateway: nothing recorded
	miner.RecordFee("kjv", "wei", fee)
	families, err := miner.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if strings.HasPrefix(f.GetName(), "sibyl_miner_call") || strings.HasPrefix(f.GetName(), "sibyl_miner_fees") {
			t.Errorf("a miner carries %s", f.GetName())
		}
	}
}
