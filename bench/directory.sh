#!/usr/bin/env bash
# The directory at national scale: fills a database with 100,000 organisations and 150,000 schemes
# (once), starts the platform on it, drives it over HTTP with 8 concurrent clients (wrk), runs the
# same SQL directly with pgbench as the floor, and prints p50/p95/p99, throughput and the ratio.
# Usage: bench/directory.sh            (DURATION=20s WARMUP=15s CLIENTS=8 to change; BENCH_DATA_DIR to keep the data elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/lib.sh
start_platform
ensure_directory
echo "Data: $("${PSQL[@]}" -c "select count(*) from organisation") organisations, $("${PSQL[@]}" -c "select count(*) from scheme") schemes"
memory "at rest"

# Request lists: random communes, words and départements, the same for every run.
"${PSQL[@]}" -c "select '/api/v1/organisations?commune=' || code from bench_commune_index order by md5(code) limit 2000" > "$WORK/commune.txt"
"${PSQL[@]}" -c "select '/api/v1/organisations?q=' || replace(w.word, ' ', '+') || '&commune=' || c.code
                 || '&family=fund&family=represent_support&sector=tourisme&sector=agriculture_alimentation'
                 from bench_commune_index c join bench_search_word w on w.n = 1 + c.n % (select count(*) from bench_search_word)
                 order by md5(c.code) limit 2000" > "$WORK/search.txt"
"${PSQL[@]}" -c "select distinct '/api/v1/directory.geojson?departement=' || departement_code from bench_commune_index" > "$WORK/geojson.txt"
"${PSQL[@]}" -c "select '/annuaire/structures/' || id from bench_organisation_index order by md5(id::text) limit 2000" > "$WORK/organisation.txt"

header
for scenario in "search:search" "commune:covering" "geojson:geojson" "organisation:organisation"; do
  name=${scenario%%:*}; sql=${scenario##*:}
  report "$name" "$(http "$name")" "$(floor "bench/directory/floor-$sql.sql")"
done
echo
memory "after the scenarios"
