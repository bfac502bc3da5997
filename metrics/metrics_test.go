package metrics

import (
	"context"
	"io"
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
