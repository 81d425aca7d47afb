#!/usr/bin/env bash
# Measures Passerelle's start-up with the README's run command (mvn spring-boot:run) and with the jar:
# first start on an empty data folder (PostgreSQL initialised, 2026 geography loaded), second start
# on the same folder, and the INSEE imports of ../shared/reference/insee when the files are there.
# Usage: bench/startup.sh            (from the project folder; uses port 18080 and a temporary data folder;
#                                   MODES="mvn jar cds" by default, cds: the jar with class-data sharing)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
REFERENCE=${REFERENCE:-../shared/reference/insee}
WORK=$(mktemp -d /tmp/passerelle-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

now_ms() { date +%s%3N; }

# Starts a command in its own process group, waits until the home page answers, prints the milliseconds;
# then waits until the demonstration data are all loaded (the modules fill them after the pages answer)
# and prints that time too, so that the next start finds them complete and measures a true second start.
time_start() {
  local log=$1; shift
  local started; started=$(now_ms)
  setsid "$@" > "$log" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "start failed, see $log" >&2; tail -20 "$log" >&2; exit 1; fi
    sleep 0.1
  done
  local home; home=$(( $(now_ms) - started ))
  until grep -q "Demonstration data loaded" "$log"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "stopped before the demonstration data, see $log" >&2; exit 1; fi
    sleep 0.1
  done
  local demo; demo=$(( $(now_ms) - started ))
  kill -- -"$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  # The figures are printed once the platform has stopped and its port is free: the caller starts the next one at
  # once, and a platform still stopping would answer its first request.
  while curl -s -o /dev/null "http://localhost:$PORT/"; do sleep 0.2; done
  echo "$home $demo"
}

# BENCH_NO_BUILD=1 reuses the jar already built.
if [ -z "${BENCH_NO_BUILD:-}" ] || [ ! -f target/passerelle.jar ]; then
  echo "Building..."
  mvn -B -q package -DskipTests -Dspotless.check.skip=true
fi

# The jar with class-data sharing (Spring Boot's CDS support): the jar extracted, one training run that starts the
# application context and stops (writing the classes it loaded into an archive), then starts that map the archive.
prepare_cds() {
  local started; started=$(now_ms)
  java -Djarmode=tools -jar target/passerelle.jar extract --destination "$WORK/cds" > /dev/null
  PASSERELLE_DATA_DIR="$WORK/data-cds-training" PASSERELLE_DEMO_DATA=false \
    java -XX:ArchiveClassesAtExit="$WORK/cds/passerelle.jsa" -Dspring.context.exit=onRefresh \
    -jar "$WORK/cds/passerelle.jar" > "$WORK/cds-training.log" 2>&1
  [ -s "$WORK/cds/passerelle.jsa" ] || { echo "no CDS archive, see the training run:" >&2; tail -20 "$WORK/cds-training.log" >&2; exit 1; }
  echo "[cds] extracted and trained in $(( $(now_ms) - started )) ms (archive $(du -m "$WORK/cds/passerelle.jsa" | cut -f1) MB)"
}

export SERVER_PORT=$PORT
for mode in ${MODES:-mvn jar cds}; do
  export PASSERELLE_DATA_DIR="$WORK/data-$mode"
  case $mode in
    mvn) cmd=(mvn -B -q spring-boot:run) ;;
    jar) cmd=(java -jar target/passerelle.jar) ;;
    cds) prepare_cds; cmd=(java -XX:SharedArchiveFile="$WORK/cds/passerelle.jsa" -jar "$WORK/cds/passerelle.jar") ;;
  esac
  read -r first first_demo < <(time_start "$WORK/$mode-1.log" "${cmd[@]}")
  load=$(grep -o 'Loaded the 2026 geography: [0-9]* communes in [0-9]* ms' "$WORK/$mode-1.log" || echo "geography: not found in log")
  read -r second second_demo < <(time_start "$WORK/$mode-2.log" "${cmd[@]}")
  echo "[$mode] first start to home page: ${first} ms ($load); demonstration data complete at ${first_demo} ms"
  echo "[$mode] second start to home page: ${second} ms (demonstration data checked at ${second_demo} ms)"
done

if [ -r "$REFERENCE/grille_densite_7_niveaux_2024.csv" ]; then
  export PASSERELLE_DATA_DIR="$WORK/data-jar"
  for spec in "density-grid grille_densite_7_niveaux_2024.csv" "city-attraction table-appartenance-geo-communes-22_COM.csv"; do
    set -- $spec
    started=$(now_ms)
    java -jar target/passerelle.jar import "$1" "$REFERENCE/$2" > "$WORK/import-$1.log" 2>&1
    total=$(( $(now_ms) - started ))
    echo "[import $1] $(grep -o 'Imported .* in [0-9]* ms' "$WORK/import-$1.log"); whole command ${total} ms"
  done
else
  echo "INSEE reference files not found in $REFERENCE: imports not measured"
fi
