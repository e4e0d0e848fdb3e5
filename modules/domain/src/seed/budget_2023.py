#!/usr/bin/env python3
"""Generates db/demo/V4_900__demo_budget_2023.sql: the 2023 budget of 广州市工业和信息化局 at line level.

The report (§一(四)) gives only totals; the lines below are a plausible breakdown [C] that adds up, to the cent,
to every figure the report prints. The generator refuses to write anything that does not.

Monthly execution: each line's executed amount is spread over the months by the profile of its kind (below),
in percent; every month is rounded down to the cent and December takes the remainder, so the months add up to
the line's executed amount exactly.
  - even:        basic expenditure (salaries, running costs) paid evenly through the year
  - back_loaded: project and development spending, slow in spring, busy in the fourth quarter (the usual shape
                 of Chinese budget execution)
  - tranches:    transfers to the districts, released in three tranches in June, September and December
Transfer lines also get a monthly plan (the tranches), so their pace follows the plan, not the calendar.
Provincial money released at year end (年底下达) was added by a December adjustment and carried over.

Run: python3 modules/domain/src/seed/budget_2023.py > modules/domain/src/main/resources/db/demo/V4_900__demo_budget_2023.sql
"""
from decimal import Decimal as D, ROUND_DOWN

PROFILES = {
    "even": [8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 12],
    "back_loaded": [2, 3, 5, 6, 7, 9, 7, 8, 10, 11, 13, 19],
    "tranches": [0, 0, 0, 0, 0, 40, 0, 0, 30, 0, 0, 30],
}
CARRY_OVER_REASON = "省资金年底下达，结转至2024年支出"
RELEASE_REASON = "省财政年底追加下达省级专项资金"

CITY_FUND = ("gz-hq", "市促进工业和信息化产业高质量发展专项资金", "CITY", ["industry", "investment", "info"])
PROVINCIAL_FUNDS = [
    ("gd-tech", "省级促进经济高质量发展专项资金（工业企业技术改造）", "PROVINCIAL", ["investment"]),
    ("gd-sme", "省级促进经济高质量发展专项资金（民营经济及中小微企业发展）", "PROVINCIAL", ["sme"]),
    ("gd-digital", "省级促进经济高质量发展专项资金（制造业数字化转型）", "PROVINCIAL", ["info"]),
    ("gd-chain", "省级促进经济高质量发展专项资金（产业链供应链协同发展）", "PROVINCIAL", ["industry"]),
    ("gd-advanced", "省级先进制造业发展专项资金", "PROVINCIAL", ["industry"]),
    ("gd-energy", "省级工业和信息化领域节能降碳专项资金", "PROVINCIAL", ["investment"]),
    ("gd-radio", "省级无线电管理专项资金", "PROVINCIAL", ["radio"]),
]

# code, name, division, category, level, fund, full-year budget, executed, carry-over, profile
LINES = [
    ("B01", "人员经费（工资福利支出）", "office", "BASIC_EXPENDITURE", None, None, "9862.47", "9736.15", "0", "even"),
    ("B02", "人员经费（对个人和家庭的补助）", "office", "BASIC_EXPENDITURE", None, None, "1215.38", "1168.04", "0", "even"),
    ("B03", "公用经费", "office", "BASIC_EXPENDITURE", None, None, "2539.48", "2310.71", "0", "even"),
    ("P01", "无线电监测设施运行维护", "radio", "PROJECT_EXPENDITURE", None, None, "1846.20", "1702.35", "0", "back_loaded"),
    ("P02", "工业和信息化经济运行监测分析", "planning-finance", "PROJECT_EXPENDITURE", None, None, "612.50", "498.40", "0", "back_loaded"),
    ("P03", "电子政务信息化项目运行维护", "info", "PROJECT_EXPENDITURE", None, None, "2135.66", "1712.18", "0", "back_loaded"),
    ("P04", "中小企业公共服务平台运营", "sme", "PROJECT_EXPENDITURE", None, None, "1208.41", "1003.83", "0", "back_loaded"),
    ("P05", "产业发展规划研究及专家评审", "industry", "PROJECT_EXPENDITURE", None, None, "876.00", "670.00", "0", "back_loaded"),
    ("D01", "工业和信息化产业发展促进活动经费", "industry", "OTHER_DEVELOPMENT", "CITY_LEVEL", None, "8420.00", "8365.40", "0", "back_loaded"),
    ("D02", "数字经济和智慧城市建设推进经费", "info", "OTHER_DEVELOPMENT", "CITY_LEVEL", None, "10305.36", "10192.08", "0", "back_loaded"),
    ("D03", "民营经济和中小企业服务体系建设", "sme", "OTHER_DEVELOPMENT", "CITY_LEVEL", None, "5114.70", "4998.84", "0", "back_loaded"),
    ("D04", "无线电频谱资源管理", "radio", "OTHER_DEVELOPMENT", "CITY_LEVEL", None, "3000.00", "2960.80", "0", "back_loaded"),
    ("S01", "市高质量发展专项·先进制造业（市本级）", "industry", "SPECIAL_FUND", "CITY_LEVEL", "gz-hq", "98500.00", "98429.51", "0", "back_loaded"),
    ("S02", "市高质量发展专项·技术改造（市本级）", "investment", "SPECIAL_FUND", "CITY_LEVEL", "gz-hq", "62000.00", "62000.00", "0", "back_loaded"),
    ("S03", "市高质量发展专项·数字经济（市本级）", "info", "SPECIAL_FUND", "CITY_LEVEL", "gz-hq", "31200.00", "31200.00", "0", "back_loaded"),
    ("S04", "市高质量发展专项·区级配套（对下转移支付）", "investment", "SPECIAL_FUND", "TRANSFER_TO_LOWER", "gz-hq", "120000.00", "120000.00", "0", "tranches"),
    ("G11", "省技改专项（市本级）", "investment", "SPECIAL_FUND", "CITY_LEVEL", "gd-tech", "12000.00", "6000.00", "6000.00", "back_loaded"),
    ("G12", "省技改专项（对下转移支付）", "investment", "SPECIAL_FUND", "TRANSFER_TO_LOWER", "gd-tech", "30000.00", "30000.00", "0", "tranches"),
    ("G21", "省民营经济及中小微企业专项（市本级）", "sme", "SPECIAL_FUND", "CITY_LEVEL", "gd-sme", "8500.00", "4300.00", "4200.00", "back_loaded"),
    ("G22", "省民营经济及中小微企业专项（对下转移支付）", "sme", "SPECIAL_FUND", "TRANSFER_TO_LOWER", "gd-sme", "15000.00", "15000.00", "0", "tranches"),
    ("G31", "省制造业数字化转型专项（市本级）", "info", "SPECIAL_FUND", "CITY_LEVEL", "gd-digital", "9800.00", "5800.00", "4000.00", "back_loaded"),
    ("G32", "省制造业数字化转型专项（对下转移支付）", "info", "SPECIAL_FUND", "TRANSFER_TO_LOWER", "gd-digital", "14124.03", "14124.03", "0", "tranches"),
    ("G41", "省产业链供应链专项（市本级）", "industry", "SPECIAL_FUND", "CITY_LEVEL", "gd-chain", "10666.61", "6666.61", "4000.00", "back_loaded"),
    ("G42", "省产业链供应链专项（对下转移支付）", "industry", "SPECIAL_FUND", "TRANSFER_TO_LOWER", "gd-chain", "9000.00", "9000.00", "0", "tranches"),
    ("G51", "省先进制造业专项（市本级）", "industry", "SPECIAL_FUND", "CITY_LEVEL", "gd-advanced", "7000.00", "5000.00", "2000.00", "back_loaded"),
    ("G52", "省先进制造业专项（对下转移支付）", "industry", "SPECIAL_FUND", "TRANSFER_TO_LOWER", "gd-advanced", "10000.00", "10000.00", "0", "tranches"),
    ("G61", "省节能降碳专项（市本级）", "investment", "SPECIAL_FUND", "CITY_LEVEL", "gd-energy", "5000.00", "3500.00", "1500.00", "back_loaded"),
    ("G71", "省无线电管理专项（市本级）", "radio", "SPECIAL_FUND", "CITY_LEVEL", "gd-radio", "5000.00", "4000.00", "1000.00", "back_loaded"),
]

# the report's figures (万元): budget, executed
EXPECTED = {
    "total": ("494926.80", "470338.93"),
    "BASIC_EXPENDITURE": ("13617.33", "13214.90"),
    "PROJECT_EXPENDITURE": ("6678.77", "5586.76"),
    "SPECIAL_FUND": ("447790.64", "425020.15"),
    "OTHER_DEVELOPMENT": ("26840.06", "26517.12"),
    "CITY_LEVEL": ("276506.67", "253413.24"),
    "TRANSFER_TO_LOWER": ("198124.03", "198124.03"),
}
CENT = D("0.01")


def spread(amount, profile):
    months = [(amount * p / 100).quantize(CENT, rounding=ROUND_DOWN) for p in PROFILES[profile]]
    months[11] += amount - sum(months)
    assert sum(months) == amount and all(m >= 0 for m in months)
    return months


def check():
    sums = {}
    for line in LINES:
        budget, executed = D(line[6]), D(line[7])
        for key in ("total", line[3], line[4]):
            if key:
                b, e = sums.get(key, (D(0), D(0)))
                sums[key] = (b + budget, e + executed)
        assert D(line[8]) <= budget - executed, line[0]
    for key, (budget, executed) in EXPECTED.items():
        assert sums[key] == (D(budget), D(executed)), (key, sums[key])
    assert sum(D(l[8]) for l in LINES) == D("22700.00")


def q(text):
    return "NULL" if text is None else "'" + text.replace("'", "''") + "'"


def main():
    check()
    year = "(SELECT y.id FROM fiscal_year y JOIN department d ON d.id = y.department_id WHERE d.code = 'gz-gxj' AND y.year_number = 2023)"
    out = ["-- Demo: the 2023 budget at line level, generated by modules/domain/src/seed/budget_2023.py (read it for",
           "-- how the lines and the monthly spread were chosen). Adds up to every figure of the report's §一(四)."]
    for order, (code, name, source, divisions) in enumerate([CITY_FUND] + PROVINCIAL_FUNDS, start=1):
        out.append(f"INSERT INTO special_fund (fiscal_year_id, code, name, source, sort_order) VALUES ({year}, {q(code)}, {q(name)}, {q(source)}, {order});")
        for division in divisions:
            out.append("INSERT INTO special_fund_division (special_fund_id, division_id) SELECT f.id, v.id FROM special_fund f, division v "
                       f"WHERE f.fiscal_year_id = {year} AND f.code = {q(code)} AND v.code = {q(division)};")
    for code, name, division, category, level, fund, budget, executed, carry, profile in LINES:
        budget, executed, carry = D(budget), D(executed), D(carry)
        initial = budget - carry  # the carried-over part is the provincial money released in December
        fund_id = "NULL" if fund is None else f"(SELECT id FROM special_fund WHERE fiscal_year_id = {year} AND code = {q(fund)})"
        out.append("INSERT INTO budget_line (fiscal_year_id, division_id, code, name, category, budget_level, special_fund_id, "
                   "initial_budget, full_year_budget, carry_over, carry_over_reason) "
                   f"VALUES ({year}, (SELECT id FROM division WHERE code = {q(division)}), {q(code)}, {q(name)}, {q(category)}, "
                   f"{q(level)}, {fund_id}, {initial}, {budget}, {carry}, {q(CARRY_OVER_REASON) if carry else 'NULL'});")
        line_id = f"(SELECT id FROM budget_line WHERE fiscal_year_id = {year} AND code = {q(code)})"
        if carry:
            out.append("INSERT INTO budget_adjustment (budget_line_id, old_budget, new_budget, reason, adjusted_by, adjusted_at) "
                       f"VALUES ({line_id}, {initial}, {budget}, {q(RELEASE_REASON)}, 'finance', TIMESTAMP '2023-12-20 10:00:00');")
        for month, amount in enumerate(spread(executed, profile), start=1):
            if amount:
                out.append("INSERT INTO budget_execution (budget_line_id, month_no, amount, recorded_by, recorded_at) "
                           f"VALUES ({line_id}, {month}, {amount}, 'finance', TIMESTAMP '2023-{month:02d}-28 17:00:00');")
        if profile == "tranches":
            for month, amount in enumerate(spread(budget, profile), start=1):
                if amount:
                    out.append(f"INSERT INTO budget_plan (budget_line_id, month_no, amount) VALUES ({line_id}, {month}, {amount});")
    print("\n".join(out))


if __name__ == "__main__":
    main()
