// Package chain is a sibyl node's access to an EVM chain: a confirmed,
// reorg-safe and restart-safe event watcher, a transaction sender with nonce
// management, fee bumping and retries, and signing keys from go-ethereum's
// encrypted keystore.
//
// Every chain dependency is a small interface declared here by its consumer
// (LogSource, TxBackend), satisfied by *ethclient.Client and by the simulated
// backend's client alike.
package chain
