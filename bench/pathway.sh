#!/usr/bin/env bash
# Welcome and pathway at national scale: on top of the directory's data (made by bench/directory.sh's
# generator when missing), fills 1,000,000 project holders, projects and intake requests and
# 3,000,000 referrals with their timeline (once), starts the platform, signs in a coordinator and
# an advisor, drives three scenarios over HTTP with 8 concurrent clients (wrk) and runs the same SQL
# directly with pgbench as the floor.
# Usage: bench/pathway.sh            (DURATION=20s WARMUP=15s CLIENTS=8; BENCH_DATA_DIR to keep the data elsewhere)
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

PASSERELLE_DATA_DIR="$DATA" PASSERELLE_DEMO_DATA=false PASSERELLE_SECURE_COOKIES=false SERVER_PORT="$PORT" \
  PASSERELLE_EMBEDDED_DATABASE_PORT="$PGPORT" setsid java -Xmx2g -jar target/passerelle.jar > "$WORK/platform.log" 2>&1 &
APP=$!
trap 'kill -- -$APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
until curl -sf -o /dev/null "http://localhost:$PORT/actuator/health"; do
  kill -0 "$APP" 2>/dev/null || { tail -30 "$WORK/platform.log"; exit 1; }
  sleep 0.5
done

if [ "$("${PSQL[@]}" -c "select count(*) from organisation")" -lt 100000 ]; then
  echo "Generating the national directory..."
  "${PSQL[@]}" -v organisations=100000 -v schemes=150000 -f bench/directory/generate.sql > /dev/null
fi
"${PSQL[@]}" -f bench/directory/picks.sql > /dev/null
if [ "$("${PSQL[@]}" -c "select count(*) from project")" -lt 1000000 ]; then
  echo "Generating 1,000,000 projects and 3,000,000 referrals..."
  started=$(date +%s%3N)
  "${PSQL[@]}" -v projects=1000000 -v referrals_per_project=3 -f bench/pathway/generate.sql > /dev/null
  echo "Generated in $(( $(date +%s%3N) - started )) ms"
fi
echo "Data: $("${PSQL[@]}" -c "select count(*) from project") projects, $("${PSQL[@]}" -c "select count(*) from referral") referrals," \
     "$("${PSQL[@]}" -c "select count(*) from timeline_event") timeline steps"

# A signed-in session: the sign-in page's form token, then the form.
session() {
  local jar="$WORK/$1.jar" token
  token=$(curl -s -c "$jar" "http://localhost:$PORT/connexion" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "email=$1" --data-urlencode "password=bench-passerelle" \
       --data-urlencode "_csrf=$token" "http://localhost:$PORT/connexion"
  grep PASSERELLE_SESSION "$jar" | awk '{print "PASSERELLE_SESSION=" $7}'
}
COORDINATOR=$(session coordination@bench.invalid)
ADVISOR=$(session conseil@bench.invalid)
[ -n "$COORDINATOR" ] && [ -n "$ADVISOR" ] || { echo "Sign-in failed"; exit 1; }

"${PSQL[@]}" -c "select '/api/v1/projects/' || id || '/orientation' from bench_project_index order by md5(id::text) limit 2000" > "$WORK/orientation.txt"
"${PSQL[@]}" -c "select '/api/v1/projects/' || id || '/timeline' from bench_project_index order by md5(n::text) limit 2000" > "$WORK/timeline.txt"
echo "/parcours/orientations" > "$WORK/inbox.txt"

http() {
  wrk -t2 -c"$CLIENTS" -d"$WARMUP" -H "Cookie: $2" -s bench/directory/urls.lua "http://localhost:$PORT" -- "$WORK/$1.txt" > /dev/null
  wrk -t2 -c"$CLIENTS" -d"$DURATION" -H "Cookie: $2" -s bench/directory/urls.lua "http://localhost:$PORT" -- "$WORK/$1.txt" | grep RESULT
}

floor() {
  local log="$WORK/pgbench-$1"
  mkdir -p "$log" && rm -f "$log"/*
  (cd "$log" && PGPASSWORD= pgbench -h localhost -p "$PGPORT" -U postgres -n -c "$CLIENTS" -j 2 -T "${DURATION%s}" \
      -f "$OLDPWD/bench/pathway/floor-$1.sql" --log --log-prefix=tx postgres > summary.txt 2>&1)
  local tps; tps=$(grep -o 'tps = [0-9.]*' "$log/summary.txt" | head -1 | awk '{print $3}')
  cat "$log"/tx* | awk '{print $3 / 1000}' | sort -n | awk -v tps="$tps" '
    { v[NR] = $1 } END { printf "p50=%.1f p95=%.1f p99=%.1f tps=%.1f\n", v[int(NR*0.5)], v[int(NR*0.95)], v[int(NR*0.99)], tps }'
}

printf "\n%-34s %-52s %-40s %s\n" "scenario ($CLIENTS clients, $DURATION)" "HTTP (ms, requests/s)" "SQL floor (ms, transactions/s)" "HTTP/floor"
for scenario in "orientation:$COORDINATOR" "inbox:$ADVISOR" "timeline:$COORDINATOR"; do
  name=${scenario%%:*}; cookie=${scenario#*:}
  result=$(http "$name" "$cookie"); base=$(floor "$name")
  rps=$(echo "$result" | grep -o 'rps=[0-9.]*' | cut -d= -f2); tps=$(echo "$base" | grep -o 'tps=[0-9.]*' | cut -d= -f2)
  ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN { printf "%.2f", a / b }')
  printf "%-34s %-52s %-40s %s\n" "$name" "${result#RESULT }" "$base" "$ratio"
done
