package transformer

import (
	"fmt"
	"os"
)

// Open maps a program file into memory read-only (where the OS supports it;
// otherwise it reads it) and validates it like Decode: the weights are used
// in place, so a large program loads without copying. Close the program to
// release the mapping.
func Open(path string) (*Program, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.Size() > MaxFileSize {
		return nil, fmt.Errorf("%w: %s is %d bytes, more than %d", ErrTooLarge, path, st.Size(), int64(MaxFileSize))
	}
	if st.Size() == 0 {
		return nil, fmt.Errorf("%w: %s is empty", ErrTruncated, path)
	}
	b, release, err := mapFile(f, st.Size())
	if err != nil {
		return nil, fmt.Errorf("map %s: %w", path, err)
	}
	p, err := Decode(b)
	if err != nil {
		release()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	p.release = release
	return p, nil
}
