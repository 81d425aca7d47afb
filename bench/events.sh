#!/usr/bin/env bash
# Events at national scale: fills 50,000 events and 2,000,000 registrations (once), starts the platform,
# and measures (1) 500 simultaneous registration attempts on one 12-seat event — exactly 12 must be
# held (each seat kept until its person confirms by the e-mailed link) and the rest waitlisted, every attempt
# answered 202, with no error — and its throughput; (2) the agenda page of a month
# and (3) its iCalendar feed, over HTTP with 8 clients beside the agenda's SQL floor.
# Usage: bench/events.sh            (DURATION=20s WARMUP=15s CLIENTS=8; BENCH_DATA_DIR to keep the data elsewhere;
#                                   RUSH_ONLY=1 stops after the rush; WARM_RUSH=0 measures the rush cold)
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/lib.sh
# 500 attempts come from one address here: the per-address limit is lifted for the measurement.
export PASSERELLE_EVENTS_REGISTRATIONS_PER_HOUR=1000000
start_platform
if [ "$("${PSQL[@]}" -c "select count(*) from event")" -lt 50000 ]; then
  echo "Generating 50,000 events and 2,000,000 registrations..."
  started=$(date +%s%3N)
  "${PSQL[@]}" -v events=50000 -v registrations=2000000 -f bench/events/generate.sql > /dev/null
  echo "Generated in $(( $(date +%s%3N) - started )) ms"
fi
echo "Data: $("${PSQL[@]}" -c "select count(*) from event") events, $("${PSQL[@]}" -c "select count(*) from registration") registrations"

memory "at rest"

# (1) The rush: a fresh 12-seat event, 500 registrations sent at once (100 at a time in flight).
rush_event() {
  "${PSQL[@]}" -c "with e as (insert into event (kind, title, mode, place, capacity, status, starts_at)
        values ('formation', '$1 ' || now(), 'sur_place', 'Lyon', 12, 'published', now() + interval '30 days')
        returning id, starts_at)
        insert into event_slot select id, 1, starts_at, starts_at + interval '3 hours' from e returning event_id"
}
# A rush meets a platform that has run a while: first a warm-up rush of WARM_RUSH attempts (2,000; 0 for none) on
# another event, whose rate is printed too (a JVM just started runs the registration path interpreted at first).
WARM_RUSH=${WARM_RUSH:-2000}
if [ "$WARM_RUSH" -gt 0 ]; then
  echo "warm-up rush (just after start): $(java bench/events/Rush.java "http://localhost:$PORT" "$(rush_event 'Échauffement du banc')" "$WARM_RUSH" 100)"
  sleep 5
fi
EVENT=$(rush_event 'Ruée du banc d’essai')
# The load client is one JVM with one HTTP client (bench/events/Rush.java), not a process per request.
# With PROFILE=1 the rush is recorded by Java Flight Recorder (bench/profiles/rush.jfr, its summary in rush.txt), as
# the wrk scenarios are; it stops five seconds after the last answer, so that the mails sent after the answers are in it.
[ -z "${PROFILE:-}" ] || jcmd "$(jvm)" JFR.start name=rush settings=profile > /dev/null
java bench/events/Rush.java "http://localhost:$PORT" "$EVENT" 500 100 | tee "$WORK/rush.txt"
if [ -n "${PROFILE:-}" ]; then
  sleep 5
  mkdir -p bench/profiles
  jcmd "$(jvm)" JFR.stop name=rush filename="$PWD/bench/profiles/rush.jfr" > /dev/null
  java bench/Profile.java bench/profiles/rush.jfr > bench/profiles/rush.txt
fi
accepted=$(grep -o '202=[0-9]*' "$WORK/rush.txt" | cut -d= -f2 || true)
held=$("${PSQL[@]}" -c "select count(*) from registration where event_id = '$EVENT' and status in ('held', 'confirmed')")
waitlisted=$("${PSQL[@]}" -c "select count(*) from registration where event_id = '$EVENT' and status = 'waitlisted'")
echo
echo "rush: $(grep -o 'ms=[0-9]*' "$WORK/rush.txt") $(grep -o 'rate=[0-9]*' "$WORK/rush.txt") registrations/s:" \
     "${accepted:-0} answered 202, $held held, $waitlisted waitlisted, $(grep -o 'statuses=.*' "$WORK/rush.txt")"
if [ "$held" != 12 ] || [ "$waitlisted" != 488 ] || [ "$accepted" != 500 ]; then
  echo "THE RUSH OVERBOOKED OR FAILED; the platform's warnings:"
  grep -E ' (WARN|ERROR) ' "$WORK/platform.log" | cut -c1-300 | sort | uniq -c | sort -rn | head -10
  exit 1
fi
memory "after the rush"
[ -z "${RUSH_ONLY:-}" ] || exit 0

# (2) and (3): the agenda and its feed, month by month over the four years.
for m in $(seq 0 47); do
  "${PSQL[@]}" -c "select to_char(date_trunc('month', now() - interval '3 years') + make_interval(months => $m), 'YYYY-MM')"
done > "$WORK/months.txt"
sed 's|^|/agenda?month=|' "$WORK/months.txt" > "$WORK/agenda.txt"
sed 's|^|/agenda.ics?month=|' "$WORK/months.txt" > "$WORK/feed.txt"

header
report "agenda (page of 20)" "$(http agenda)" "$(floor bench/events/floor-agenda.sql)"
report "agenda.ics (up to 200)" "$(http feed)" "$(floor bench/events/floor-agenda.sql)"
echo
memory "after the agenda"
