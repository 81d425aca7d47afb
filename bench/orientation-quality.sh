#!/usr/bin/env bash
# Runs the orientation evaluation set (bench/orientation-quality/cases.json) through the real engine on the
# demonstration data and prints precision at 3 and 5, the "must not" results in the first five and each case short
# of perfect. It is the test OrientationQualityTests, which also keeps the figures from falling in `mvn verify`.
# Usage: bench/orientation-quality.sh      (from the project folder; about 2 minutes; report in target/orientation-quality.txt)
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
mvn -B -o -q test -Dtest=OrientationQualityTests -Dsurefire.failIfNoSpecifiedTests=false > target/orientation-quality.log 2>&1
status=$?
if [ -f target/orientation-quality.txt ]; then cat target/orientation-quality.txt; fi
if [ $status -ne 0 ]; then echo "the set's floors were not met or the run failed: see target/orientation-quality.log" >&2; fi
exit $status
