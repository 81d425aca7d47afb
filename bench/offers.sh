#!/usr/bin/env bash
# Offers at national scale: on top of the directory's data (its organisations publish them), fills
# 30,000 published offers on the real communes (once), starts the platform, and measures the public
# offer search (words + kind + rural + département) over HTTP with 8 clients (wrk) beside the same SQL
# with pgbench.
# Usage: bench/offers.sh            (DURATION=20s WARMUP=15s CLIENTS=8; BENCH_DATA_DIR to keep the data elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/lib.sh
start_platform
ensure_directory
if [ "$("${PSQL[@]}" -c "select count(*) from offer")" -lt 30000 ]; then
  echo "Generating 30,000 offers..."
  started=$(date +%s%3N)
  "${PSQL[@]}" -v offers=30000 -f bench/offers/generate.sql > /dev/null
  echo "Generated in $(( $(date +%s%3N) - started )) ms"
fi
echo "Data: $("${PSQL[@]}" -c "select count(*) from offer where status = 'published'") published offers," \
     "$("${PSQL[@]}" -c "select count(*) from bench_offer_pick") word/kind/département picks"

"${PSQL[@]}" -c "select '/api/v1/offers?q=' || replace(word, ' ', '+') || '&kind=' || kind || '&rural=true&departement='
                 || departement_code from bench_offer_pick order by n" > "$WORK/search.txt"

header
report "offer search" "$(http search)" "$(floor bench/offers/floor-search.sql)"
