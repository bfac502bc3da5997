package transformer

// SetChunkLeaves sets the Merkle chunk size (a power of two) for a test and
// returns the function that restores it.
func SetChunkLeaves(n int) (restore func()) {
	old := chunkLeaves
	chunkLeaves = n
	return func() { chunkLeaves = old }
}

// FeedOneWithLogits runs a decode step's forward pass on the next token not
// yet fed (the next prompt token), logits included, without sampling.
func FeedOneWithLogits(g *Generation) []int32 {
	return g.e.forward(g.tokens[g.e.pos:g.e.pos+1], true, false)
}
