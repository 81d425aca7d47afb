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

# The words percent-encoded as a browser sends them (UTF-8), so that accented words reach the platform.
"${PSQL[@]}" -c "select '/api/v1/offers?q=' || (select string_agg(case when ch ~ '^[A-Za-z0-9_.~-]$' then ch
                     else (select string_agg('%' || upper(lpad(to_hex(get_byte(convert_to(ch, 'UTF8'), i)), 2, '0')), '' order by i)
                           from generate_series(0, octet_length(convert_to(ch, 'UTF8')) - 1) i) end, '' order by ord)
                   from regexp_split_to_table(word, '') with ordinality as t(ch, ord))
                 || '&kind=' || kind || '&rural=true&departement=' || departement_code
                 from bench_offer_pick order by n" > "$WORK/search.txt"
# Every request must answer 200: a check before measuring.
while read -r path; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT$path")
  [ "$code" = 200 ] || { echo "Unexpected $code for $path"; exit 1; }
done < <(head -50 "$WORK/search.txt")

header
report "offer search" "$(http search)" "$(floor bench/offers/floor-search.sql)"
