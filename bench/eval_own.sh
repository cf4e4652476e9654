#!/usr/bin/env bash
# Score the whole pipeline on a gold JSON Lines file (default: bench/heldout_own.jsonl, 25
# articles written and annotated for generality checks) and print score.py's figures, with
# the misses on stderr.  Usage: bench/eval_own.sh [GOLD.jsonl]
set -euo pipefail
cd "$(dirname "$0")/.."
gold=$(realpath "${1:-bench/heldout_own.jsonl}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/in"
cp "$gold" "$tmp/in/"
WAQAI_UDPIPE_MODEL=${WAQAI_UDPIPE_MODEL:-/work/shared/models/ar_pud.udpipe} \
    .venv/bin/waqai run --input "$tmp/in" --warehouse "$tmp/wh" --no-progress > "$tmp/run.log" 2>&1 \
    || { cat "$tmp/run.log" >&2; exit 1; }
.venv/bin/python /work/shared/eval/score.py "$gold" "$tmp/wh" --verbose
