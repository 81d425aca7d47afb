#!/usr/bin/env bash
# Welcome and pathway at national scale: on top of the directory's data (made by bench/directory.sh's
# generator when missing), fills 1,000,000 project holders, projects and intake requests and
# 3,000,000 referrals with their timeline (once), starts the platform, signs in a coordinator and
# an advisor, drives three scenarios over HTTP with 8 concurrent clients (wrk) and runs the same SQL
# directly with pgbench as the floor.
# Usage: bench/pathway.sh            (DURATION=20s WARMUP=15s CLIENTS=8; BENCH_DATA_DIR to keep the data elsewhere;
#                                     SCENARIOS="inbox:advisor" to run some of the three)
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/lib.sh
start_platform
ensure_directory
if [ "$("${PSQL[@]}" -c "select count(*) from project")" -lt 1000000 ]; then
  echo "Generating 1,000,000 projects and 3,000,000 referrals..."
  started=$(date +%s%3N)
  "${PSQL[@]}" -v projects=1000000 -v referrals_per_project=3 -f bench/pathway/generate.sql > /dev/null
  echo "Generated in $(( $(date +%s%3N) - started )) ms"
fi
if [ "$("${PSQL[@]}" -c "select count(*) from outcome_follow_up")" -eq 0 ]; then
  echo "Planning the outcome follow-up questions of the closed referrals..."
  "${PSQL[@]}" -f bench/pathway/follow-ups.sql > /dev/null
  "${PSQL[@]}" -f bench/pathway/steady.sql > /dev/null
fi
echo "Data: $("${PSQL[@]}" -c "select count(*) from project") projects, $("${PSQL[@]}" -c "select count(*) from referral") referrals," \
     "$("${PSQL[@]}" -c "select count(*) from timeline_event") timeline steps," \
     "$("${PSQL[@]}" -c "select count(*) from outcome_follow_up") follow-up questions"

# Each client is a person signed in on their own (a session each), as 8 coordinators or 8 advisors
# of the busy structure would be: one session shared by all would serialise its last-access updates.
national_coordinator
for i in $(seq "$CLIENTS"); do
  session coordination@bench.invalid >> "$WORK/coordinator.cookies"
  session conseil@bench.invalid >> "$WORK/advisor.cookies"
done
[ "$(grep -c PASSERELLE_SESSION "$WORK/advisor.cookies")" -eq "$CLIENTS" ] || { echo "Sign-in failed"; exit 1; }

"${PSQL[@]}" -c "select '/api/v1/projects/' || id || '/orientation' from bench_project_index order by md5(id::text) limit 2000" > "$WORK/orientation.txt"
"${PSQL[@]}" -c "select '/api/v1/projects/' || id || '/timeline' from bench_project_index order by md5(n::text) limit 2000" > "$WORK/timeline.txt"
echo "/parcours/orientations" > "$WORK/inbox.txt"

header
for scenario in ${SCENARIOS:-orientation:coordinator inbox:advisor timeline:coordinator}; do
  name=${scenario%%:*}
  report "$name" "$(COOKIES="$WORK/${scenario#*:}.cookies" http "$name")" "$(floor "bench/pathway/floor-$name.sql")"
done
