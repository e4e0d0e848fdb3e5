-- A generated city-scale year for the full-recompute benchmark (bench/city-recompute.sh), into the schema named by
-- the psql variable :schema of a scratch database, :scale times the base size (1 = the city, 2 = twice the data):
--   60 × :scale departments, each with 400 indicators (10 of them the performance indicators of two special funds)
--   and 200 procurement records; 5,000 × :scale budget lines over the departments (about 83 each) with twelve
--   months of execution, monthly plans for transfers, commitments and carry-overs.
-- Deterministic (values from hashes of the row numbers) and bounded (generate_series only). The layout is the
-- product's data reduced to what the rules read; the statutory calendar comes from :holidays (the JSON text of
-- shared/data/cn-holidays-2023-2026.json).
\set ON_ERROR_STOP on
DROP SCHEMA IF EXISTS :schema CASCADE;
CREATE SCHEMA :schema;
SET search_path TO :schema;

-- a deterministic pseudo-random integer in [0, m) of (n, salt)
CREATE FUNCTION h(n bigint, salt int, m int) RETURNS int IMMUTABLE LANGUAGE sql
  AS $$ SELECT (abs(hashint8(n * 1000003 + salt)) % m)::int $$;

CREATE TABLE department (id int PRIMARY KEY, code text NOT NULL, name text NOT NULL);
INSERT INTO department SELECT d, 'd' || lpad(d::text, 3, '0'), '市直部门 ' || d FROM generate_series(1, 60 * :scale) d;

CREATE TABLE special_day (notice_year int NOT NULL, day date NOT NULL, name text NOT NULL, off_day boolean NOT NULL);
INSERT INTO special_day
  SELECT y.key::int, (d ->> 'date')::date, d ->> 'name', (d ->> 'offDay')::boolean
  FROM jsonb_each((:'holidays')::jsonb -> 'years') y, jsonb_array_elements(y.value -> 'days') d;

-- budget lines: 8% basic, 12% project expenditure, 55% special funds (two funds per department), 25% other
CREATE TABLE budget_line (
  id bigint PRIMARY KEY, department_id int NOT NULL, code text NOT NULL, name text NOT NULL, division_code text NOT NULL,
  category text NOT NULL, budget_level text, fund_code text, initial_budget numeric(14, 2) NOT NULL,
  full_year_budget numeric(14, 2) NOT NULL, carry_over numeric(14, 2) NOT NULL, carry_over_reason text,
  committed numeric(14, 2));
INSERT INTO budget_line
  SELECT n, 1 + (n - 1) % (60 * :scale), 'L' || lpad(n::text, 6, '0'), '预算项目 ' || n, 'div' || h(n, 1, 7),
         c.category,
         CASE WHEN c.category IN ('SPECIAL_FUND', 'OTHER_DEVELOPMENT')
              THEN CASE WHEN h(n, 3, 10) < 6 THEN 'CITY_LEVEL' ELSE 'TRANSFER_TO_LOWER' END END,
         CASE WHEN c.category = 'SPECIAL_FUND' THEN 'F' || (1 + h(n, 4, 2)) END,
         b.budget - b.carry, b.budget, b.carry, CASE WHEN b.carry > 0 THEN '结转下年' END,
         CASE WHEN h(n, 5, 4) = 0 THEN round(b.budget * 0.1, 2) END
  FROM generate_series(1, 5000 * :scale) n
  CROSS JOIN LATERAL (SELECT CASE WHEN h(n, 2, 100) < 8 THEN 'BASIC_EXPENDITURE'
                                  WHEN h(n, 2, 100) < 20 THEN 'PROJECT_EXPENDITURE'
                                  WHEN h(n, 2, 100) < 75 THEN 'SPECIAL_FUND' ELSE 'OTHER_DEVELOPMENT' END AS category) c
  CROSS JOIN LATERAL (SELECT (100 + h(n, 6, 199900)) / 100.0 * 10 AS budget,
                             CASE WHEN h(n, 7, 20) = 0 THEN 5.00 ELSE 0 END AS carry) b0
  CROSS JOIN LATERAL (SELECT round(b0.budget, 2) AS budget, b0.carry AS carry) b;

-- execution: each month 40–130% of an even twelfth (capped by the year's budget in the rules' eyes: overspend shows)
CREATE TABLE budget_execution (budget_line_id bigint NOT NULL, month_no int NOT NULL, amount numeric(14, 2) NOT NULL);
INSERT INTO budget_execution
  SELECT l.id, m, round(l.full_year_budget / 12 * (40 + h(l.id * 12 + m, 8, 91)) / 100, 2)
  FROM budget_line l, generate_series(1, 12) m WHERE h(l.id * 12 + m, 9, 10) > 0;

-- monthly plans: transfers to lower levels in three tranches (June 40%, September 30%, December the rest)
CREATE TABLE budget_plan (budget_line_id bigint NOT NULL, month_no int NOT NULL, amount numeric(14, 2) NOT NULL);
INSERT INTO budget_plan
  SELECT l.id, t.m, CASE t.m WHEN 6 THEN round(l.full_year_budget * 0.4, 2) WHEN 9 THEN round(l.full_year_budget * 0.3, 2)
                     ELSE l.full_year_budget - round(l.full_year_budget * 0.4, 2) - round(l.full_year_budget * 0.3, 2) END
  FROM budget_line l, (VALUES (6), (9), (12)) t(m) WHERE l.budget_level = 'TRANSFER_TO_LOWER';

-- indicators: per department 400; numbers 1–10 are the funds' (F1: 1–5, F2: 6–10, weight 20 each, output and
-- benefit); the rest 45% output, 45% benefit, 10% satisfaction, of every kind; 5% without an actual yet
CREATE TABLE indicator (
  id bigint PRIMARY KEY, department_id int NOT NULL, code text NOT NULL, category text NOT NULL, kind text NOT NULL,
  target numeric(18, 4), target_text text, weight numeric(6, 2) NOT NULL, actual numeric(18, 4), grade text,
  grade_percent numeric(6, 2), fund_code text);
INSERT INTO indicator
  SELECT id, d, 'I' || lpad(i::text, 3, '0'), cat.category, k.kind,
         CASE WHEN k.kind IN ('AT_LEAST', 'EQUAL', 'AT_MOST') THEN t.target END,
         CASE k.kind WHEN 'QUALITATIVE' THEN '完成年度重点工作' WHEN 'DECREASE' THEN '较去年同期下降'
                     WHEN 'INCREASE' THEN '较去年同期上升' END,
         CASE WHEN i <= 10 THEN 20.00 ELSE (50 + h(id, 13, 251)) / 100.0 END,
         CASE WHEN missing THEN NULL
              WHEN k.kind IN ('AT_LEAST', 'EQUAL', 'AT_MOST') THEN round(t.target * (40 + h(id, 14, 221)) / 100, 4)
              WHEN k.kind IN ('DECREASE', 'INCREASE') THEN (h(id, 15, 401) - 200) / 100.0 END,
         CASE WHEN k.kind = 'QUALITATIVE' AND NOT missing
              THEN (ARRAY['ACHIEVED', 'PARTIAL', 'NOT_ACHIEVED'])[1 + h(id, 16, 3)] END,
         NULL,
         CASE WHEN i <= 5 THEN 'F1' WHEN i <= 10 THEN 'F2' END
  FROM generate_series(1, 60 * :scale) d, generate_series(1, 400) i
  CROSS JOIN LATERAL (SELECT (d - 1) * 400 + i AS id) ids
  CROSS JOIN LATERAL (SELECT h(ids.id, 17, 100) < 5 AS missing) ms
  CROSS JOIN LATERAL (SELECT CASE WHEN i <= 10 THEN CASE WHEN i % 2 = 0 THEN 'BENEFIT' ELSE 'OUTPUT' END
                                  WHEN h(ids.id, 11, 100) < 45 THEN 'OUTPUT'
                                  WHEN h(ids.id, 11, 100) < 90 THEN 'BENEFIT' ELSE 'SATISFACTION' END AS category) cat
  CROSS JOIN LATERAL (SELECT CASE WHEN h(ids.id, 12, 100) < 60 THEN 'AT_LEAST' WHEN h(ids.id, 12, 100) < 65 THEN 'EQUAL'
                                  WHEN h(ids.id, 12, 100) < 75 THEN 'AT_MOST'
                                  WHEN h(ids.id, 12, 100) < 85 THEN 'QUALITATIVE'
                                  WHEN h(ids.id, 12, 100) < 92 THEN 'DECREASE' ELSE 'INCREASE' END AS kind) k
  CROSS JOIN LATERAL (SELECT (1 + h(ids.id, 18, 10000))::numeric AS target) t;
-- qualitative grades get a percent inside their band (ACHIEVED 80–100, PARTIAL 60–80, NOT_ACHIEVED 0–60)
UPDATE indicator SET grade_percent = CASE grade WHEN 'ACHIEVED' THEN 80 + h(id, 19, 21)
                                                WHEN 'PARTIAL' THEN 60 + h(id, 19, 21) ELSE h(id, 19, 61) END
  WHERE grade IS NOT NULL;

-- procurement: per department 200 records of fiscal year 2025, budget approved 2025-02-14; intentions on time and
-- late, procurements started too soon, contracts signed, announced and filed late, events still missing
CREATE TABLE procurement (
  id bigint PRIMARY KEY, department_id int NOT NULL, code text NOT NULL, budget_approved date NOT NULL,
  intention_published date, procurement_started date, award_notice date, contract_signed date,
  contract_announced date, contract_filed date);
INSERT INTO procurement
  SELECT id, d, 'P' || lpad(r::text, 4, '0'), DATE '2025-02-14', ip, ps, an, cs,
         CASE WHEN cs IS NOT NULL AND h(id, 25, 10) > 0 THEN cs + (1 + h(id, 26, 4)) END,
         CASE WHEN cs IS NOT NULL AND h(id, 27, 10) > 1 THEN cs + (2 + h(id, 28, 12)) END
  FROM generate_series(1, 60 * :scale) d, generate_series(1, 200) r
  CROSS JOIN LATERAL (SELECT (d - 1) * 200 + r AS id) ids
  CROSS JOIN LATERAL (SELECT DATE '2025-02-14' + (5 + h(ids.id, 20, 60)) AS ip) a
  CROSS JOIN LATERAL (SELECT a.ip + (20 + h(ids.id, 21, 200)) AS ps) b
  CROSS JOIN LATERAL (SELECT CASE WHEN h(ids.id, 22, 20) > 0 THEN b.ps + (20 + h(ids.id, 23, 40)) END AS an) c
  CROSS JOIN LATERAL (SELECT CASE WHEN c.an IS NOT NULL AND h(ids.id, 24, 10) > 0 THEN c.an + (5 + h(ids.id, 29, 40)) END AS cs) e;

ANALYZE;
SELECT (SELECT count(*) FROM department) AS departments, (SELECT count(*) FROM budget_line) AS budget_lines,
       (SELECT count(*) FROM budget_execution) AS execution_months, (SELECT count(*) FROM indicator) AS indicators,
       (SELECT count(*) FROM procurement) AS procurements, (SELECT count(*) FROM special_day) AS special_days;
