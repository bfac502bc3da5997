package main

import (
	"bytes"
	"encoding/hex"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/privacy"
)

func TestEncryptDecryptCommands(t *testing.T) {
	dir := t.TempDir()
	enclaveKey, _ := privacy.GenerateKey()
	in := filepath.Join(dir, "prompt.bin")
	os.WriteFile(in, []byte("private prompt"), 0o600)
	keyFile := filepath.Join(dir, "me.key")
	ct := filepath.Join(dir, "prompt.enc")
	cop := "0x000000000000000000000000000000000000c0de"

	run := func(cmdArgs ...string) (string, error) {
		var out bytes.Buffer
		var c = newEncryptCmd()
		if cmdArgs[0] == "decrypt" {
			c = newDecryptCmd()
		}
		c.SetOut(&out)
		c.SetErr(&out)
		c.SilenceUsage, c.SilenceErrors = true, true
		c.SetArgs(cmdArgs[1:])
		err := c.Execute()
		return out.String(), err
	}
	o, err := run("encrypt", "--to", hex.EncodeToString(enclaveKey.PublicKey().Bytes()), "--chain-id", "1337",
		"--coprocessor", cop, "--request-id", "5", "--key", keyFile, "--in", in, "--out", ct)
	if err != nil || !strings.Contains(o, "input hash: 0x") {
		t.Fatalf("encrypt: %s %v", o, err)
	}
	// The enclave side: open the prompt, encrypt a result to the response key.
	ctx := privacy.Context{ChainID: big.NewInt(1337), Coprocessor: common.HexToAddress(cop), RequestID: big.NewInt(5)}
	ctb, _ := os.ReadFile(ct)
	p, err := privacy.DecryptPrompt(enclaveKey, ctx, ctb)
	if err != nil || string(p.Input) != "private prompt" {
		t.Fatalf("enclave open: %v", err)
	}
	res, _ := privacy.EncryptResult(p.ResponseKey, ctx, []byte("class 7"))
	resFile := filepath.Join(dir, "result.enc")
	os.WriteFile(resFile, res, 0o600)

	o, err = run("decrypt", "--chain-id", "1337", "--coprocessor", cop, "--request-id", "5", "--key", keyFile, "--in", resFile)
	if err != nil || o != "class 7" {
		t.Fatalf("decrypt: %q %v", o, err)
	}
	if _, err := run("decrypt", "--chain-id", "1337", "--coprocessor", cop, "--request-id", "6", "--key", keyFile, "--in", resFile); err == nil {
		t.Fatal("result decrypted for another request")
	}
}
