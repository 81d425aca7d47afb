# What the benchmark scripts share: settings, tools, starting the platform on the bench data, and the
# SQL floor with pgbench. Sourced by bench/directory.sh and bench/pathway.sh.
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

# Builds the jar and starts it on the bench data (stopped when the script exits).
start_platform() {
  echo "Building..."
  mvn -B -q package -DskipTests -Dspotless.check.skip=true
  PASSERELLE_DATA_DIR="$DATA" PASSERELLE_DEMO_DATA=false PASSERELLE_SECURE_COOKIES=false SERVER_PORT="$PORT" \
    PASSERELLE_EMBEDDED_DATABASE_PORT="$PGPORT" setsid java -Xmx2g ${BENCH_JAVA_OPTS:-} -jar target/passerelle.jar > "$WORK/platform.log" 2>&1 &
  APP=$!
  trap 'kill -- -$APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
  until curl -sf -o /dev/null "http://localhost:$PORT/actuator/health"; do
    kill -0 "$APP" 2>/dev/null || { tail -30 "$WORK/platform.log"; exit 1; }
    sleep 0.5
  done
  # The embedded database asks for the password it generated in the data folder.
  export PGPASSWORD; PGPASSWORD=$(cat "$DATA/postgres.secret")
}

# The national directory (100,000 organisations, 150,000 schemes), made once.
ensure_directory() {
  if [ "$("${PSQL[@]}" -c "select count(*) from organisation")" -lt 100000 ]; then
    echo "Generating the national directory..."
    local started; started=$(date +%s%3N)
    "${PSQL[@]}" -v organisations=100000 -v schemes=150000 -f bench/directory/generate.sql > /dev/null
    echo "Generated 100,000 organisations and 150,000 schemes in $(( $(date +%s%3N) - started )) ms"
  fi
  "${PSQL[@]}" -f bench/directory/picks.sql > /dev/null
}

# wrk over a list of paths ($1 names $WORK/$1.txt), warmed up first; with COOKIES naming a file of
# session cookies, requests take them in turn; extra wrk arguments follow.
http() {
  local list=$1; shift
  wrk -t2 -c"$CLIENTS" -d"$WARMUP" "$@" -s bench/directory/urls.lua "http://localhost:$PORT" -- "$WORK/$list.txt" ${COOKIES:-} > /dev/null
  wrk -t2 -c"$CLIENTS" -d"$DURATION" "$@" -s bench/directory/urls.lua "http://localhost:$PORT" -- "$WORK/$list.txt" ${COOKIES:-} | grep RESULT
}

# pgbench running the script $1 (a path), with its latency percentiles and throughput.
floor() {
  local log="$WORK/pgbench-$(basename "$1" .sql)"
  mkdir -p "$log" && rm -f "$log"/*
  (cd "$log" && pgbench -h localhost -p "$PGPORT" -U postgres -n -c "$CLIENTS" -j 2 -T "${DURATION%s}" \
      -f "$OLDPWD/$1" --log --log-prefix=tx postgres > summary.txt 2>&1)
  local tps; tps=$(grep -o 'tps = [0-9.]*' "$log/summary.txt" | head -1 | awk '{print $3}')
  cat "$log"/tx* | awk '{print $3 / 1000}' | sort -n | awk -v tps="$tps" '
    { v[NR] = $1 } END { printf "p50=%.1f p95=%.1f p99=%.1f tps=%.1f\n", v[int(NR*0.5)], v[int(NR*0.95)], v[int(NR*0.99)], tps }'
}

# One line of the results table: the scenario, its HTTP figures, its floor and their ratio.
report() {
  local rps tps ratio
  rps=$(echo "$2" | grep -o 'rps=[0-9.]*' | cut -d= -f2); tps=$(echo "$3" | grep -o 'tps=[0-9.]*' | cut -d= -f2)
  ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN { printf "%.2f", a / b }')
  printf "%-34s %-52s %-40s %s\n" "$1" "${2#RESULT }" "$3" "$ratio"
}

header() {
  printf "\n%-34s %-52s %-40s %s\n" "scenario ($CLIENTS clients, $DURATION)" "HTTP (ms, requests/s)" "SQL floor (ms, transactions/s)" "HTTP/floor"
}
