package protocol

// staleMoveErrors are the DisputeGame reverts that mean the game moved on
// before our move was mined.
var staleMoveErrors = []string{"NotYourTurn", "GameNotOpen", "NotAtLeaf", "AtLeaf", "CommitmentsMismatch", "ClockRunning", "AlreadyVoided"}

// IsStaleMove reports a move the chain refused because the game moved on
// (the other side or another caller acted first); the next step re-reads it.
func IsStaleMove(err error) bool {
	for _, name := range staleMoveErrors {
		if IsRevert(err, name) {
			return true
		}
	}
	return false
}
