package store

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, dir
}

func TestRecordsRoundTrip(t *testing.T) {
	s, _ := openTemp(t)
	id := common.HexToHash("0x01")
	req := &Request{ID: id, ModelID: common.HexToHash("0xaa"), Input: []byte{1, 2, 3}, Status: RequestSeen, Block: 7}
	tr := &Trace{RequestID: id, Input: []byte{1, 2, 3}, Output: []byte{9}, Commitments: []common.Hash{{1}, {2}, {3}}, FaultStep: -1}
	if err := s.Update(func(b *Batch) error {
		if err := b.PutRequest(req); err != nil {
			return err
		}
		return b.PutTrace(tr)
	}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Request(id)
	if err != nil || got.Block != 7 || string(got.Input) != "\x01\x02\x03" {
		t.Fatalf("request = %+v, %v", got, err)
	}
	gt, err := s.Trace(id)
	if err != nil || gt.Steps() != 2 || gt.Commitments[2] != (common.Hash{3}) {
		t.Fatalf("trace = %+v, %v", gt, err)
	}
	// A trace as delivery stores it: C_0, C_N and N, the intermediate commitments not computed.
	lazy := &Trace{RequestID: common.HexToHash("0x02"), Input: []byte{1}, Output: []byte{2}, N: 5, C0: common.Hash{7}, CN: common.Hash{8}, FaultStep: -1}
	if err := s.Update(func(b *Batch) error { return b.PutTrace(lazy) }); err != nil {
		t.Fatal(err)
	}
	if gl, err := s.Trace(lazy.RequestID); err != nil || gl.Steps() != 5 || len(gl.Commitments) != 0 {
		t.Fatalf("lazy trace = %+v, %v", gl, err)
	} else if c0, cN := gl.Claims(); c0 != (common.Hash{7}) || cN != (common.Hash{8}) {
		t.Fatalf("lazy trace claims %x %x", c0, cN)
	}
	if c0, cN := gt.Claims(); c0 != (common.Hash{1}) || cN != (common.Hash{3}) {
		t.Fatalf("claims of a full trace %x %x", c0, cN)
	}
	if list, _ := s.Requests(RequestExecuted); len(list) != 0 {
		t.Fatalf("filter by status returned %d records", len(list))
	}
	if list, _ := s.Requests(RequestSeen); len(list) != 1 {
		t.Fatalf("filter by status returned %d records", len(list))
	}
	if err := s.Update(func(b *Batch) error { return b.DeleteRequest(id) }); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Trace(id); !errors.Is(err, ErrNotFound) {
		t.Fatalf("trace after delete: %v", err)
	}
	if err := s.Update(func(b *Batch) error { return b.PutTrace(&Trace{RequestID: id}) }); err == nil {
		t.Fatal("empty trace accepted")
	}
}

func TestPendingTxsOrderedByNonce(t *testing.T) {
	s, _ := openTemp(t)
	a, other := common.HexToAddress("0x11"), common.HexToAddress("0x22")
	for _, n := range []uint64{300, 2, 256} {
		if err := s.Update(func(b *Batch) error { return b.PutPendingTx(&PendingTx{From: a, Nonce: n}) }); err != nil {
			t.Fatal(err)
		}
	}
	s.Update(func(b *Batch) error { return b.PutPendingTx(&PendingTx{From: other, Nonce: 1}) })
	list, err := s.PendingTxs(a)
	if err != nil || len(list) != 3 || list[0].Nonce != 2 || list[1].Nonce != 256 || list[2].Nonce != 300 {
		t.Fatalf("pending = %v, %v", list, err)
	}
	s.Update(func(b *Batch) error { return b.DeletePendingTx(a, 256) })
	if list, _ := s.PendingTxs(a); len(list) != 2 {
		t.Fatalf("after delete: %d", len(list))
	}
}

func TestCursorBlocksEvents(t *testing.T) {
	s, _ := openTemp(t)
	if _, ok, err := s.Cursor("w"); ok || err != nil {
		t.Fatalf("fresh cursor: %v %v", ok, err)
	}
	if _, _, err := s.Cursor("a/b"); !errors.Is(err, ErrBadName) {
		t.Fatalf("bad name accepted: %v", err)
	}
	logs := []*types.Log{
		{BlockNumber: 5, TxHash: common.Hash{1}, Index: 0, BlockHash: common.Hash{5}},
		{BlockNumber: 9, TxHash: common.Hash{2}, Index: 3, BlockHash: common.Hash{9}},
		{BlockNumber: 300, TxHash: common.Hash{3}, Index: 1, BlockHash: common.Hash{0xee}},
	}
	err := s.Update(func(b *Batch) error {
		for _, l := range logs {
			if err := b.MarkEvent("w", l); err != nil {
				return err
			}
			if err := b.PutBlock("w", l.BlockNumber, l.BlockHash); err != nil {
				return err
			}
		}
		// Another watcher's records must not leak into "w".
		b.PutBlock("w2", 6, common.Hash{6})
		return b.SetCursor("w", Cursor{Number: 300, Hash: common.Hash{0xee}})
	})
	if err != nil {
		t.Fatal(err)
	}
	c, ok, err := s.Cursor("w")
	if !ok || err != nil || c.Number != 300 {
		t.Fatalf("cursor = %v %v %v", c, ok, err)
	}
	ev, err := s.EventsFrom("w", 9)
	if err != nil || len(ev) != 2 || ev[0].BlockNumber != 9 || ev[1].BlockNumber != 300 {
		t.Fatalf("events from 9 = %v, %v", ev, err)
	}
	handled, _ := s.EventHandled("w", KeyOf(logs[0]))
	reincluded := *logs[0]
	reincluded.BlockHash = common.Hash{0x55}
	other, _ := s.EventHandled("w", KeyOf(&reincluded))
	if !handled || other {
		t.Fatalf("handled=%v reincluded=%v", handled, other)
	}
	blocks, _ := s.RecordedBlocks("w", 0)
	if len(blocks) != 3 || blocks[2].Number != 300 {
		t.Fatalf("blocks = %v", blocks)
	}
	s.Update(func(b *Batch) error { return b.DeleteBlocksFrom("w", 9) })
	s.Update(func(b *Batch) error { return b.DeleteBlocksBelow("w", 0, 5) })
	blocks, _ = s.RecordedBlocks("w", 0)
	if len(blocks) != 1 || blocks[0].Number != 5 {
		t.Fatalf("blocks after delete = %v", blocks)
	}
	if b2, _ := s.RecordedBlocks("w2", 0); len(b2) != 1 {
		t.Fatalf("w2 blocks = %v", b2)
	}
}

func TestRefusesUnknownSchema(t *testing.T) {
	dir := t.TempDir()
	db, err := pebble.Open(dir, &pebble.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var v [4]byte
	binary.BigEndian.PutUint32(v[:], SchemaVersion+1)
	db.Set(schemaKey, v[:], pebble.Sync)
	db.Close()
	if _, err := Open(dir); !errors.Is(err, ErrSchema) {
		t.Fatalf("Open of a newer schema: %v", err)
	}
}

// crashChildEnv makes the test binary act as the writer process of TestCrashKeepsAcknowledgedWrites.
const crashChildEnv = "SIBYL_STORE_CRASH_CHILD"

// TestCrashChild is the child process: it writes batches forever, each a
// request, its trace and the cursor, and prints the sequence number after
// each commit returns. It is killed with SIGKILL by the parent.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashChildEnv)
	if dir == "" {
		t.Skip("helper process for TestCrashKeepsAcknowledgedWrites")
	}
	s, err := Open(dir)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	out := bufio.NewWriter(os.Stdout)
	for i := uint64(1); ; i++ {
		id := common.BigToHash(new(big.Int).SetUint64(i))
		b := s.NewBatch()
		b.PutRequest(&Request{ID: id, Input: make([]byte, 784), Status: RequestExecuted, Block: i})
		b.PutTrace(&Trace{RequestID: id, Input: make([]byte, 784), N: 7, C0: common.Hash{1}, CN: common.Hash{2}, FaultStep: -1})
		b.SetCursor("crash", Cursor{Number: i})
		if err := b.Commit(); err != nil {
			fmt.Println("error", err)
			os.Exit(2)
		}
		fmt.Fprintln(out, i)
		out.Flush()
	}
}

func TestCrashKeepsAcknowledgedWrites(t *testing.T) {
	dir := t.TempDir()
	for round := 0; round < 3; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.v=false")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+dir)
		stdout, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(stdout)
		var acked uint64
		deadline := time.Now().Add(20 * time.Second)
		target := uint64(40 * (round + 1))
		for sc.Scan() && acked < target && time.Now().Before(deadline) {
			if n, err := strconv.ParseUint(sc.Text(), 10, 64); err == nil {
				acked = n
			}
		}
		// Kill while it is in the middle of further writes.
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if acked == 0 {
			t.Fatal("child acknowledged no write")
		}

		s, err := Open(filepath.Clean(dir))
		if err != nil {
			t.Fatalf("reopen after SIGKILL: %v", err)
		}
		c, ok, err := s.Cursor("crash")
		if !ok || err != nil || c.Number < acked {
			t.Fatalf("round %d: cursor %d < acknowledged %d (%v)", round, c.Number, acked, err)
		}
		reqs, err := s.Requests()
		if err != nil {
			t.Fatal(err)
		}
		// Invariant: the batches are atomic, so requests are exactly 1..cursor, each with its trace.
		if uint64(len(reqs)) != c.Number {
			t.Fatalf("round %d: %d requests, cursor %d", round, len(reqs), c.Number)
		}
		for _, r := range reqs {
			if _, err := s.Trace(r.ID); err != nil {
				t.Fatalf("round %d: request %d without its trace: %v", round, r.Block, err)
			}
		}
		s.Close()
	}
}

func TestBatchReadsItsOwnWrites(t *testing.T) {
	s, _ := openTemp(t)
	b := s.NewBatch()
	id := common.HexToHash("0x07")
	if _, err := b.Request(id); !errors.Is(err, ErrNotFound) {
		t.Fatalf("empty batch: %v", err)
	}
	b.PutRequest(&Request{ID: id, Status: RequestSeen})
	if r, err := b.Request(id); err != nil || r.Status != RequestSeen {
		t.Fatalf("read own write: %v %v", r, err)
	}
	if _, err := s.Request(id); !errors.Is(err, ErrNotFound) {
		t.Fatal("uncommitted write visible to the store")
	}
	b.Commit()
	if _, err := s.Request(id); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkScanAfterPruning measures a record scan after 3,000 pruning passes
// of a watcher's block hashes (one pass per poll; each pass's range deletion
// stays in the memtable): ~1 ms with one range per pass over the heights that
// left the window, 0.1-1 s when every pass deleted from height 0.
func BenchmarkScanAfterPruning(b *testing.B) {
	s, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for i := uint64(1); i <= 3000; i++ {
		if err := s.Update(func(bt *Batch) error {
			return errors.Join(bt.PutBlock("w", i+64, common.Hash{1}), bt.DeleteBlocksBelow("w", i-1, i))
		}); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for range b.N {
		if _, err := s.Requests(RequestSkipped); err != nil {
			b.Fatal(err)
		}
	}
}
