package llm

// ValidPieces exposes validPieces to the external tests.
var ValidPieces = validPieces
