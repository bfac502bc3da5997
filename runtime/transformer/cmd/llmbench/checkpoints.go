//go:build checkpoints

package main

import (
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/store"
)

type storeRecorder struct {
	*store.GenerationRecorder
	db *store.Store
}

func (r storeRecorder) Close() error { return r.db.Close() }

func init() {
	openRecorder = func(dir string, g *transformer.Generation) (recorder, error) {
		db, err := store.Open(dir)
		if err != nil {
			return nil, err
		}
		rec, err := db.RecordGeneration(g)
		if err != nil {
			db.Close()
			return nil, err
		}
		return storeRecorder{rec, db}, nil
	}
}
