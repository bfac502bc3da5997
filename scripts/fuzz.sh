#!/usr/bin/env bash
# Runs every fuzz target of the project (issue 14; SECURITY.md, "Untrusted
# input"), one after the other, each for DURATION (default 3m):
#
#   bash scripts/fuzz.sh [-parallel N] [-run REGEX] [-minimize LIMIT] [DURATION]
#
#   -parallel N  fuzzing workers per target (go test -parallel; default: one
#                per CPU). On a shared machine use 1 or 2.
#   -run REGEX   only targets whose "package/FuzzName" matches REGEX (grep -E).
#   -minimize L  go test -fuzzminimizetime value (default 1000x: at most 1,000
#                executions to minimize each new corpus entry or crash).
#   DURATION     go test -fuzztime value: 30s, 5m, 1h, or 1000x (executions).
#
# Why -minimize: go test minimizes every input that finds new coverage for up
# to 60 s by default, and its minimizer tries removing every range of bytes
# (quadratic in the input's length), so for a target whose seeds are a few KB
# (a 4.6 KB SGX quote, a 5.6 KB program) every minimization runs the full 60 s
# while no new inputs are explored. Measured 2026-12-06 (60 s, 1 worker, empty
# corpus cache, shared 2-core machine): attestation FuzzVerify made 2 execs and
# kept no new input by default, 1,041,751 execs and 218 new inputs with
# -fuzzminimizetime 1000x; runtime FuzzDecode 9 execs and none by default,
# 1,602,867 execs and 79 new inputs bounded. When fuzzing a target by hand,
# pass -fuzzminimizetime too.
#
# Targets are found by grepping the non-build-tagged _test.go files for
# `func FuzzXxx(`. A target fails on a crash (its failing input is written by
# go test under the package's testdata/fuzz/FuzzXxx/, so the default
# `go test` replays it from then on: commit it with the fix), on a worker that
# hangs or dies ("fuzzing process hung or terminated unexpectedly", e.g.
# killed for memory), or when it runs past DURATION plus a 10-minute grace.
# The script prints execs and wall time per target and a summary table, and
# exits non-zero if any target failed. Logs go to $FUZZ_LOGDIR (default: a
# new directory under /tmp).
set -uo pipefail
cd "$(dirname "$0")/.."

parallel=""
filter=""
minimize="1000x"
duration="3m"
while [ $# -gt 0 ]; do
  case "$1" in
    -parallel) parallel="$2"; shift 2 ;;
    -run) filter="$2"; shift 2 ;;
    -minimize) minimize="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set /{/^#/p}' "$0"; exit 0 ;;
    -*) echo "fuzz.sh: unknown flag $1" >&2; exit 2 ;;
    *) duration="$1"; shift ;;
  esac
done
# seconds converts a duration of whole h/m/s units (90s, 5m, 1h30m) to seconds.
seconds() {
  local d=$1 total=0
  while [[ $d =~ ^([0-9]+)([hms])(.*)$ ]]; do
    case ${BASH_REMATCH[2]} in
      h) total=$((total + BASH_REMATCH[1] * 3600)) ;;
      m) total=$((total + BASH_REMATCH[1] * 60)) ;;
      s) total=$((total + BASH_REMATCH[1])) ;;
    esac
    d=${BASH_REMATCH[3]}
  done
  [ -z "$d" ] && [ "$total" -gt 0 ] && echo "$total"
}
if [[ $duration =~ ^[0-9]+x$ ]]; then
  grace_s=600
elif s=$(seconds "$duration"); then
  grace_s=$((s + 600))
else
  echo "fuzz.sh: bad duration $duration (want e.g. 30s, 5m, 1h30m or 1000x)" >&2
  exit 2
fi

logdir="${FUZZ_LOGDIR:-$(mktemp -d /tmp/sibyl-fuzz.XXXXXX)}"
mkdir -p "$logdir"

# package dir and target name, one pair per line, sorted.
targets=$(git ls-files -co --exclude-standard '*_test.go' | while read -r f; do
  [ -f "$f" ] || continue
  grep -q '^//go:build' "$f" && continue
  grep -oE '^func Fuzz[A-Za-z0-9_]+\(' "$f" | sed -E "s|^func (Fuzz[A-Za-z0-9_]+)\(|$(dirname "$f") \1|"
done | sort -u)
if [ -n "$filter" ]; then
  targets=$(echo "$targets" | awk '{print $1"/"$2" "$1" "$2}' | grep -E "^[^ ]*($filter)" | cut -d' ' -f2-)
fi
if [ -z "$targets" ]; then echo "fuzz.sh: no fuzz targets found" >&2; exit 1; fi
n=$(echo "$targets" | wc -l)
par_flag=()
[ -n "$parallel" ] && par_flag=(-parallel "$parallel")
echo "fuzz.sh: $n targets, $duration each${parallel:+, -parallel $parallel}, -fuzzminimizetime $minimize; logs in $logdir"
echo "fuzz.sh: go $(go env GOVERSION), $(nproc) CPUs, started $(date -u +%Y-%m-%dT%H:%M:%SZ)"

summary=()
failed=0
i=0
while read -r dir name; do
  i=$((i + 1))
  log="$logdir/$(echo "$dir" | tr / _)__$name.log"
  before=$(find "$dir/testdata/fuzz/$name" -type f 2>/dev/null | sort)
  echo "== [$i/$n] $dir $name: go test -run '^\$' -fuzz '^$name\$' -fuzztime $duration -fuzzminimizetime $minimize ${par_flag[*]} ./$dir"
  start=$(date +%s)
  timeout --kill-after=30s "${grace_s}s" \
    go test -run '^$' -fuzz "^$name\$" -fuzztime "$duration" -fuzzminimizetime "$minimize" "${par_flag[@]}" "./$dir" >"$log" 2>&1
  rc=$?
  secs=$(( $(date +%s) - start ))
  last=$(grep -E '^fuzz: elapsed: .*execs: [0-9]+' "$log" | tail -1)
  execs=$(echo "$last" | sed -nE 's/.*execs: ([0-9]+).*/\1/p')
  interesting=$(echo "$last" | sed -nE 's/.*\(total: ([0-9]+)\).*/\1/p')
  execs=${execs:-0}
  result=ok
  if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
    result=HANG
  elif grep -q 'fuzzing process hung or terminated unexpectedly' "$log"; then
    result=WORKER-DIED
  elif [ $rc -ne 0 ] || grep -q -- '--- FAIL' "$log"; then
    result=FAIL
  elif grep -q 'no fuzz tests to fuzz' "$log"; then
    result=NOT-RUN
  fi
  if [ "$result" != ok ]; then
    failed=$((failed + 1))
    grep -E -- '--- FAIL|panic:|Failing input|fuzzing process|testdata/fuzz|error' "$log" | head -20 | sed 's/^/    /'
    after=$(find "$dir/testdata/fuzz/$name" -type f 2>/dev/null | sort)
    new=$(comm -13 <(echo "$before") <(echo "$after") | grep -v '^$')
    [ -n "$new" ] && echo "    new failing input(s), replayed by go test from now on: $new"
  fi
  rate=0
  [ "$secs" -gt 0 ] && rate=$((execs / secs))
  printf '   %s: %s execs in %ss (%s/s), corpus %s\n' "$result" "$execs" "$secs" "$rate" "${interesting:-?}"
  summary+=("$(printf '%-24s %-26s %-11s %12s %8s %9s' "$dir" "$name" "$result" "$execs" "${secs}s" "$rate/s")")
done <<<"$targets"

echo
echo "== summary ($n targets, $duration each${parallel:+, -parallel $parallel}, finished $(date -u +%Y-%m-%dT%H:%M:%SZ))"
printf '%-24s %-26s %-11s %12s %8s %9s\n' package target result execs time rate
printf '%s\n' "${summary[@]}"
if [ $failed -gt 0 ]; then
  echo "fuzz.sh: $failed of $n targets failed (logs in $logdir)"
  exit 1
fi
echo "fuzz.sh: all $n targets passed"
