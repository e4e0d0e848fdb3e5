#!/usr/bin/env bash
# Times the budget overview's arithmetic (BudgetCalculator.compute + checkpoints) for a generated year of
# 5,000 lines × 12 months: 20 warm-up runs, then 50 measured. Requirement: under 200 ms.
# The summary is printed and written to modules/budgeting/target/bench/budget-summary.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

module=modules/budgeting
out="$module/target/bench"
mkdir -p "$out"

# the budgeting module is built alone (-pl, no -am): it needs the parent POM and the domain jar in the local
# repository (the root project is installed non-recursively: only its POM)
mvn -B -q install -pl .,modules/domain -DskipTests
mvn -B -q -pl "$module" test-compile
# relative to the module's directory, as Maven resolves plugin file parameters
mvn -B -q -pl "$module" dependency:build-classpath -Dmdep.outputFile=target/bench/cp.txt -Dmdep.includeScope=test

cp="$module/target/classes:$module/target/test-classes:$(cat "$out/cp.txt")"
java -cp "$cp" org.jixiao.budgeting.internal.BudgetSummaryBenchmark "$out/budget-summary.txt" "$@"

echo "requirement: the overview's arithmetic for 5,000 lines must take < 200 ms"
