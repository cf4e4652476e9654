#!/usr/bin/env bash
# Score the whole pipeline on a gold JSON Lines file (default: bench/heldout_own.jsonl, 25
# articles written and annotated for generality checks) and print score.py's figures, with
# the misses on stderr.  Usage: bench/eval_own.sh [GOLD.jsonl]
# The model is resolved as for `waqai run` (WAQAI_UDPIPE_MODEL, else the shipped model).
set -euo pipefail
cd "$(dirname "$0")/.."
gold=$(realpath "${1:-bench/heldout_own.jsonl}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/in"
cp "$gold" "$tmp/in/"
score=${WAQAI_SCORE:-../shared/eval/score.py}  # the scorer that comes with the gold data
.venv/bin/waqai run --input "$tmp/in" --warehouse "$tmp/wh" --no-progress > "$tmp/run.log" 2>&1 \
    || { cat "$tmp/run.log" >&2; exit 1; }
.venv/bin/python "$score" "$gold" "$tmp/wh" --verbose
