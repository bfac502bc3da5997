package transformer

// SetChunkLeaves sets the Merkle chunk size (a power of two) for a test and
// returns the function that restores it.
func SetChunkLeaves(n int) (restore func()) {
	old := chunkLeaves
	chunkLeaves = n
	return func() { chunkLeaves = old }
}
