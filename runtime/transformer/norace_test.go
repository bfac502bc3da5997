//go:build !race

package transformer_test

const raceEnabled = false
