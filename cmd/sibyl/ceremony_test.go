package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sibyl-ai/sibyl/prover/keys"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// ceremonyPower fits the MLP's step 2 (2,005 constraints).
const ceremonyPower = "11"

var contributionRE = regexp.MustCompile(`contribution hash: ([0-9a-f]{64})`)

// ceremonyRun runs `sibyl ceremony ARGS...` and fails the test on error.
func ceremonyRun(t *testing.T, args ...string) string {
	t.Helper()
	start := time.Now()
	out, progress, err := runSplit(t, newCeremonyCmd(), args...)
	if err != nil {
		t.Fatalf("ceremony %s: %v\n%s%s", strings.Join(args, " "), err, out, progress)
	}
	t.Logf("ceremony %s: %v", args[0], time.Since(start).Round(time.Millisecond))
	return out
}

// ceremonyFails runs `sibyl ceremony ARGS...`, expects an error containing
// want and returns it.
func ceremonyFails(t *testing.T, want string, args ...string) error {
	t.Helper()
	out, _, err := runSplit(t, newCeremonyCmd(), args...)
	if err == nil {
		t.Fatalf("ceremony %s succeeded:\n%s", strings.Join(args, " "), out)
	}
	if !strings.Contains(err.Error(), want) {
		t.Fatalf("ceremony %s: error %q does not mention %q", strings.Join(args, " "), err, want)
	}
	t.Logf("ceremony %s: rejected: %v", args[0], err)
	return err
}

// contributionHash extracts the published hash from contribute's output.
func contributionHash(t *testing.T, out string) string {
	t.Helper()
	m := contributionRE.FindAllStringSubmatch(out, -1)
	if len(m) != 1 {
		t.Fatalf("want one contribution hash in:\n%s", out)
	}
	return m[0][1]
}

// flipByte copies the transcript src to a new directory and flips one byte
// in the middle of the file rel.
func flipByte(t *testing.T, src, rel string) string {
	t.Helper()
	dst := copyTranscript(t, src)
	p := filepath.Join(dst, rel)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/2] ^= 0x01
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// copyTranscript copies the transcript src to a new directory.
func copyTranscript(t *testing.T, src string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "copy")
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	return dst
}

// TestCeremonyCommandsPhase1 is the cheap part: init, contributions to phase 1,
// status, verify, and a tampered contribution rejected.
func TestCeremonyCommandsPhase1(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ceremony")
	ceremonyFails(t, "--dir is required", "init", "--power", ceremonyPower)
	ceremonyFails(t, "power 1 outside", "init", "--dir", dir, "--power", "1")
	ceremonyRun(t, "init", "--dir", dir, "--power", ceremonyPower)
	ceremonyFails(t, "is not empty", "init", "--dir", dir, "--power", ceremonyPower)

	h1 := contributionHash(t, ceremonyRun(t, "contribute", "--dir", dir))
	h2 := contributionHash(t, ceremonyRun(t, "contribute", "--dir", dir))
	if h1 == h2 {
		t.Fatal("two contributions have the same hash")
	}
	if st := ceremonyRun(t, "status", "--dir", dir); !strings.Contains(st, "phase 1 (2^11): 2 contributions, open") {
		t.Fatalf("status:\n%s", st)
	}
	out := ceremonyRun(t, "verify", "--dir", dir)
	if !strings.Contains(out, h1) || !strings.Contains(out, h2) || !strings.Contains(out, "transcript valid") {
		t.Fatalf("verify does not list both contributions as valid:\n%s", out)
	}
	ceremonyFails(t, "INVALID", "verify", "--dir", flipByte(t, dir, "phase1/0001.ph1"))
	ceremonyFails(t, "INVALID", "verify", "--dir", flipByte(t, dir, "phase1/0002.ph1"))
	// Intact envelopes, broken chain: contribution 1 replayed as 2, and a gap.
	replayed := copyTranscript(t, dir)
	one, err := os.ReadFile(filepath.Join(dir, "phase1", "0001.ph1"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(replayed, "phase1", "0002.ph1"), one, 0o644); err != nil {
		t.Fatal(err)
	}
	ceremonyFails(t, "INVALID", "verify", "--dir", replayed)
	gap := copyTranscript(t, dir)
	if err := os.Remove(filepath.Join(gap, "phase1", "0001.ph1")); err != nil {
		t.Fatal(err)
	}
	ceremonyFails(t, "contribution 1 missing", "verify", "--dir", gap)
	ceremonyFails(t, "--beacon is required", "phase2-init", "--dir", dir, "--model", mlpModel, "--step", "2")
	ceremonyFails(t, "not hex", "phase2-init", "--dir", dir, "--model", mlpModel, "--step", "2", "--beacon", "zz")
}

// TestCeremonyCommands (about 15 s on 2 cores) runs a whole two-party ceremony for the MLP's step 2
// through the CLI, proves and verifies with its keys, and checks that a
// tampered phase 2 contribution is rejected.
func TestCeremonyCommands(t *testing.T) {
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "ceremony")
	data := filepath.Join(tmp, "data")
	step := []string{"--model", mlpModel, "--step", "2"}

	ceremonyRun(t, "init", "--dir", dir, "--power", ceremonyPower)
	var hashes []string
	for range 2 {
		hashes = append(hashes, contributionHash(t, ceremonyRun(t, "contribute", "--dir", dir)))
	}
	out := ceremonyRun(t, append([]string{"phase2-init", "--dir", dir, "--beacon", "0x0123456789abcdef"}, step...)...)
	m := regexp.MustCompile(`step 2: phase 2 started for circuit ([0-9a-f]{64}) \(2005 constraints\)`).FindStringSubmatch(out)
	if m == nil || !strings.Contains(out, "phase 1 verified and sealed") {
		t.Fatalf("phase2-init:\n%s", out)
	}
	circuit := m[1]
	// Phase 1 is sealed: no more contributions, and no second beacon.
	ceremonyFails(t, "phase 1 is sealed", "contribute", "--dir", dir)
	ceremonyFails(t, "drop --beacon", append([]string{"phase2-init", "--dir", dir, "--beacon", "00"}, step...)...)

	hashes = append(hashes, contributionHash(t, ceremonyRun(t, "contribute", "--dir", dir, "--circuit", "all")))
	hashes = append(hashes, contributionHash(t, ceremonyRun(t, "contribute", "--dir", dir, "--circuit", circuit[:8])))
	st := ceremonyRun(t, "status", "--dir", dir)
	if !strings.Contains(st, "phase 1 (2^11): 2 contributions, sealed") || !strings.Contains(st, "phase 2 of circuit "+circuit+": 2 contributions, open") {
		t.Fatalf("status before finalize:\n%s", st)
	}

	ceremonyFails(t, "--beacon is required", append([]string{"finalize", "--dir", dir, "--data-dir", data}, step...)...)
	out = ceremonyRun(t, append([]string{"finalize", "--dir", dir, "--beacon", "fedcba9876543210", "--data-dir", data}, step...)...)
	fm := vkHashRE.FindStringSubmatch(out)
	if fm == nil || !strings.Contains(out, "step 2: circuit "+circuit+" finalized") {
		t.Fatalf("finalize:\n%s", out)
	}
	vkHash := fm[1]
	if got := storedVKHash(t, data, mlpModel, 2, keys.Ceremony); got != vkHash {
		t.Fatalf("finalize printed VK hash %s, installed key has %s", vkHash, got)
	}
	ceremonyFails(t, "no circuit awaits", "contribute", "--dir", dir, "--circuit", "all")

	out = ceremonyRun(t, "verify", "--dir", dir, "--model", mlpModel)
	for _, h := range hashes {
		if !strings.Contains(out, h) {
			t.Fatalf("verify does not list contribution %s:\n%s", h, out)
		}
	}
	if !strings.Contains(out, "finalized: verifying key hash 0x"+vkHash) || !strings.Contains(out, "transcript valid") {
		t.Fatalf("verify:\n%s", out)
	}
	// Without the program its circuit cannot be checked.
	ceremonyFails(t, "not checked", "verify", "--dir", dir)
	if st := ceremonyRun(t, "status", "--dir", dir); !strings.Contains(st, circuit+": 2 contributions, finalized") {
		t.Fatalf("status after finalize:\n%s", st)
	}

	// Another operator re-derives the same keys from the transcript alone.
	data2 := filepath.Join(tmp, "data2")
	out = ceremonyRun(t, append([]string{"finalize", "--dir", dir, "--data-dir", data2}, step...)...)
	if fm := vkHashRE.FindStringSubmatch(out); fm == nil || fm[1] != vkHash {
		t.Fatalf("re-derived keys differ:\n%s", out)
	}

	// Prove and verify step 2 with the ceremony keys.
	input := writeFile(t, tmp, "in.bin", runtimetest.Bytes(11, 784))
	proof := filepath.Join(tmp, "s2.proof")
	start := time.Now()
	pout, err := runCmd(t, newProveCmd(), "--model", mlpModel, "--input", input, "--step", "2", "--out", proof, "--data-dir", data, "--keys", "ceremony")
	if err != nil {
		t.Fatalf("prove --keys ceremony: %v", err)
	}
	if pm := vkHashRE.FindStringSubmatch(pout); pm == nil || pm[1] != vkHash {
		t.Fatalf("prove used another key than the ceremony's 0x%s:\n%s", vkHash, pout)
	}
	if _, err := runCmd(t, newVerifyCmd(), "--proof", proof, "--model", mlpModel, "--data-dir", data2, "--keys", "ceremony"); err != nil {
		t.Fatalf("verify --keys ceremony: %v", err)
	}
	if _, err := runCmd(t, newVerifyCmd(), "--proof", proof, "--vk-hash", "0x"+vkHash); err != nil {
		t.Fatalf("verify --vk-hash: %v", err)
	}
	t.Logf("prove+verify with ceremony keys: %v", time.Since(start).Round(time.Millisecond))
	// The ceremony keys are not development keys: a dev-key verification fails.
	if _, err := runCmd(t, newVerifyCmd(), "--proof", proof, "--model", mlpModel, "--data-dir", data, "--keys", "dev"); err == nil {
		t.Fatal("verify found ceremony keys under the development source")
	}

	// Tampered transcripts are rejected.
	p2 := filepath.Join("phase2", circuit)
	for _, rel := range []string{"phase1/0001.ph1", filepath.Join(p2, "0000.ph2"), filepath.Join(p2, "0002.ph2"), filepath.Join(p2, "verifying.key")} {
		ceremonyFails(t, "INVALID", "verify", "--dir", flipByte(t, dir, rel), "--model", mlpModel)
	}
}
