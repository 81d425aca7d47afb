#!/usr/bin/env bash
# The directory at national scale: fills a database with 100,000 organisations and 150,000 schemes
# (once), starts the platform on it, drives it over HTTP with 8 concurrent clients (wrk), runs the
# same SQL directly with pgbench as the floor, and prints p50/p95/p99, throughput and the ratio.
# Usage: bench/directory.sh            (DURATION=20s WARMUP=15s CLIENTS=8 to change; BENCH_DATA_DIR to keep the data elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${BENCH_DATA_DIR:-bench/data}
PGPORT=${PGPORT:-54329}
PORT=${PORT:-18080}
CLIENTS=${CLIENTS:-8}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-15s}
WORK=$(mktemp -d /tmp/passerelle-bench.XXXXXX)

need() { command -v "$1" >/dev/null 2>&1 || { echo "Installing $2..."; apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need psql postgresql-client
need pgbench postgresql-client
PSQL=(psql -h localhost -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt)

echo "Building..."
mvn -B -q package -DskipTests -Dspotless.check.skip=true

PASSERELLE_DATA_DIR="$DATA" PASSERELLE_DEMO_DATA=false SERVER_PORT="$PORT" PASSERELLE_EMBEDDED_DATABASE_PORT="$PGPORT" \
  setsid java -Xmx2g -jar target/passerelle.jar > "$WORK/platform.log" 2>&1 &
APP=$!
trap 'kill -- -$APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
until curl -sf -o /dev/null "http://localhost:$PORT/actuator/health"; do
  kill -0 "$APP" 2>/dev/null || { tail -30 "$WORK/platform.log"; exit 1; }
  sleep 0.5
done

if [ "$("${PSQL[@]}" -c "select count(*) from organisation")" -lt 100000 ]; then
  echo "Generating the national directory..."
  started=$(date +%s%3N)
  "${PSQL[@]}" -v organisations=100000 -v schemes=150000 -f bench/directory/generate.sql > /dev/null
  echo "Generated 100,000 organisations and 150,000 schemes in $(( $(date +%s%3N) - started )) ms"
fi
"${PSQL[@]}" -f bench/directory/picks.sql > /dev/null
echo "Data: $("${PSQL[@]}" -c "select count(*) from organisation") organisations, $("${PSQL[@]}" -c "select count(*) from scheme") schemes"

# Request lists: random communes, words and départements, the same for every run.
"${PSQL[@]}" -c "select '/api/v1/organisations?commune=' || code from bench_commune_index order by md5(code) limit 2000" > "$WORK/commune.txt"
"${PSQL[@]}" -c "select '/api/v1/organisations?q=' || replace(w.word, ' ', '+') || '&commune=' || c.code
                 || '&family=fund&family=represent_support&sector=tourisme&sector=agriculture_alimentation'
                 from bench_commune_index c join bench_search_word w on w.n = 1 + c.n % (select count(*) from bench_search_word)
                 order by md5(c.code) limit 2000" > "$WORK/search.txt"
"${PSQL[@]}" -c "select distinct '/api/v1/directory.geojson?departement=' || departement_code from bench_commune_index" > "$WORK/geojson.txt"
"${PSQL[@]}" -c "select '/annuaire/structures/' || id from bench_organisation_index order by md5(id::text) limit 2000" > "$WORK/organisation.txt"

http() {
  wrk -t2 -c"$CLIENTS" -d"$WARMUP" -s bench/directory/urls.lua "http://localhost:$PORT" -- "$WORK/$1.txt" > /dev/null
  wrk -t2 -c"$CLIENTS" -d"$DURATION" -s bench/directory/urls.lua "http://localhost:$PORT" -- "$WORK/$1.txt" | grep RESULT
}

floor() {
  local log="$WORK/pgbench-$1"
  mkdir -p "$log" && rm -f "$log"/*
  (cd "$log" && PGPASSWORD= pgbench -h localhost -p "$PGPORT" -U postgres -n -c "$CLIENTS" -j 2 -T "${DURATION%s}" \
      -f "$OLDPWD/bench/directory/floor-$1.sql" --log --log-prefix=tx postgres > summary.txt 2>&1)
  local tps; tps=$(grep -o 'tps = [0-9.]*' "$log/summary.txt" | head -1 | awk '{print $3}')
  cat "$log"/tx* | awk '{print $3 / 1000}' | sort -n | awk -v tps="$tps" '
    { v[NR] = $1 } END { printf "p50=%.1f p95=%.1f p99=%.1f tps=%.1f\n", v[int(NR*0.5)], v[int(NR*0.95)], v[int(NR*0.99)], tps }'
}

printf "\n%-34s %-52s %-40s %s\n" "scenario ($CLIENTS clients, $DURATION)" "HTTP (ms, requests/s)" "SQL floor (ms, transactions/s)" "HTTP/floor"
for scenario in "search:search" "commune:covering" "geojson:geojson" "organisation:organisation"; do
  name=${scenario%%:*}; sql=${scenario##*:}
  result=$(http "$name"); base=$(floor "$sql")
  rps=$(echo "$result" | grep -o 'rps=[0-9.]*' | cut -d= -f2); tps=$(echo "$base" | grep -o 'tps=[0-9.]*' | cut -d= -f2)
  ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN { printf "%.2f", a / b }')
  printf "%-34s %-52s %-40s %s\n" "$name" "${result#RESULT }" "$base" "$ratio"
done
