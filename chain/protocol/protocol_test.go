package protocol

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/sibyl-ai/sibyl/challenger/game"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
)

// rpcDataError mimics go-ethereum's JSON-RPC error with revert data.
type rpcDataError struct{ data string }

func (e rpcDataError) Error() string  { return "execution reverted" }
func (e rpcDataError) ErrorData() any { return e.data }

func TestDecodeRevertNamesCustomErrors(t *testing.T) {
	e := Cop.GetABI().Errors["WrongStatus"]
	args, _ := e.Inputs.Pack(big.NewInt(7), uint8(2))
	data := append(append([]byte(nil), e.ID[:4]...), args...)
	err := DecodeRevert(rpcDataError{hexutil.Encode(data)})
	if !IsRevert(err, "WrongStatus") {
		t.Fatalf("got %v", err)
	}
	var re *RevertError
	errors.As(err, &re)
	if len(re.Args) != 2 || re.Args[0].(*big.Int).Int64() != 7 {
		t.Fatalf("args %v", re.Args)
	}
	// Data folded into the message (estimateGas errors) is decoded too.
	folded := errors.New("chain: transaction would revert: deliver: execution reverted: " + hexutil.Encode(data))
	if !IsRevert(DecodeRevert(folded), "WrongStatus") {
		t.Fatal("folded revert data not decoded")
	}
	plain := errors.New("connection refused")
	if DecodeRevert(plain) != plain || IsRevert(plain, "WrongStatus") {
		t.Fatal("a plain error changed")
	}
}

func FuzzDecodeRevert(f *testing.F) {
	f.Add("0x")
	f.Add("0x12345678")
	f.Add("execution reverted: 0xdeadbeef00")
	e := DG.GetABI().Errors["NotYourTurn"]
	f.Add(hexutil.Encode(append(append([]byte(nil), e.ID[:4]...), make([]byte, 64)...)))
	f.Fuzz(func(t *testing.T, s string) {
		// Must never panic, whatever an RPC endpoint returns.
		_ = DecodeRevert(rpcDataError{s})
		_ = DecodeRevert(errors.New(s))
	})
}

func TestGameState(t *testing.T) {
	g := bindings.DisputeGameGame{Status: GameOpen, K: 4, Lo: 0, Hi: 10, LastMoveAt: 100, DefenderClock: 60, ChallengerClock: 50}
	s := GameState(g)
	if s.Phase != game.AwaitSplit || s.Arity != 4 || s.DefenderLeft != time.Minute || !s.TurnStart.Equal(time.Unix(100, 0)) {
		t.Fatalf("%+v", s)
	}
	g.Pending = common.Hash{1}
	if s := GameState(g); s.Phase != game.AwaitPick || len(s.Points) != 3 || s.Points[0] != 2 {
		t.Fatalf("%+v", s)
	}
	g.Pending, g.Lo, g.Hi = common.Hash{}, 4, 5
	if s := GameState(g); s.Phase != game.AwaitStep {
		t.Fatalf("%+v", s)
	}
	g.Status = GameDefenderWon
	if s := GameState(g); s.Phase != game.Resolved || !s.DefenderWon {
		t.Fatalf("%+v", s)
	}
}
