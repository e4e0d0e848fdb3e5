#!/usr/bin/env bash
# End-to-end timing of the budget summary on PostgreSQL: a year of 5,000 lines × 12 months of execution,
# summarised by the real service (four flat queries + the calculator) behind GET /api/v1/years/{y}/budget.
# Starts the product on a scratch database (jixiao_bench), generates the year 2024 with SQL, times 30 calls
# after 10 warm-up calls (summary only, ?lines=false; and once with all 5,000 lines in the JSON), stops.
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth) and nothing else on ports 8180/9080. Requirement: < 200 ms.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=target/bench
mkdir -p "$out"
DB=jixiao_bench
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

JIXIAO_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB JIXIAO_DB_USER=postgres JIXIAO_DB_PASSWORD= \
  setsid bin/jixiao run >"$out/bench-run.log" 2>&1 &
run_pid=$!
stop() { kill -TERM -- "-$run_pid" 2>/dev/null || true; wait "$run_pid" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 1 300); do
  grep -q "Press Ctrl-C" "$out/bench-run.log" 2>/dev/null && break
  kill -0 "$run_pid" 2>/dev/null || { cat "$out/bench-run.log"; exit 1; }
  sleep 1
done

echo "generating 2024: 5,000 lines × 12 months ..."
psql -h 127.0.0.1 -U postgres -d "$DB" -q <<'SQL'
INSERT INTO fiscal_year (department_id, year_number, status) SELECT id, 2024, 'OPEN' FROM department WHERE code = 'gz-gxj';
INSERT INTO budget_warning_rule (fiscal_year_id, yellow_lag, red_lag) SELECT id, 5, 15 FROM fiscal_year WHERE year_number = 2024;
INSERT INTO monitoring_checkpoint (fiscal_year_id, checkpoint_date) SELECT id, DATE '2024-06-30' FROM fiscal_year WHERE year_number = 2024;
INSERT INTO monitoring_checkpoint (fiscal_year_id, checkpoint_date) SELECT id, DATE '2024-09-30' FROM fiscal_year WHERE year_number = 2024;
INSERT INTO special_fund (fiscal_year_id, code, name, source, sort_order)
  SELECT y.id, 'F' || f, '基准测试专项资金 ' || f, CASE WHEN f = 1 THEN 'CITY' ELSE 'PROVINCIAL' END, f
  FROM fiscal_year y, generate_series(1, 40) f WHERE y.year_number = 2024;
INSERT INTO budget_line (fiscal_year_id, division_id, code, name, category, budget_level, special_fund_id,
                         initial_budget, full_year_budget)
  SELECT y.id, (SELECT id FROM division ORDER BY id OFFSET (n % 7) LIMIT 1), 'L' || lpad(n::text, 5, '0'),
         '基准测试项目 ' || n,
         CASE WHEN n % 20 = 0 THEN 'BASIC_EXPENDITURE' WHEN n % 20 < 3 THEN 'PROJECT_EXPENDITURE'
              WHEN n % 20 < 14 THEN 'SPECIAL_FUND' ELSE 'OTHER_DEVELOPMENT' END,
         CASE WHEN n % 20 < 3 THEN NULL WHEN n % 5 < 3 THEN 'CITY_LEVEL' ELSE 'TRANSFER_TO_LOWER' END,
         CASE WHEN n % 20 >= 3 AND n % 20 < 14 THEN (SELECT f.id FROM special_fund f WHERE f.fiscal_year_id = y.id AND f.sort_order = 1 + n % 40) END,
         100 + (n * 37) % 900, 100 + (n * 37) % 900
  FROM fiscal_year y, generate_series(1, 5000) n WHERE y.year_number = 2024;
INSERT INTO budget_execution (budget_line_id, month_no, amount, recorded_by, recorded_at)
  SELECT l.id, m, round(l.full_year_budget * (0.04 + (m % 3) * 0.02), 2), 'bench', TIMESTAMP '2024-12-28 17:00:00'
  FROM budget_line l JOIN fiscal_year y ON y.id = l.fiscal_year_id, generate_series(1, 12) m WHERE y.year_number = 2024;
ANALYZE;
SQL

token=$(curl -s -d grant_type=password -d client_id=jixiao-cli -d username=finance -d 'password=Jixiao@2023' \
  http://localhost:8180/realms/bureau/protocol/openid-connect/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
url="http://localhost:9080/jixiao/api/v1/years/2024/budget?asOf=2024-09-30"
time_calls() { # url count → one time_total per line, ms
  for _ in $(seq 1 "$2"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$1" | awk '{printf "%.1f\n", $1 * 1000}'
  done
}
stats() { sort -n | awk '{a[NR]=$1} END {printf "min %.1f ms | median %.1f ms | p95 %.1f ms | max %.1f ms (n=%d)\n", a[1], a[int((NR+1)/2)], a[int(NR*0.95+0.5)], a[NR], NR}'; }

lines=$(curl -s -H "Authorization: Bearer $token" "$url" | grep -o '"code":"L[0-9]*"' | wc -l)
time_calls "$url&lines=false" 40 >/dev/null # let the JIT settle
summary=$(time_calls "$url&lines=false" 30 | stats)
full=$(time_calls "$url" 10 | stats)
# the same HTTP + token check without any budget work, to tell the request's own cost from the summary's
time_calls "http://localhost:9080/jixiao/api/v1/me" 10 >/dev/null
baseline=$(time_calls "http://localhost:9080/jixiao/api/v1/me" 30 | stats)
{
  echo "Budget summary on PostgreSQL, end to end (HTTP + token check + 4 queries + calculator + JSON), $(date -u +%FT%TZ)"
  echo "year 2024: $lines lines × 12 months, as of 2024-09-30, machine: $(nproc) cores"
  echo "summary only (?lines=false): $summary"
  echo "with all lines in the JSON:  $full"
  echo "baseline GET /api/v1/me:     $baseline"
  echo "requirement: summary < 200 ms"
} | tee "$out/budget-overview-db.txt"
