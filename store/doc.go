// Package store is the durable state of a sibyl node (miner or challenger): a
// Pebble database with a versioned, documented key schema.
//
// Everything a node must remember across a crash lives here: how far each chain
// watcher has processed (and the hashes of the blocks it processed, to detect
// reorgs), the requests it has seen, the execution traces it computed, the
// disputes it plays, and the transactions it has signed but not yet seen mined.
// Writes that belong together are made through one Batch, committed with
// fsync, so a crash at any point leaves either all of a batch or none of it.
//
// # Key schema (version 2)
//
// Keys are ASCII prefixes followed by fixed-width binary fields; integers are
// big-endian so that byte order is numeric order. Values are JSON (records) or
// raw bytes where noted.
//
//	meta/schema                              uint32 BE schema version (refuse unknown)
//	cursor/<watcher>                         JSON Cursor: last processed block number and hash
//	block/<watcher>/<num u64>                32-byte hash of a processed block that the watcher recorded
//	event/<watcher>/<block u64><tx 32><logidx u32><blockhash 32>
//	                                         JSON types.Log: this log was handled (dedupe, undo on reorg)
//	req/<request id 32>                      JSON Request
//	trace/<request id 32>                    JSON Trace (input, output, commitments C_0..C_N)
//	dispute/<game id 32>                     JSON Dispute
//	ptx/<from 20><nonce u64>                 JSON PendingTx (signed raw transaction)
//	gwkey/<key id>                           JSON APIKey: a gateway API key (secret hash, limits, spending)
//	gwkeyhash/<sha256 of the secret 32>      raw key id: finds a key from the secret a client presents
//	gwcall/<request id 32>                   JSON GatewayCall: the key and fee of a call the gateway sent
//	gwreq/<request id 32>                    JSON GatewayRequest: the gateway's view of a request it sent
//	gen/<id 32>/h                            LLM generation request (transformer checkpoint encoding at position 0)
//	gen/<id 32>/t/<index u64>                generated token (uint32 LE); see generation.go
//	gen/<id 32>/kv/<pos u64>                 KV-cache position record (raw bytes, transformer.RecordSize)
//
// Version 2 added the gw* prefixes (the gateway's records); Open upgrades a
// version-1 database in place, since nothing else changed. The gen/ records
// (LLM generation checkpoints) are new keys that older builds never read, so
// they did not change the version.
//
// <watcher> is a short name without '/' (e.g. "miner-requests").
package store
