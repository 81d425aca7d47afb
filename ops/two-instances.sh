#!/usr/bin/env bash
# Two Passerelle instances on one external PostgreSQL, as in production behind a load balancer, and the checks that
# make it a tested fact: migrations applied once, sessions shared, registrations split across both never overbook,
# each scheduled job runs once, a file uploaded on one is served by the other, sign-in throttling counted across both.
#
# Installs Debian's PostgreSQL when missing, creates a throw-away cluster in a temporary folder (127.0.0.1 only, on
# a free port, password authentication) with a non-superuser role `passerelle` owning database `passerelle` — what the
# README asks of an operator —, starts both instances on it, checks, and removes everything on exit.
# Run as root from a clone: ops/two-instances.sh   (prints PASS/FAIL per check; exits 1 on any FAIL)
# Settings: JOB_MINUTES=2 (minutes of every-minute jobs checked), REGISTRATIONS=200, CAPACITY=12,
#           KEEP=1 keeps the temporary folder (logs, cluster) for a look afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

JOB_MINUTES=${JOB_MINUTES:-2}
REGISTRATIONS=${REGISTRATIONS:-200}
CAPACITY=${CAPACITY:-12}
THROTTLE_LIMIT=5
DEMO_PASSWORD=passerelle-demo
COORDINATOR=coordination@passerelle.example
THROTTLED=conseil@passerelle.example
# The jobs under SingleRun and their settings (passerelle.jobs.<job>.cron): all set to fire every minute here.
JOBS=(referral-reminders outcome-questions response-records offer-alerts offer-expiry event-reminders event-surveys
      stale-digest erasure confirmation-deadlines)

started_at=$(date +%s)
failures=0
pass() { echo "PASS  $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
say() { echo "----  [$(elapsed)] $*"; }
elapsed() { echo "$(( $(date +%s) - started_at )) s"; }
die() { echo "ABORT $*" >&2; exit 2; }

[ "$(id -u)" = 0 ] || die "run as root: PostgreSQL is installed with apt-get and its cluster run as the postgres user"
command -v java >/dev/null || die "java (17+) is needed"
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }

# --- PostgreSQL: Debian's packages, installed when missing -----------------------------------------------------
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ] || [ -n "${FORCE_INSTALL:-}" ]; then
  say "installing Debian's PostgreSQL (apt-get)"
  apt-get update -qq
  # The package's own cluster is not used: keep it from starting where services start at installation.
  policy_set=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && policy_set=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  [ -n "$policy_set" ] && rm -f /usr/sbin/policy-rc.d
fi
PG=$(pg_bin)
[ -x "$PG/initdb" ] || die "no initdb under /usr/lib/postgresql after installation"
PSQL_BIN=$PG/psql

# --- A throw-away folder, free ports, and cleaning up on exit ---------------------------------------------------
WORK=$(mktemp -d /tmp/passerelle-two.XXXXXX)
chmod 755 "$WORK"
PIDS=()
cleanup() {
  local status=$?
  for pid in "${PIDS[@]}"; do kill -- -"$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 -- -"$pid" 2>/dev/null || true
  done
  if [ -f "$WORK/pg/postmaster.pid" ]; then
    runuser -u postgres -- "$PG/pg_ctl" -D "$WORK/pg" -m fast -w -t 60 stop >/dev/null 2>&1 || true
  fi
  if [ -n "${KEEP:-}" ]; then echo "Kept $WORK"; else rm -rf "$WORK"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 40000 ))
    if port_free "$port" && [[ " ${TAKEN_PORTS:-} " != *" $port "* ]]; then
      TAKEN_PORTS="${TAKEN_PORTS:-} $port"; echo "$port"; return
    fi
  done
  die "no free port found"
}
PGPORT=$(free_port); TAKEN_PORTS=" $PGPORT"
PORT_A=$(free_port); TAKEN_PORTS="$TAKEN_PORTS $PORT_A"
PORT_B=$(free_port)
A=http://127.0.0.1:$PORT_A
B=http://127.0.0.1:$PORT_B

# --- The cluster, as an operator would prepare it ---------------------------------------------------------------
say "PostgreSQL $("$PG/postgres" --version | awk '{print $3}') cluster in $WORK/pg on 127.0.0.1:$PGPORT"
mkdir -p "$WORK/pg" "$WORK/socket" "$WORK/pg-log" && chown postgres:postgres "$WORK/pg" "$WORK/socket" "$WORK/pg-log"
DB_PASSWORD="two-$(date +%s%N | sha256sum | cut -c1-24)"
runuser -u postgres -- "$PG/initdb" -D "$WORK/pg" -U postgres --auth-local=peer --auth-host=scram-sha-256 \
  --encoding=UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1 || { cat "$WORK/initdb.log"; die "initdb failed"; }
runuser -u postgres -- "$PG/pg_ctl" -D "$WORK/pg" -w -t 60 -l "$WORK/pg-log/postgresql.log" \
  -o "-c listen_addresses=127.0.0.1 -c port=$PGPORT -c unix_socket_directories=$WORK/socket" start >/dev/null \
  || { tail -20 "$WORK/pg-log/postgresql.log"; die "PostgreSQL did not start"; }
admin() { runuser -u postgres -- "$PSQL_BIN" -h "$WORK/socket" -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
admin -d postgres -c "create role passerelle login password '$DB_PASSWORD'" \
                  -c "create database passerelle owner passerelle"
# Checks read the database as the application's own role, over TCP with its password.
sql() { PGPASSWORD=$DB_PASSWORD "$PSQL_BIN" -h 127.0.0.1 -p "$PGPORT" -U passerelle -d passerelle -v ON_ERROR_STOP=1 -qAt -c "$1"; }
[ "$(sql "select rolsuper from pg_roles where rolname = current_user")" = f ] || die "the role is a superuser"

# --- The application ----------------------------------------------------------------------------------------------
if [ ! -f target/passerelle.jar ] || [ -n "$(find src pom.xml -newer target/passerelle.jar -print -quit)" ]; then
  say "building target/passerelle.jar"
  mvn -B -q -DskipTests -Dspotless.check.skip=true package >"$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log"; die "build failed"; }
fi

start_instance() { # name port demo-data
  local name=$1 port=$2 demo=$3 job
  local env=(SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/passerelle"
    SPRING_DATASOURCE_USERNAME=passerelle SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD"
    SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$port" PASSERELLE_DATA_DIR="$WORK/data-$name"
    PASSERELLE_DEMO_DATA="$demo" PASSERELLE_BASE_URL="$A" PASSERELLE_SECURE_COOKIES=false
    PASSERELLE_INSTANCE_NAME="$name" PASSERELLE_EVENTS_REGISTRATIONS_PER_HOUR=1000000
    PASSERELLE_SIGN_IN_MAX_FAILURES_PER_ACCOUNT="$THROTTLE_LIMIT")
  for job in "${JOBS[@]}"; do
    env+=("PASSERELLE_JOBS_$(echo "$job" | tr 'a-z-' 'A-Z_')_CRON=0 * * * * *")
  done
  mkdir -p "$WORK/data-$name"
  env "${env[@]}" setsid java -Xmx768m -jar target/passerelle.jar >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
}
wait_for() { # log pattern seconds pid
  for _ in $(seq 1 $(( $3 * 2 ))); do
    grep -q "$2" "$1" && return 0
    kill -0 "$4" 2>/dev/null || { tail -40 "$1"; die "$(basename "$1" .log) stopped before: $2"; }
    sleep 0.5
  done
  tail -40 "$1"; die "$(basename "$1" .log): no '$2' within $3 s"
}

say "starting instance A ($A, demonstration data) and instance B ($B) together on the empty database"
start_instance A "$PORT_A" true
start_instance B "$PORT_B" false
wait_for "$WORK/A.log" "Started PasserelleApplication" 600 "${PIDS[0]}"
wait_for "$WORK/B.log" "Started PasserelleApplication" 600 "${PIDS[1]}"
wait_for "$WORK/A.log" "Demonstration data loaded" 900 "${PIDS[0]}"
both_up=$(sql "select now()")
say "both up, the demonstration loaded"

CURL=(curl -sS --max-time 60)

# --- 1. Migrations once -------------------------------------------------------------------------------------------
read -r versions rows duplicates failed < <(sql "select count(distinct version), count(*), count(*) - count(distinct version),
    count(*) filter (where not success) from flyway_schema_history where version is not null" | tr '|' ' ')
applied_a=$(grep -o 'Successfully applied [0-9]* migrations\?' "$WORK/A.log" | grep -o '[0-9]*' || echo 0)
applied_b=$(grep -o 'Successfully applied [0-9]* migrations\?' "$WORK/B.log" | grep -o '[0-9]*' || echo 0)
extensions=$(sql "select string_agg(extname, ',' order by extname) from pg_extension where extname <> 'plpgsql'")
figures="$versions versions, $rows rows, $duplicates applied twice, $failed failed; applied by A: ${applied_a:-0}, by B: ${applied_b:-0}; extensions $extensions (created by the non-superuser owner)"
if [ "$duplicates" = 0 ] && [ "$failed" = 0 ] && [ "$versions" -gt 0 ] && [ $(( applied_a + applied_b )) = "$versions" ]; then
  pass "1 migrations once: $figures"
else
  fail "1 migrations once: $figures"
fi

# --- Signing in (the form's anti-forgery token is in the page) -----------------------------------------------------
csrf() { # base jar -> the token of a page's forms
  "${CURL[@]}" -b "$2" -c "$2" "$1/connexion" | grep -o 'name="_csrf" content="[^"]*"' | head -1 | sed 's/.*content="//; s/"$//'
}
sign_in() { # base jar email password -> where the form sends the browser
  local token; token=$(csrf "$1" "$2")
  "${CURL[@]}" -o /dev/null -w '%{redirect_url}' -b "$2" -c "$2" --data-urlencode "_csrf=$token" \
    --data-urlencode "email=$3" --data-urlencode "password=$4" "$1/connexion"
}
page_token() { # url jar -> the token of that page's forms
  "${CURL[@]}" -b "$2" -c "$2" "$1" | grep -o 'name="_csrf" content="[^"]*"' | head -1 | sed 's/.*content="//; s/"$//'
}

# --- 2. Sessions shared ---------------------------------------------------------------------------------------------
JAR=$WORK/coordinator.cookies
landed=$(sign_in "$A" "$JAR" "$COORDINATOR" "$DEMO_PASSWORD")
session=$(awk '$6 == "PASSERELLE_SESSION" { print $7 }' "$JAR")
on_b=$("${CURL[@]}" -o "$WORK/b-page.html" -w '%{http_code}' -b "$JAR" "$B/compte/jetons")
anonymous_b=$("${CURL[@]}" -o /dev/null -w '%{http_code} %{redirect_url}' "$B/compte/jetons")
figures="signed in on A (sent to ${landed:-?}), session cookie ${session:0:8}…; B with that cookie: $on_b on /compte/jetons; B without: $anonymous_b"
if [ -n "$session" ] && [ "$on_b" = 200 ] && grep -q 'action="[^"]*/deconnexion"' "$WORK/b-page.html" && [[ "$anonymous_b" == 302* ]]; then
  pass "2 sessions shared: $figures"
else
  fail "2 sessions shared: $figures"
fi

# --- 3. Registrations split across both never overbook -------------------------------------------------------------
day=$(date -d '+30 days' +%F)
token=$(page_token "$A/agenda/nouvel-evenement" "$JAR")
created=$("${CURL[@]}" -o /dev/null -w '%{redirect_url}' -b "$JAR" -c "$JAR" --data-urlencode "_csrf=$token" \
  --data-urlencode "kind=formation" --data-urlencode "title=Deux instances $(date +%s)" \
  --data-urlencode "mode=sur_place" --data-urlencode "place=Die" --data-urlencode "slot1Date=$day" \
  --data-urlencode "slot1Start=09:00" --data-urlencode "slot1End=12:00" --data-urlencode "capacity=$CAPACITY" \
  "$A/agenda/nouvel-evenement")
EVENT=$(echo "$created" | grep -oE '/agenda/[0-9a-f-]{36}$' | cut -d/ -f3 || true)
if [ -z "$EVENT" ]; then
  fail "3 registrations: the coordinator could not publish the event on A (answer sent to '${created}')"
else
  register() { # n -> "final-code port 503s": a 503 (no connection free in time) is tried again after its Retry-After
    local base=$A busy=0 code wait
    [ $(( $1 % 2 )) = 0 ] && base=$B
    for _ in 1 2 3 4 5; do
      code=$(curl -sS --max-time 60 -o /dev/null -D "$WORK/reg-$1.h" -w '%{http_code}' -X POST \
        -H 'Content-Type: application/json' \
        -d "{\"name\":\"Personne $1\",\"email\":\"deux-instances-$1@example.org\",\"consent\":true}" \
        "$base/api/v1/events/$EVENT/registrations" || echo 000)
      [ "$code" = 503 ] || break
      busy=$((busy + 1))
      wait=$(tr -d '\r' <"$WORK/reg-$1.h" | awk -F': ' 'tolower($1) == "retry-after" { print $2 }')
      sleep "${wait:-1}"
    done
    rm -f "$WORK/reg-$1.h"
    echo "$code ${base##*:} $busy"
  }
  export -f register; export A B EVENT WORK
  t0=$(date +%s%3N)
  seq 1 "$REGISTRATIONS" | xargs -P 50 -I{} bash -c 'register {}' >"$WORK/registrations.txt"
  ms=$(( $(date +%s%3N) - t0 ))
  # 202: recorded, the seat held until the person confirms from the e-mail (or the waiting list joined).
  answered=$(grep -c '^202 ' "$WORK/registrations.txt" || true)
  via_a=$(grep -c "^202 $PORT_A " "$WORK/registrations.txt" || true)
  via_b=$(grep -c "^202 $PORT_B " "$WORK/registrations.txt" || true)
  others=$(grep -v '^202 ' "$WORK/registrations.txt" | cut -d' ' -f1 | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}' || true)
  busy=$(awk '{ n += $3 } END { print n + 0 }' "$WORK/registrations.txt")
  rows=$(sql "select count(*) from registration where event_id = '$EVENT'")
  read -r confirmed waitlisted < <(sql "select count(*) filter (where status in ('confirmed', 'held')), count(*) filter (where status = 'waitlisted')
      from registration where event_id = '$EVENT'" | tr '|' ' ')
  figures="$REGISTRATIONS at once (50 in flight) in $ms ms: 202 from A $via_a, from B $via_b, other final answers: ${others:-none}; 503 answers tried again after Retry-After: $busy; capacity $CAPACITY: $rows rows, $confirmed seats taken (held until confirmed), $waitlisted waitlisted"
  if [ "$confirmed" = "$CAPACITY" ] && [ "$waitlisted" = $(( REGISTRATIONS - CAPACITY )) ] && [ "$answered" = "$REGISTRATIONS" ] && [ "$rows" = "$REGISTRATIONS" ]; then
    pass "3 registrations never overbook: $figures"
  else
    fail "3 registrations never overbook: $figures"
  fi
fi

# --- 5. A file uploaded on A is served by B -------------------------------------------------------------------------
pdf() { # a minimal valid PDF: one page with one line of text
  local text="Passerelle, deux instances $(date +%s%N)" body="" offsets=() object
  local objects=("<< /Type /Catalog /Pages 2 0 R >>" "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
    "" "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
  local stream="BT /F1 12 Tf 10 50 Td ($text) Tj ET"
  objects[3]="<< /Length ${#stream} >>
stream
$stream
endstream"
  body="%PDF-1.4
"
  for i in "${!objects[@]}"; do
    offsets+=("${#body}")
    body+="$((i + 1)) 0 obj
${objects[$i]}
endobj
"
  done
  local xref=${#body}
  body+="xref
0 6
0000000000 65535 f 
"
  for object in "${offsets[@]}"; do body+=$(printf '%010d 00000 n \n' "$object")$'\n'; done
  body+="trailer
<< /Size 6 /Root 1 0 R >>
startxref
$xref
%%EOF
"
  printf '%s' "$body"
}
LC_ALL=C pdf >"$WORK/document.pdf"
token=$(page_token "$A/ressources/nouvelle" "$JAR")
uploaded=$("${CURL[@]}" -o /dev/null -w '%{redirect_url}' -b "$JAR" -c "$JAR" -F "_csrf=$token" \
  -F "title=Fiche deux instances" -F "kind=fiche" -F "publishedOn=$(date +%F)" \
  -F "file=@$WORK/document.pdf;type=application/pdf;filename=deux-instances.pdf" "$A/ressources/nouvelle")
RESOURCE=$(echo "$uploaded" | grep -oE '/ressources/[0-9a-f-]{36}$' | cut -d/ -f3 || true)
if [ -z "$RESOURCE" ]; then
  fail "5 file across instances: the upload on A was not accepted (answer sent to '${uploaded}')"
else
  code_b=$("${CURL[@]}" -o "$WORK/from-b.pdf" -w '%{http_code}' "$B/ressources/$RESOURCE/fichier")
  sent=$(sha256sum <"$WORK/document.pdf" | cut -c1-16); got=$(sha256sum <"$WORK/from-b.pdf" | cut -c1-16)
  stored=$(sql "select octet_length(content) from resource_file where resource_id = '$RESOURCE'" || echo "?")
  on_disk=$(find "$WORK/data-A" "$WORK/data-B" -type f -name '*.pdf' | wc -l)
  figures="$(stat -c %s "$WORK/document.pdf") bytes uploaded on A (sha256 $sent…), B answered $code_b with $(stat -c %s "$WORK/from-b.pdf") bytes (sha256 $got…); $stored bytes in resource_file, $on_disk PDF files in the instances' data folders"
  if [ "$code_b" = 200 ] && [ "$sent" = "$got" ]; then pass "5 file across instances: $figures"; else fail "5 file across instances: $figures"; fi
fi

# --- 6. Sign-in throttling counted across both ----------------------------------------------------------------------
THROTTLE_JAR=$WORK/throttle.cookies
accepted=0; refused_at=""; trail=""
for attempt in $(seq 1 $(( THROTTLE_LIMIT * 3 + 2 ))); do
  base=$A; name=A; [ $(( attempt % 2 )) = 0 ] && base=$B && name=B
  outcome=$(sign_in "$base" "$THROTTLE_JAR" "$THROTTLED" "not-the-password-$attempt")
  case "$outcome" in
    *"?erreur") accepted=$((accepted + 1)); trail+="$name:wrong " ;;
    *"?bloque") refused_at="$attempt ($name)"; trail+="$name:refused"; break ;;
    *) trail+="$name:'$outcome' "; break ;;
  esac
done
right_a=$(sign_in "$A" "$WORK/right-a.cookies" "$THROTTLED" "$DEMO_PASSWORD")
right_b=$(sign_in "$B" "$WORK/right-b.cookies" "$THROTTLED" "$DEMO_PASSWORD")
figures="limit $THROTTLE_LIMIT per account; wrong passwords counted across A and B: $accepted, refused from attempt ${refused_at:-never} [$trail]; right password then: A ${right_a##*/}, B ${right_b##*/}"
if [ "$accepted" = "$THROTTLE_LIMIT" ] && [ -n "$refused_at" ] && [[ "$right_a" == *"?bloque" ]] && [[ "$right_b" == *"?bloque" ]]; then
  pass "6 sign-in throttle across both: $figures"
else
  fail "6 sign-in throttle across both: $figures"
fi

# --- 4. Each scheduled job runs once (every minute on both instances) ------------------------------------------------
first=$(sql "select date_trunc('minute', timestamptz '$both_up') + interval '1 minute'")
until_epoch=$(sql "select extract(epoch from timestamptz '$first' + interval '$JOB_MINUTES minutes' + interval '20 seconds')::bigint")
say "waiting for $JOB_MINUTES full minutes of jobs on both instances (until $(date -d "@$until_epoch" +%T))"
while [ "$(date +%s)" -lt "$until_epoch" ]; do sleep 5; done
window="started_at >= timestamptz '$first' and started_at < timestamptz '$first' + interval '$JOB_MINUTES minutes'"
sql "select job, to_char(date_trunc('minute', started_at), 'HH24:MI'), count(*), string_agg(instance, '+')
     from scheduled_job_run where $window group by 1, 2 order by 1, 2" >"$WORK/job-runs.txt"
jobs_ok=1; summary=""
for job in "${JOBS[@]}"; do
  minutes=$(grep -c "^$job|" "$WORK/job-runs.txt" || true)
  twice=$( (grep "^$job|" "$WORK/job-runs.txt" || true) | awk -F'|' '$3 != 1' | wc -l)
  where=$( (grep "^$job|" "$WORK/job-runs.txt" || true) | cut -d'|' -f4 | tr '\n' ' ' | sed 's/ $//')
  summary+="$job ${minutes}/${JOB_MINUTES} [$where]; "
  [ "$minutes" = "$JOB_MINUTES" ] && [ "$twice" = 0 ] || jobs_ok=0
done
read -r total by_a by_b < <(sql "select count(*), count(*) filter (where instance = 'A'), count(*) filter (where instance = 'B')
    from scheduled_job_run where $window" | tr '|' ' ')
figures="${#JOBS[@]} jobs x $JOB_MINUTES minutes from $(date -d "$first" +%H:%M): $total runs recorded (A $by_a, B $by_b), expected $(( ${#JOBS[@]} * JOB_MINUTES )), one per job and minute"
if [ "$jobs_ok" = 1 ] && [ "$total" = $(( ${#JOBS[@]} * JOB_MINUTES )) ]; then
  pass "4 each scheduled job runs once: $figures"
else
  fail "4 each scheduled job runs once: $figures"; echo "      $summary"
fi

# --- What an operator would look at: errors in the logs, domain events whose listener has not completed -------------
waiting=$(sql "select coalesce(string_agg(n || ' ' || listener, ', '), 'none') from (select count(*) n,
    regexp_replace(listener_id, '^.*\\.([A-Za-z]+\\.[a-z]+)\\(.*$', '\\1') listener
    from event_publication where completion_date is null group by 2) waiting")
echo "NOTE  event publications not completed (e-mails waiting for a restart to be sent again): $waiting"
for name in A B; do
  errors=$(grep -c ' ERROR ' "$WORK/$name.log" || true)
  if [ "$errors" != 0 ]; then
    echo "      $name logged $errors ERROR lines, the first ones:"; grep ' ERROR ' "$WORK/$name.log" | head -3 | cut -c1-250 || true
  fi
done

echo "Done in $(elapsed): $failures check(s) failed."
[ "$failures" = 0 ] || exit 1
