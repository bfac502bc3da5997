package main

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime"
)

// TestInspectRejectsConformanceFiles runs `sibyl inspect` on every crafted
// file of runtime/testdata/reject (docs/program-format.md, "Validation"):
// each must fail with the sentinel its name gives, the error naming it.
func TestInspectRejectsConformanceFiles(t *testing.T) {
	sentinels := map[string]error{
		"ErrBadMagic": runtime.ErrBadMagic, "ErrUnknownVersion": runtime.ErrUnknownVersion,
		"ErrUnknownOp": runtime.ErrUnknownOp, "ErrTruncated": runtime.ErrTruncated,
		"ErrTrailingBytes": runtime.ErrTrailingBytes, "ErrNonCanonical": runtime.ErrNonCanonical,
		"ErrBadShape": runtime.ErrBadShape, "ErrBadTensorRef": runtime.ErrBadTensorRef,
		"ErrBadQuant": runtime.ErrBadQuant, "ErrBadAttr": runtime.ErrBadAttr,
		"ErrAccumulatorBound": runtime.ErrAccumulatorBound, "ErrTooLarge": runtime.ErrTooLarge,
		"ErrNoOps": runtime.ErrNoOps, "ErrBadMeta": runtime.ErrBadMeta,
	}
	files, err := filepath.Glob(filepath.Join("..", "..", "runtime", "testdata", "reject", "*.sibyl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no conformance files: %v", err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		want, ok := sentinels[strings.SplitN(name, ".", 2)[0]]
		if !ok {
			t.Fatalf("%s: no sentinel of that name", name)
		}
		_, err := runCmd(t, newInspectCmd(), f)
		if !errors.Is(err, want) || !strings.Contains(err.Error(), want.Error()) {
			t.Errorf("sibyl inspect %s: %v, want %v", name, err, want)
		}
	}
}
