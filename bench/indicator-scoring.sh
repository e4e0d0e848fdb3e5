#!/usr/bin/env bash
# Times the indicator scoring engine (IndicatorScoring.score with traces + categoryScore per department category)
# for a generated city of 60 departments × 400 indicators (24,000, every kind): 10 warm-up runs, then 30
# measured. Requirement: under 1 s for all 24,000 indicators.
# The summary is printed and written to modules/indicators/target/bench/indicator-scoring.txt.
# Extra Maven flags (e.g. -o for offline) can be given in MVN_FLAGS; arguments go to the benchmark
# (summary file, departments, indicators per department, warm-ups, runs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

module=modules/indicators
out="$module/target/bench"
mkdir -p "$out"
# shellcheck disable=SC2206 # word splitting of the flags is intended
mvn=(mvn -B -q ${MVN_FLAGS:-})

# the indicators module is built alone (-pl, no -am): it needs the parent POM and the domain jar in the local
# repository (the root project is installed non-recursively: only its POM); it does not depend on budgeting
"${mvn[@]}" install -pl .,modules/domain -DskipTests
"${mvn[@]}" -pl "$module" test-compile
# relative to the module's directory, as Maven resolves plugin file parameters
"${mvn[@]}" -pl "$module" dependency:build-classpath -Dmdep.outputFile=target/bench/cp.txt -Dmdep.includeScope=test

cp="$module/target/classes:$module/target/test-classes:$(cat "$out/cp.txt")"
java -cp "$cp" org.jixiao.indicators.internal.ScoringBenchmark "$out/indicator-scoring.txt" "$@"

echo "requirement: scoring 24,000 indicators (60 departments × 400) must take < 1 s"
