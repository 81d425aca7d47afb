#!/usr/bin/env bash
# Orientation in its steady state: the pathway's orientation scenario (2,000 projects, 8 coordinators' sessions)
# measured RUNS times in a row on one platform, each after wrk's warm-up, with the count of orientations whose
# candidate organisations were kept in memory for their place and of those read from the database (the first of a
# place, or the first after a change there). Needs the data of bench/pathway.sh (run it once first).
# Usage: bench/orientation.sh        (RUNS=3; DURATION, WARMUP, CLIENTS and BENCH_DATA_DIR as for the others)
set -euo pipefail
cd "$(dirname "$0")/.."

# The counts are read from the platform's metrics, exposed for this run only.
export MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=health,metrics
source bench/lib.sh
start_platform
[ "$("${PSQL[@]}" -c "select count(*) from project")" -ge 1000000 ] || { echo "Run bench/pathway.sh first"; exit 1; }
national_coordinator
for i in $(seq "$CLIENTS"); do
  session coordination@bench.invalid >> "$WORK/coordinator.cookies"
done
"${PSQL[@]}" -c "select '/api/v1/projects/' || id || '/orientation' from bench_project_index order by md5(id::text) limit 2000" > "$WORK/orientation.txt"
cookie=$(head -1 "$WORK/coordinator.cookies")
places() {
  curl -s -b "$cookie" "http://localhost:$PORT/actuator/metrics/passerelle.orientation.places?tag=candidates:$1" \
    | grep -o '"value":[0-9.]*' | cut -d: -f2
}
for run in $(seq "${RUNS:-3}"); do
  echo "run $run: $(COOKIES="$WORK/coordinator.cookies" http orientation) places kept=$(places kept) read=$(places read)"
done
memory "after the runs"
