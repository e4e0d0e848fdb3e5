#!/usr/bin/env bash
# Times the full recompute of a generated city-scale year, at 1× and 2× the data: every department's evaluation
# measures (budget execution rates, indicator scores, special funds, procurement compliance) and its total and
# grade, read from PostgreSQL and computed by the product's own rules (BudgetCalculator, IndicatorScoring,
# ProcurementDeadlines, ProcurementScoring, EvaluationScoring) — see CityRecomputeBenchmark.
# The data: bench/city/generate.sql into the scratch database jixiao_city (schemas city1 and city2): 60 (120)
# departments × 400 indicators and 200 procurement records each, 5,000 (10,000) budget lines × 12 months.
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth); not the product. Requirements: 1× under 1 s; 2× ≤ 2.2 × 1×.
# Extra Maven flags (e.g. -o) in MVN_FLAGS; the summary goes to target/bench/city-recompute.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=target/bench
mkdir -p "$out"
module=modules/budgeting
# shellcheck disable=SC2206 # word splitting of the flags is intended
mvn=(mvn -B -q ${MVN_FLAGS:-})
DB=jixiao_city
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
holidays="$(cat ../shared/data/cn-holidays-2023-2026.json)"
for scale in 1 2; do
  echo "generating schema city$scale (${scale}× the city) ..."
  psql -h 127.0.0.1 -U postgres -d "$DB" -q -v schema="city$scale" -v scale="$scale" -v holidays="$holidays" \
    -f bench/city/generate.sql
done

# the domain module is built in the same reactor (no install): this checkout's rules, not another's SNAPSHOT
"${mvn[@]}" -pl modules/domain,"$module" test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$out/city-cp.txt" -Dmdep.includeScope=test
pgversion=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' pom.xml)
pgjar="$HOME/.m2/repository/org/postgresql/postgresql/$pgversion/postgresql-$pgversion.jar"
[ -f "$pgjar" ] || "${mvn[@]}" dependency:get -Dartifact="org.postgresql:postgresql:$pgversion" >/dev/null
cp="$module/target/classes:$module/target/test-classes:$(cat "$out/city-cp.txt"):$pgjar"

java -Xms1g -Xmx1g -cp "$cp" org.jixiao.budgeting.internal.CityRecomputeBenchmark \
  "jdbc:postgresql://127.0.0.1:5432/$DB" city1,city2 "$out/city-recompute-runs.txt" "$@"
one=$(sed -n 's/^median-ms city1 //p' "$out/city-recompute-runs.txt")
two=$(sed -n 's/^median-ms city2 //p' "$out/city-recompute-runs.txt")
{
  echo "City recompute on PostgreSQL (read + all rules), $(nproc) cores, $(date -u +%FT%TZ)"
  echo "1× and 2× measured in one JVM, their runs interleaved"
  grep -h "^City\|^departments\|^full recompute\|^grades" "$out/city-recompute-runs.txt" | sed 's/^/  /'
  awk -v a="$one" -v b="$two" 'BEGIN {
    printf "1×: %.1f ms (requirement < 1000 ms: %s); 2×: %.1f ms; ratio 2×/1× = %.2f (requirement ≤ 2.2: %s)\n",
      a, (a < 1000 ? "met" : "NOT met"), b, b / a, (b / a <= 2.2 ? "met" : "NOT met") }'
} | tee "$out/city-recompute.txt"
