#!/usr/bin/env bash
# Mutation run for the circuits: deletes, one at a time, every range check and
# hint constraint that soundness rests on in prover/gadget and prover/circuit,
# runs the malicious-witness tests, and reports which tests fail. A mutation
# that no test catches ("SURVIVED") makes the script exit non-zero.
#
#   bash scripts/mutate-circuits.sh            # all mutations
#   bash scripts/mutate-circuits.sh D3 C7      # only these
#   RUN='.' bash scripts/mutate-circuits.sh    # run every test of both packages
#
# Not part of scripts/test.sh: each mutation recompiles and reruns the tests
# (2.5 to 6 minutes for the whole list on 2 shared cores). The sources are restored on
# exit, whatever happens; a mutation whose text is not found (the code moved)
# is reported as an error, not skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

RUN=${RUN:-Malicious}
PKGS=(./prover/gadget ./prover/circuit)
G=prover/gadget
C=prover/circuit
backup=$(mktemp -d)
trap 'for f in "$backup"/*; do [ -e "$f" ] && cp "$f" "$(basename "$f" | tr "%" "/")"; done; rm -rf "$backup"' EXIT

# edit FILE OLD NEW: replace the one occurrence of the literal text OLD.
edit() {
  local key
  key=$(echo "$1" | tr / %)
  [ -e "$backup/$key" ] || cp "$1" "$backup/$key"
  OLD="$2" NEW="$3" perl -0pi -e '$n = s/\Q$ENV{OLD}\E/$ENV{NEW}/g; die "mutation text found $n times in $ARGV\n" if $n != 1' "$1"
}

restore() {
  for f in "$backup"/*; do
    [ -e "$f" ] || continue
    cp "$f" "$(basename "$f" | tr % /)"
    rm "$f"
  done
}

UNCONSTRAINED_IMPORT=$'"github.com/consensys/gnark/frontend"\n\tmbits "github.com/consensys/gnark/std/math/bits"'

# mutate ID: apply mutation ID; describe ID: one line saying what it removes.
describe() {
  case $1 in
  D1) echo "DivFloor: range check of q - qLo (lower bound of the quotient)" ;;
  D2) echo "DivFloor: range check of qHi - q (upper bound of the quotient)" ;;
  D3) echo "DivFloor: both quotient range checks" ;;
  D4) echo "DivFloor: q == qLo when the quotient range is one value" ;;
  D5) echo "DivFloor: range check of r (r >= 0)" ;;
  D6) echo "DivFloor: range check of d-1-r (r < d, d not a power of two)" ;;
  D7) echo "DivFloor: q == a when d == 1" ;;
  K1) echo "Clamp: isLo boolean" ;;
  K2) echo "Clamp: isHi boolean" ;;
  K3) echo "Clamp: range check of d1" ;;
  K4) echo "Clamp: range check of d2" ;;
  E1) echo "GreaterEq: ge boolean" ;;
  E2) echo "GreaterEq: range check of d" ;;
  R1) echo "Requant.Apply: range check of the remainder" ;;
  I1) echo "AssertInt8 (gadget): the int8 range check of each element" ;;
  C1) echo "Step.Define: AssertInt8 of the state" ;;
  C2) echo "Step.Define: C_i equality" ;;
  C3) echo "Step.Define: C_i+1 equality" ;;
  C4) echo "Whole.Define: AssertInt8 of the input" ;;
  C5) echo "Whole.Define: C_0 equality" ;;
  C6) echo "Whole.Define: C_N equality" ;;
  C7) echo "softmax: boolean constraints of the 8-bit decomposition of m - x_i" ;;
  C8) echo "divByVariable: range check of q" ;;
  C9) echo "divByVariable: range check of rem (rem >= 0)" ;;
  C10) echo "divByVariable: range check of den-rem-1 (rem < den)" ;;
  C11) echo "table: boolean constraints of the index bits (Int8Bits)" ;;
  esac
}

mutate() {
  case $1 in
  D1) edit $G/divide.go 'AssertUnsigned(api, api.Sub(q, qLo), mathbits.Len64(uint64(qHi-qLo)))' '_ = 0' ;;
  D2) edit $G/divide.go 'AssertUnsigned(api, api.Sub(qHi, q), mathbits.Len64(uint64(qHi-qLo)))' '_ = 0' ;;
  D3) mutate D1 && mutate D2 ;;
  D4) edit $G/divide.go 'api.AssertIsEqual(q, qLo)' '_ = 0' ;;
  D5) edit $G/divide.go 'AssertUnsigned(api, r, w)' '_ = 0' ;;
  D6) edit $G/divide.go 'AssertUnsigned(api, api.Sub(d-1, r), w)' '_ = 0' ;;
  D7) edit $G/divide.go 'api.AssertIsEqual(q, a)' '_ = 0' ;;
  K1) edit $G/clamp.go 'api.AssertIsBoolean(isLo)' '_ = 0' ;;
  K2) edit $G/clamp.go 'api.AssertIsBoolean(isHi)' '_ = 0' ;;
  K3) edit $G/clamp.go 'AssertUnsigned(api, d1, w)' '_ = d1' ;;
  K4) edit $G/clamp.go 'AssertUnsigned(api, d2, w)' '_ = d2' ;;
  E1) edit $G/clamp.go 'api.AssertIsBoolean(ge)' '_ = 0' ;;
  E2) edit $G/clamp.go 'AssertUnsigned(api, d, w)' '_ = d' ;;
  R1) edit $G/requant.go 'AssertUnsigned(api, r, int(shift))' '_ = r' ;;
  I1) edit $G/rangecheck.go $'\t\tInt8Bits(api, v)\n' $'\t\t_ = v\n' ;;
  C1) edit $C/step.go 'gadget.AssertInt8(api, c.State[j])' '_ = 0' ;;
  C2) edit $C/step.go 'api.AssertIsEqual(from, c.From)' '_ = from' ;;
  C3) edit $C/step.go 'api.AssertIsEqual(to, c.To)' '_ = to' ;;
  C4) edit $C/whole.go 'gadget.AssertInt8(api, c.Input)' '_ = 0' ;;
  C5) edit $C/whole.go 'api.AssertIsEqual(from, c.From)' '_ = from' ;;
  C6) edit $C/whole.go 'api.AssertIsEqual(to, c.To)' '_ = to' ;;
  C7)
    edit $C/head.go '"github.com/consensys/gnark/frontend"' "$UNCONSTRAINED_IMPORT"
    edit $C/head.go 'gadget.AssertUnsigned(api, api.Sub(m, v), 8)' \
      'mbits.ToBinary(api, api.Sub(m, v), mbits.WithNbDigits(8), mbits.WithUnconstrainedOutputs())'
    ;;
  C8) edit $C/head.go 'gadget.AssertUnsigned(api, q, qBits)' '_ = qBits' ;;
  C9) edit $C/head.go 'gadget.AssertUnsigned(api, rem, denBits)' '_ = 0' ;;
  C10) edit $C/head.go 'gadget.AssertUnsigned(api, api.Sub(den, rem, 1), denBits)' '_ = 0' ;;
  C11)
    edit $C/ops.go '"github.com/consensys/gnark/frontend"' "$UNCONSTRAINED_IMPORT"
    edit $C/ops.go 'gadget.Lookup(api, gadget.Int8Bits(api, v), t)' \
      'gadget.Lookup(api, mbits.ToBinary(api, api.Add(v, 128), mbits.WithNbDigits(8), mbits.WithUnconstrainedOutputs()), t)'
    ;;
  *) echo "unknown mutation $1" >&2; return 1 ;;
  esac
}

ALL=(D1 D2 D3 D4 D5 D6 D7 K1 K2 K3 K4 E1 E2 R1 I1 C1 C2 C3 C4 C5 C6 C7 C8 C9 C10 C11)
ids=("$@")
[ ${#ids[@]} -gt 0 ] || ids=("${ALL[@]}")

# The unmutated tree must pass first, or a failure below means nothing.
if ! go test -count=1 -short -run "$RUN" "${PKGS[@]}" >/dev/null 2>&1; then
  echo "the tests fail without any mutation; fix that first" >&2
  exit 1
fi

survived=0
printf '| mutation | constraint removed | failing tests |\n|---|---|---|\n'
for id in "${ids[@]}"; do
  if ! mutate "$id"; then
    restore
    echo "mutation $id did not apply" >&2
    exit 1
  fi
  out=""
  for pkg in "${PKGS[@]}"; do
    # Prefix failures with the package: both have a TestMaliciousRequant.
    out+=$(go test -count=1 -short -v -run "$RUN" "$pkg" 2>&1 | sed "s|--- FAIL: |--- FAIL: ${pkg##*/}.|" || true)
    out+=$'\n'
  done
  restore
  if grep -q -E '^(# |.*\[build failed\])' <<<"$out"; then
    echo "mutation $id does not build:" >&2
    echo "$out" | head -20 >&2
    exit 1
  fi
  # Leaf failures only: a parent test fails whenever a subtest does.
  fails=$(grep -oE -- '--- FAIL: [^ ]+' <<<"$out" | sed 's/--- FAIL: //' |
    awk '{n[NR]=$0} END {for (i=1;i<=NR;i++) {leaf=1; for (j=1;j<=NR;j++) if (index(n[j], n[i] "/")==1) leaf=0; if (leaf) print n[i]}}' |
    paste -sd ' ' - | sed 's/ /, /g')
  if [ -z "$fails" ]; then
    fails="SURVIVED"
    survived=$((survived + 1))
  fi
  printf '| %s | %s | %s |\n' "$id" "$(describe "$id")" "$fails"
done
if [ $survived -gt 0 ]; then
  echo "$survived mutation(s) survived" >&2
  exit 1
fi
