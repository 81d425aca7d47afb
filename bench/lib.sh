# What the benchmark scripts share: settings, tools, starting the platform on the bench data, and the
# SQL floor with pgbench. Sourced by bench/directory.sh and bench/pathway.sh.
DATA=${BENCH_DATA_DIR:-bench/data}
PGPORT=${PGPORT:-54329}
PORT=${PORT:-18080}
CLIENTS=${CLIENTS:-8}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-15s}
WORK=$(mktemp -d /tmp/passerelle-bench.XXXXXX)

# apt waits for another installation's lock (parallel runs) instead of failing at once.
need() {
  command -v "$1" >/dev/null 2>&1 && return
  echo "Installing $2..."
  apt-get install -y -qq -o DPkg::Lock::Timeout=600 "$2" >/dev/null \
    || { apt-get update -qq -o DPkg::Lock::Timeout=600 && apt-get install -y -qq -o DPkg::Lock::Timeout=600 "$2" >/dev/null; }
}
need wrk wrk
need psql postgresql-client
need pgbench postgresql-client
PSQL=(psql -h localhost -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt)

# Builds the jar and starts it on the bench data (stopped when the script exits).
start_platform() {
  # BENCH_NO_BUILD=1 reuses the jar already built (runs one after another on the same code).
  if [ -z "${BENCH_NO_BUILD:-}" ] || [ ! -f target/passerelle.jar ]; then
    echo "Building..."
    mvn -B -q package -DskipTests -Dspotless.check.skip=true
  fi
  PASSERELLE_DATA_DIR="$DATA" PASSERELLE_DEMO_DATA=false PASSERELLE_SECURE_COOKIES=false SERVER_PORT="$PORT" \
    PASSERELLE_EMBEDDED_DATABASE_PORT="$PGPORT" setsid java -Xmx2g ${BENCH_JAVA_OPTS:-} ${PROFILE:+-XX:FlightRecorderOptions=stackdepth=256} -jar target/passerelle.jar > "$WORK/platform.log" 2>&1 &
  APP=$!
  trap 'kill -- -$APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
  until curl -sf -o /dev/null "http://localhost:$PORT/actuator/health"; do
    kill -0 "$APP" 2>/dev/null || { tail -30 "$WORK/platform.log"; exit 1; }
    sleep 0.5
  done
  # The embedded PostgreSQL asks for the password the platform generated in the data folder.
  PGPASSWORD=$(cat "$DATA/postgres.secret")
  export PGPASSWORD
  # The data as the hourly jobs would have left them by now (nothing to do on an empty database).
  "${PSQL[@]}" -f bench/pathway/steady.sql > /dev/null
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

# CPU time used so far (clock ticks, user and system) by these processes together.
cpu_ticks() {
  for pid in "$@"; do awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null; done | awk '{s += $1} END {print s + 0}'
}

# The embedded PostgreSQL's processes (the postmaster and its backends).
postgres_processes() {
  local postmaster; postmaster=$(head -1 "$DATA/postgres/postmaster.pid" 2>/dev/null)
  [ -n "$postmaster" ] && { echo "$postmaster"; pgrep -P "$postmaster"; }
}

# The platform's JVM (its process group's java).
jvm() {
  pgrep -s "$APP" -x java | head -1
}

# The bench's coordinator works at the national level (an administrator too): since several networks share the
# platform, a network's coordinator reads only the projects aimed at their network's régions and their network's
# reports, and the bench's projects and figures span the whole country (without it, 9 in 10 orientation and timeline
# requests were refused, 2026-12-04).
national_coordinator() {
  "${PSQL[@]}" -c "insert into user_role values ('00000000-0000-0000-0000-00000000b001', 'ADMINISTRATOR')
                   on conflict do nothing" > /dev/null
}

# A signed-in session's cookie (PASSERELLE_SESSION=…) for the address $1: the sign-in page's form token, then the form.
session() {
  local jar; jar=$(mktemp "$WORK/session.XXXXXX"); local token
  token=$(curl -s -c "$jar" "http://localhost:$PORT/connexion" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "email=$1" --data-urlencode "password=bench-passerelle" \
       --data-urlencode "_csrf=$token" "http://localhost:$PORT/connexion"
  grep PASSERELLE_SESSION "$jar" | awk '{print "PASSERELLE_SESSION=" $7}'
}

# wrk over a list of paths ($1 names $WORK/$1.txt), warmed up first; with COOKIES naming a file of
# session cookies, requests take them in turn; extra wrk arguments follow. With PROFILE=1 the measured run is
# recorded by Java Flight Recorder into bench/profiles/$1.jfr and where its CPU went printed into
# bench/profiles/$1.txt (bench/Profile.java); its figures then carry the recorder's cost (a few per cent).
http() {
  local list=$1; shift
  WRK_THREADS=2 wrk -t2 -c"$CLIENTS" -d"$WARMUP" "$@" -s bench/directory/urls.lua "http://localhost:$PORT" -- "$WORK/$list.txt" ${COOKIES:-} > /dev/null
  [ -z "${PROFILE:-}" ] || jcmd "$(jvm)" JFR.start name=bench settings=profile > /dev/null
  local jvm_before pg_before result
  jvm_before=$(cpu_ticks "$(jvm)"); pg_before=$(cpu_ticks $(postgres_processes))
  result=$(WRK_THREADS=2 wrk -t2 -c"$CLIENTS" -d"$DURATION" "$@" -s bench/directory/urls.lua "http://localhost:$PORT" -- "$WORK/$list.txt" ${COOKIES:-} | grep RESULT)
  # CPU per request (milliseconds) of the platform's JVM and of PostgreSQL: steadier than the latency on a machine
  # whose speed varies, for comparing two versions.
  echo "$result $(awk -v j=$(( $(cpu_ticks "$(jvm)") - jvm_before )) -v p=$(( $(cpu_ticks $(postgres_processes)) - pg_before )) \
      -v n="$(echo "$result" | grep -o 'requests=[0-9]*' | cut -d= -f2)" -v hz="$(getconf CLK_TCK)" \
      'BEGIN { printf "cpu/req jvm=%.2f pg=%.2f", j * 1000 / hz / n, p * 1000 / hz / n }')"
  if [ -n "${PROFILE:-}" ]; then
    mkdir -p bench/profiles
    jcmd "$(jvm)" JFR.stop name=bench filename="$PWD/bench/profiles/$list.jfr" > /dev/null
    java bench/Profile.java "bench/profiles/$list.jfr" > "bench/profiles/$list.txt"
  fi
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

# The platform's memory now ($1 says when): the JVM's resident set and its peak (RSS, VmHWM), the heap in use and
# its maximum, and the resident set of its embedded PostgreSQL (all its processes; shared buffers counted once).
memory() {
  local jvm; jvm=$(jvm)
  [ -n "$jvm" ] || { echo "memory ($1): platform not found"; return; }
  local rss hwm heap pg
  rss=$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$jvm/status")
  hwm=$(awk '/^VmHWM/ {print int($2 / 1024)}' "/proc/$jvm/status")
  heap=$(jcmd "$jvm" GC.heap_info 2>/dev/null | awk '/total/ && /used/ {
      for (i = 1; i <= NF; i++) { if ($i == "total") t = $(i + 1); if ($i == "used") u = $(i + 1) }
      gsub(/K,?/, "", t); gsub(/K,?/, "", u); printf "%d of %d MB", u / 1024, t / 1024; exit }')
  pg=$(postgres_processes | xargs -r -I{} cat /proc/{}/smaps_rollup 2>/dev/null \
      | awk '/^Pss:/ {s += $2} END {printf "%d", s / 1024}')
  echo "memory ($1): JVM resident ${rss} MB (peak ${hwm} MB), heap in use ${heap:-?} (committed), PostgreSQL ${pg:-?} MB (PSS)"
}
