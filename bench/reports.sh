#!/usr/bin/env bash
# Reports and library at national scale: on top of the data of bench/pathway.sh (1,000,000 projects,
# 3,000,000 referrals) and bench/events.sh (50,000 events, 2,000,000 registrations), which this script
# makes first when they are missing, adds 40 programmes of 60 actions and 20,000 resources with their
# files' text (once), signs coordinators in and measures (1) the network's yearly report, (2) the
# statistics dashboard — each over the agenda's four years, with REPORT_CLIENTS clients (2: a few
# coordinators at once) — and (3) the library's search with CLIENTS clients, beside their SQL floors.
# Usage: bench/reports.sh   (DURATION=20s WARMUP=15s CLIENTS=8 REPORT_CLIENTS=2; BENCH_DATA_DIR to keep the data elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/lib.sh
REPORT_CLIENTS=${REPORT_CLIENTS:-2}
start_platform
if [ "$("${PSQL[@]}" -c "select count(*) from project")" -lt 1000000 ] \
   || [ "$("${PSQL[@]}" -c "select count(*) from event")" -lt 50000 ]; then
  echo "The pathway's and the events' data are needed: run bench/pathway.sh and bench/events.sh first." >&2
  exit 1
fi
if [ "$("${PSQL[@]}" -c "select count(*) from resource where title like 'Ressource du banc %'")" -lt 20000 ]; then
  # Data of an earlier version of this script (every word in every text) is made again.
  "${PSQL[@]}" -c "delete from resource where title like 'Ressource %' and file_key like 'bench-%'" > /dev/null
  "${PSQL[@]}" -c "delete from programme where name like 'Démarche du banc %'" > /dev/null
  echo "Generating 40 programmes and 20,000 resources..."
  started=$(date +%s%3N)
  "${PSQL[@]}" -v resources=20000 -f bench/reports/generate.sql > /dev/null
  echo "Generated in $(( $(date +%s%3N) - started )) ms"
fi
"${PSQL[@]}" -c "vacuum analyze resource" > /dev/null
echo "Data: $("${PSQL[@]}" -c "select count(*) from project") projects, $("${PSQL[@]}" -c "select count(*) from referral") referrals," \
     "$("${PSQL[@]}" -c "select count(*) from event") events, $("${PSQL[@]}" -c "select count(*) from registration") registrations," \
     "$("${PSQL[@]}" -c "select count(*) from programme_action") programme actions, $("${PSQL[@]}" -c "select count(*) from resource") resources"

national_coordinator
for i in $(seq "$CLIENTS"); do session coordination@bench.invalid >> "$WORK/coordinator.cookies"; done
[ "$(grep -c PASSERELLE_SESSION "$WORK/coordinator.cookies")" -eq "$CLIENTS" ] || { echo "Sign-in failed"; exit 1; }

first=$("${PSQL[@]}" -c "select extract(year from now() - interval '3 years')::int")
: > "$WORK/annual.txt"; : > "$WORK/statistics.txt"
for y in $(seq "$first" $((first + 3))); do
  echo "/programmes/rapport-annuel?annee=$y" >> "$WORK/annual.txt"
  echo "/programmes/rapport-annuel?annee=$y&financeur=Financeur%20$((y % 5))" >> "$WORK/annual.txt"
  echo "/statistiques?annee=$y" >> "$WORK/statistics.txt"
done
# The words as a browser sends them: spaces and accents percent-encoded.
cat > "$WORK/search.txt" <<'WORDS'
/ressources?q=accueil
/ressources?q=installation
/ressources?q=territoire
/ressources?q=coop%C3%A9rative
/ressources?q=%C3%A9conomie%20solidaire
/ressources?q=tiers-lieu
/ressources?q=financement
/ressources?q=%C3%A9mergence
/ressources?q=reprise
/ressources?q=circuit%20court
/ressources?q=gouvernance
/ressources?q=diagnostic
/ressources?q=t%C3%A9moignage
/ressources?q=porteur%20de%20projet
/ressources?q=mobilit%C3%A9
/ressources?q=logement
WORDS
sed 's|^/ressources?q=|/api/v1/resources?q=|' "$WORK/search.txt" > "$WORK/api.txt"

header
saved=$CLIENTS
CLIENTS=$REPORT_CLIENTS
# A report takes longer than wrk's 2-second default: its timeout is raised so that slow answers are measured, not dropped.
report "yearly report (page, $CLIENTS clients)" "$(COOKIES="$WORK/coordinator.cookies" http annual --timeout 20s)" "$(floor bench/reports/floor-period.sql)"
report "statistics dashboard ($CLIENTS clients)" "$(COOKIES="$WORK/coordinator.cookies" http statistics --timeout 20s)" "$(floor bench/reports/floor-statistics.sql)"
CLIENTS=$saved
report "library search (page, $CLIENTS clients)" "$(http search)" "$(floor bench/reports/floor-search.sql)"
report "library search (API, $CLIENTS clients)" "$(http api)" "$(floor bench/reports/floor-search.sql)"

echo
memory "after the reports"
