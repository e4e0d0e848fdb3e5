#!/usr/bin/env bash
# Times procurement compliance for a generated year of 10,000 records: every record's legal deadlines on the real
# 2023-2026 working-day calendar plus the 采购管理 score, and the year's OCDS 1.1.5 release package written as JSON
# text (checked once, untimed, against the official schemas): 10 warm-up runs, then 30 measured.
# Requirement: each under 2 s.
# The summary is printed and written to modules/procurement/target/bench/procurement.txt.
# Extra Maven flags (e.g. -o for offline) can be given in MVN_FLAGS; arguments go to the benchmark
# (summary file, records, warm-ups, runs). The calendar and the schemas are read from ../shared/data.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

module=modules/procurement
out="$module/target/bench"
mkdir -p "$out"
# shellcheck disable=SC2206 # word splitting of the flags is intended
mvn=(mvn -B -q ${MVN_FLAGS:-})

# the domain module is built in the same reactor (no install), so the benchmark runs this checkout's domain
# classes rather than whichever domain SNAPSHOT another checkout last installed in the shared local repository;
# both modules write the class path to the same file, the procurement module (built last) wins
"${mvn[@]}" -pl modules/domain,"$module" test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$out/cp.txt" -Dmdep.includeScope=test

cp="$module/target/classes:$module/target/test-classes:$(cat "$out/cp.txt")"
shared="$PWD/../shared/data"
java -Docds.schema.dir="$shared/ocds-1.1.5" -Djixiao.holidays="$shared/cn-holidays-2023-2026.json" -cp "$cp" \
  org.jixiao.procurement.internal.ProcurementBenchmark "$out/procurement.txt" "$@"

echo "requirement: compliance + score of 10,000 procurement records, and their OCDS export, each < 2 s"
