// Command loadtest puts the gateway under a bounded local load: it starts a
// devnet network (embedded chain, contracts, the shipped MLP, an honest miner
// with a simulated enclave, a challenger) with a gateway in front of it on
// 127.0.0.1, runs N concurrent clients calling POST /v1/inference (or, for
// a language model such as models/kjv/kjv.sibyl, POST /v1/chat/completions)
// for a fixed time, then waits until every accepted call has ended in a result or a
// refund, and prints one JSON report: calls per second, latency to receipt
// (p50, p90, p99, max), errors by code, and the accounting of every accepted
// call. Traffic stays on the loopback interface. scripts/bench-gateway.sh runs it.
package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/sibyl-ai/sibyl/dataset/fashionmnist"
	"github.com/sibyl-ai/sibyl/devnet"
	"github.com/sibyl-ai/sibyl/gateway"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

type result struct {
	latency time.Duration
	code    string // "" for success
	id      string
	tokens  int // completion tokens of a chat answer
}

// Report is what the run measured.
type Report struct {
	Clients   int     `json:"clients"`
	Seconds   float64 `json:"seconds"`
	Route     string  `json:"route"`
	Model     string  `json:"model"`
	Endpoint  string  `json:"endpoint"`
	BlockMS   int64   `json:"block_period_ms"`
	MaxTokens int     `json:"max_tokens,omitempty"` // chat: tokens asked per call
	// Tokens are the completion tokens of the successful chat calls (from their usage).
	Tokens          int                `json:"completion_tokens,omitempty"`
	TokensPerSecond float64            `json:"completion_tokens_per_second,omitempty"`
	Calls           int                `json:"calls"`
	OK              int                `json:"ok"`
	Errors          map[string]int     `json:"errors"`
	CallsPerSecond  float64            `json:"calls_per_second"`
	OKPerSecond     float64            `json:"ok_per_second"`
	LatencyMS       map[string]float64 `json:"latency_ms"` // to the answer with its receipt, successful calls
	// Accepted calls are those the gateway sent on chain (every success, and
	// timeouts that carry a receipt); each must end in a result or a refund.
	Accepted    int `json:"accepted"`
	EndedResult int `json:"ended_in_result"`
	EndedRefund int `json:"ended_in_refund"`
	Lost        int `json:"lost"`
	// OnChainRequests counts the gateway's requests the chain recorded (the
	// watcher's records): equal to Accepted when nothing was sent twice or lost.
	OnChainRequests int     `json:"on_chain_requests"`
	Blocks          uint64  `json:"blocks"`
	DrainSeconds    float64 `json:"drain_seconds"`
}

func main() {
	var (
		clients  = flag.Int("clients", 200, "concurrent clients")
		duration = flag.Duration("duration", 60*time.Second, "how long clients send")
		route    = flag.String("route", "attested", "route of every call")
		model    = flag.String("model", "models/fmnist_mlp.sibyl", "model program (a transformer program is called through chat completions)")
		tokens   = flag.Int("max-tokens", 16, "chat: max_tokens of each call")
		block    = flag.Duration("block", time.Second, "block period of the embedded chain (each block moves chain time at least 1 s: "+
			"shorter periods make chain time, and with it the response window and the request TTL, run faster than the clock)")
		dir     = flag.String("dir", "", "development key directory (default: the devnet's cache)")
		verbose = flag.Bool("v", false, "log the nodes' warnings")
	)
	flag.Parse()
	if *clients < 1 || *clients > 5000 || *duration <= 0 || *duration > 10*time.Minute {
		fmt.Fprintln(os.Stderr, "loadtest: -clients must be in 1..5000 and -duration in (0, 10m]")
		os.Exit(2)
	}
	if *block < 10*time.Millisecond || *block > 10*time.Second {
		fmt.Fprintln(os.Stderr, "loadtest: -block must be in 10ms..10s")
		os.Exit(2)
	}
	if *tokens < 1 || *tokens > 1024 {
		fmt.Fprintln(os.Stderr, "loadtest: -max-tokens must be in 1..1024")
		os.Exit(2)
	}
	if err := run(*clients, *duration, *route, *model, *dir, *tokens, *block, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

func run(clients int, duration time.Duration, route, modelPath, dir string, maxTokens int, block time.Duration, verbose bool) error {
	ctx := context.Background()
	var (
		prog *runtime.Program
		lm   *transformer.Program
		err  error
	)
	if isTransformerProgram(modelPath) {
		if lm, err = transformer.Open(modelPath); err != nil {
			return err
		}
		defer lm.Close()
	} else if prog, err = runtime.Load(modelPath); err != nil {
		return err
	}
	if dir == "" {
		cache, err := os.UserCacheDir()
		if err != nil {
			return err
		}
		dir = filepath.Join(cache, "sibyl", "devnet")
	}
	lv := slog.LevelError
	if verbose {
		lv = slog.LevelWarn
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: lv}))
	name := filepath.Base(modelPath)
	name = name[:len(name)-len(filepath.Ext(name))]
	fmt.Fprintf(os.Stderr, "starting the network (%s; development keys in %s)\n", name, dir)
	opts := devnet.NetworkOptions{Dir: dir, Port: -1, Log: log, BlockPeriod: block}
	var gwProgs []*runtime.Program
	var gwLLMs []*transformer.Program
	if lm != nil {
		opts.LLMs, gwLLMs = []devnet.NamedLLM{{Name: name, Program: lm}}, []*transformer.Program{lm}
	} else {
		opts.Programs, gwProgs = []devnet.NamedProgram{{Name: name, Program: prog}}, []*runtime.Program{prog}
	}
	n, err := devnet.StartNetwork(ctx, opts)
	if err != nil {
		return err
	}
	defer n.Close()
	runDir, err := os.MkdirTemp("", "sibyl-loadtest-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(runDir)
	info, _, stop, err := devnet.StartGateway(ctx, n.Chain, n.Addrs, devnet.GatewayOptions{
		Addr: "127.0.0.1:0", Programs: gwProgs, LLMs: gwLLMs, Dir: runDir, PollEvery: 100 * time.Millisecond, Log: log,
		Gateway: gateway.Config{WaitTimeout: 60 * time.Second, RequestTTL: 5 * time.Minute, MaxInFlight: 4 * clients},
	})
	if err != nil {
		return err
	}
	defer stop()
	images, imgErr := fashionmnist.Load("", fashionmnist.Test)
	endpoint := "/inference"
	// body is call i's request: an image (or random bytes) for a tensor
	// model; for a language model a sampled chat completion of one of a few
	// prompts, with a seed of its own.
	body := func(i int) []byte {
		if lm != nil {
			b, _ := json.Marshal(map[string]any{"model": name, "route": route, "max_tokens": maxTokens, "temperature": 0.8, "seed": i,
				"messages": []map[string]string{{"role": "user", "content": prompts[i%len(prompts)]}}})
			return b
		}
		in := runtimetest.Bytes(uint64(i), prog.InputShape().Elems())
		if imgErr == nil && prog.InputShape().Elems() == fashionmnist.ImageSize {
			in = images.Image(i % images.Len())
		}
		b, _ := json.Marshal(gateway.InferenceRequest{Model: name, InputBase64: base64.StdEncoding.EncodeToString(in), Route: route})
		return b
	}
	if lm != nil {
		endpoint = "/chat/completions"
	}
	head0, err := n.Chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gateway %s; %d clients for %s on route %s\n", info.URL, clients, duration, route)
	client := &http.Client{Timeout: 2 * time.Minute, Transport: &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}}
	var (
		mu      sync.Mutex
		results []result
		wg      sync.WaitGroup
	)
	start := time.Now()
	end := start.Add(duration)
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; time.Now().Before(end); i++ {
				r := call(client, info, endpoint, body(c*100_000+i))
				mu.Lock()
				results = append(results, r)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	rep := &Report{Clients: clients, Seconds: elapsed.Seconds(), Route: route, Model: name, Endpoint: "POST /v1" + endpoint, BlockMS: block.Milliseconds(), Calls: len(results),
		Errors: map[string]int{}, LatencyMS: map[string]float64{}}
	if lm != nil {
		rep.MaxTokens = maxTokens
	}
	var lat []time.Duration
	accepted := map[string]bool{}
	for _, r := range results {
		if r.id != "" {
			accepted[r.id] = true
		}
		if r.code == "" {
			rep.OK++
			rep.Tokens += r.tokens
			lat = append(lat, r.latency)
		} else {
			rep.Errors[r.code]++
		}
	}
	rep.Accepted = len(accepted)
	rep.CallsPerSecond = float64(rep.Calls) / elapsed.Seconds()
	rep.OKPerSecond = float64(rep.OK) / elapsed.Seconds()
	rep.TokensPerSecond = float64(rep.Tokens) / elapsed.Seconds()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		if len(lat) == 0 {
			return 0
		}
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	rep.LatencyMS["p50"], rep.LatencyMS["p90"], rep.LatencyMS["p99"], rep.LatencyMS["max"] = pct(0.50), pct(0.90), pct(0.99), pct(1)
	head1, err := n.Chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	rep.Blocks = head1.Number.Uint64() - head0.Number.Uint64()

	// Drain: every accepted call must end in a result or a refund.
	fmt.Fprintf(os.Stderr, "%d calls, %d ok; draining %d accepted calls\n", rep.Calls, rep.OK, rep.Accepted)
	drainStart := time.Now()
	deadline := drainStart.Add(10 * time.Minute)
	for {
		res, ref, lost := 0, 0, 0
		for id := range accepted {
			st := receiptStatus(client, info, id)
			switch st {
			case "delivered", "final":
				res++
			case "refunded":
				ref++
			default:
				lost++
			}
		}
		rep.EndedResult, rep.EndedRefund, rep.Lost = res, ref, lost
		if lost == 0 || time.Now().After(deadline) {
			break
		}
		// Pending requests are refunded after their deadline: move chain time on.
		if time.Since(drainStart) > 30*time.Second {
			n.Chain.AdjustTime(6 * time.Minute)
		}
		time.Sleep(2 * time.Second)
	}
	rep.DrainSeconds = time.Since(drainStart).Seconds()
	rep.OnChainRequests = countOnChain(client, info, accepted)
	out, _ := json.MarshalIndent(rep, "", "  ")
	fmt.Println(string(out))
	if rep.Lost > 0 {
		return fmt.Errorf("%d accepted calls ended in neither a result nor a refund", rep.Lost)
	}
	return nil
}

func call(client *http.Client, info *devnet.GatewayInfo, endpoint string, body []byte) result {
	req, _ := http.NewRequest("POST", info.URL+endpoint, bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+info.APIKey)
	req.Header.Set("Content-Type", "application/json")
	t0 := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return result{latency: time.Since(t0), code: "transport"}
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	lat := time.Since(t0)
	if resp.StatusCode == 200 {
		var ok struct {
			Receipt struct {
				RequestID string `json:"request_id"`
				Status    string `json:"status"`
			} `json:"receipt"`
			Usage struct {
				CompletionTokens int `json:"completion_tokens"`
			} `json:"usage"`
		}
		if json.Unmarshal(b, &ok) != nil || ok.Receipt.RequestID == "" {
			return result{latency: lat, code: "no_receipt"}
		}
		return result{latency: lat, id: ok.Receipt.RequestID, tokens: ok.Usage.CompletionTokens}
	}
	var e struct {
		Error struct {
			Code    string `json:"code"`
			Receipt *struct {
				RequestID string `json:"request_id"`
			} `json:"receipt"`
		} `json:"error"`
	}
	json.Unmarshal(b, &e)
	r := result{latency: lat, code: fmt.Sprintf("%d %s", resp.StatusCode, e.Error.Code)}
	if e.Error.Receipt != nil {
		r.id = e.Error.Receipt.RequestID
	}
	return r
}

func receiptStatus(client *http.Client, info *devnet.GatewayInfo, id string) string {
	req, _ := http.NewRequest("GET", info.URL+"/receipts/"+id, nil)
	req.Header.Set("Authorization", "Bearer "+info.APIKey)
	resp, err := client.Do(req)
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	var r struct {
		Status string `json:"status"`
	}
	json.NewDecoder(resp.Body).Decode(&r)
	return r.Status
}

// countOnChain counts the requests the gateway recorded from the chain (ids
// 1..max+50: on this network every request is the gateway's): a request sent
// whose call got no receipt would show as one more than the accepted calls.
func countOnChain(client *http.Client, info *devnet.GatewayInfo, accepted map[string]bool) int {
	n := 0
	max := big.NewInt(0)
	for id := range accepted {
		v, _ := new(big.Int).SetString(id, 10)
		if v != nil && v.Cmp(max) > 0 {
			max = v
		}
	}
	for i := int64(1); i <= max.Int64()+50; i++ {
		if receiptStatus(client, info, fmt.Sprint(i)) != "" {
			n++
		}
	}
	return n
}

// prompts are the chat load's prompts (the shipped model is trained on the KJV).
var prompts = []string{"In the beginning God", "And the LORD said unto Moses", "Blessed are the", "The LORD is my shepherd",
	"And it came to pass", "For God so loved"}

// isTransformerProgram reports whether path holds a transformer program (its magic).
func isTransformerProgram(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	b := make([]byte, len(transformer.Magic))
	_, err = io.ReadFull(f, b)
	return err == nil && string(b) == transformer.Magic
}
