package tokenizer

import "strings"

// Sequences tokenizes text line by line, the form sibyl's calibration and
// evaluation read: each non-empty line (without its newline) is one sequence
// of [bos] + Encode(line) (bos omitted when negative), cut to maxLen tokens
// (maxLen <= 0: no limit). At most maxLines sequences are returned
// (maxLines <= 0: all).
func (t *Tokenizer) Sequences(text string, bos, maxLen, maxLines int) [][]int {
	var seqs [][]int
	for _, line := range strings.Split(text, "\n") {
		if maxLines > 0 && len(seqs) >= maxLines {
			break
		}
		line = strings.TrimSuffix(line, "\r")
		if line == "" {
			continue
		}
		var s []int
		if bos >= 0 {
			s = append(s, bos)
		}
		s = append(s, t.Encode(line)...)
		if maxLen > 0 && len(s) > maxLen {
			s = s[:maxLen]
		}
		seqs = append(seqs, s)
	}
	return seqs
}
