#!/usr/bin/env python3
"""Generates db/demo/V5_900__demo_indicators_2023.sql: the 2023 indicators of 广州市工业和信息化局.

The report (§二(二)) names the indicators that lost points and their completion rates; the others [C] serve
goals 1–7 and complete at 100–150%, so they score full. Weights are 分值 on the framework's scale: the
department's 产出 and 效益 indicators each add up to 10, so the category score needs no scaling, and
  产出 = 10 − (0.60 + 0.70) × 50% = 9.35          (招商引资活动数量 213%, 集成电路…证书数 250%: 减半得分)
  效益 = 10 − 3 × 0.60 × 50% − 1.00 × 20% − (1.00 − 0.96) − 0.80 = 8.06
                                                 (three above 150%, 工业增加值增速 80%, 占GDP比重 96.4%, 能耗 wrong way)
Each special fund's indicators weigh 100; the fund scores 96.58 (city), 98.5, 100, 99, 97.5, 100, 95, 100, and
their average weighted by the funds' 2023 budgets is 97.26%, i.e. 19.45 of the framework's 20 points.
Targets and actuals are approved (the year's self-evaluation is done; the leadership review is the reporting
module's).

Run: python3 modules/domain/src/seed/indicators_2023.py > modules/domain/src/main/resources/db/demo/V5_900__demo_indicators_2023.sql
"""
from decimal import Decimal as D

# code, name, goal, division, fund, level2, unit, kind, target, target_text, weight, actual, baseline
DEPARTMENT = [
    ("O01", "组织、指导、支持举办工信产业招商引资活动数量", 3, "investment", None, "QUANTITY", "场", "AT_LEAST", "100", None, "0.60", "213", "86"),
    ("O02", "新增集成电路布图设计专有权证书或专利证书数", 3, "industry", None, "QUANTITY", "件", "AT_LEAST", "200", None, "0.70", "500", "180"),
    ("O03", "遴选“四化”赋能平台数量", 1, "info", None, "QUANTITY", "家", "AT_LEAST", "30", None, "1.50", "36", "25"),
    ("O04", "开展“四化”评估诊断企业数", 1, "info", None, "QUANTITY", "家", "AT_LEAST", "1000", None, "1.20", "1180", "850"),
    ("O05", "发布经济运行监测分析报告期数", 2, "planning-finance", None, "QUANTITY", "期", "AT_LEAST", "12", None, "1.00", "12", "12"),
    ("O06", "“百人驻百企”专项活动服务企业数", 6, "sme", None, "QUANTITY", "家", "AT_LEAST", "100", None, "1.00", "120", None),
    ("O07", "新增国家级专精特新“小巨人”企业数", 6, "sme", None, "QUANTITY", "家", "AT_LEAST", "30", None, "1.00", "42", "28"),
    ("O08", "新建5G基站数", 4, "info", None, "QUANTITY", "座", "AT_LEAST", "10000", None, "1.00", "11200", "9800"),
    ("O09", "无线电监测站点正常运行率", 2, "radio", None, "QUALITY", "%", "AT_LEAST", "95", None, "0.80", "98.5", "97"),
    ("O10", "专项资金项目按时验收率", 3, "investment", None, "TIMELINESS", "%", "AT_LEAST", "90", None, "0.70", "95", "92"),
    ("O11", "南沙产业合作项目签约数", 7, "industry", None, "QUANTITY", "个", "AT_LEAST", "10", None, "0.50", "12", "8"),
    ("B01", "产业基金放大投资倍数", 3, "investment", None, "ECONOMIC", "倍", "AT_LEAST", "3.5", None, "0.60", "5.5", "3.2"),
    ("B02", "发展基金子基金投资于广州市企业的金额", 3, "investment", None, "ECONOMIC", "亿元", "AT_LEAST", "15", None, "0.60", "28", "14"),
    ("B03", "软件和信息服务业研发投入年均增速", 4, "info", None, "ECONOMIC", "%", "AT_LEAST", "10", None, "0.60", "18.55", "9.6"),
    ("B04", "工业增加值增速", 2, "planning-finance", None, "ECONOMIC", "%", "AT_LEAST", "5", None, "1.00", "4", "1.2"),
    ("B05", "工业增加值占地区生产总值比重", 3, "industry", None, "ECONOMIC", "%", "AT_LEAST", "25", None, "1.00", "24.1", "24.5"),
    ("B06", "规模以上单位工业增加值能耗", 3, "investment", None, "ECOLOGICAL", "%", "DECREASE", None, "较去年同期下降", "0.80", "0.4", None),
    ("B07", "数字经济核心产业增加值占地区生产总值比重", 4, "info", None, "ECONOMIC", "%", "AT_LEAST", "12", None, "1.20", "13.2", "11.8"),
    ("B08", "“四化”平台服务带动企业数字化转型数", 1, "info", None, "SOCIAL", "家", "AT_LEAST", "2000", None, "1.20", "2350", None),
    ("B09", "中小企业公共服务平台服务企业数", 6, "sme", None, "SOCIAL", "家次", "AT_LEAST", "50000", None, "1.00", "56000", "48000"),
    ("B10", "南沙新区规模以上工业总产值增速", 7, "industry", None, "ECONOMIC", "%", "AT_LEAST", "5", None, "1.00", "6.2", "4.8"),
    ("B11", "市级以上产业园区提质增效项目数", 5, "industry", None, "SUSTAINABLE", "个", "AT_LEAST", "20", None, "1.00", "24", "18"),
    ("S01", "企业对工业和信息化部门服务满意度", 6, "sme", None, "SERVICE_SATISFACTION", "%", "AT_LEAST", "90", None, "10.00", "95.3", "93.1"),
]
FUNDS = [
    ("F-HQ-01", "市高质量发展专项资金支持产业项目数", 3, "industry", "gz-hq", "QUANTITY", "个", "AT_LEAST", "300", None, "30", "320", None),
    ("F-HQ-02", "市高质量发展专项资金项目按期完成率", 3, "investment", "gz-hq", "TIMELINESS", "%", "AT_LEAST", "95", None, "20", "97", None),
    ("F-HQ-03", "市高质量发展专项资金带动社会投资额", 3, "investment", "gz-hq", "ECONOMIC", "亿元", "AT_LEAST", "500", None, "30", "560", None),
    ("F-HQ-04", "市高质量发展专项资金资助企业新增产值", 4, "info", "gz-hq", "ECONOMIC", "亿元", "AT_LEAST", "1000", None, "20", "829", None),
    ("F-TECH-01", "省技改专项支持技术改造项目数", 3, "investment", "gd-tech", "QUANTITY", "个", "AT_LEAST", "150", None, "50", "160", None),
    ("F-TECH-02", "省技改专项项目投产率", 3, "investment", "gd-tech", "QUALITY", "%", "AT_LEAST", "90", None, "40", "92", None),
    ("F-TECH-03", "技改后企业全员劳动生产率提升", 3, "investment", "gd-tech", "ECONOMIC", "%", "AT_LEAST", "20", None, "10", "17", None),
    ("F-SME-01", "省中小微企业专项服务企业数", 6, "sme", "gd-sme", "QUANTITY", "家", "AT_LEAST", "5000", None, "60", "5600", None),
    ("F-SME-02", "帮助中小微企业融资额", 6, "sme", "gd-sme", "ECONOMIC", "亿元", "AT_LEAST", "50", None, "40", "62", None),
    ("F-DIG-01", "制造业数字化转型试点企业数", 4, "info", "gd-digital", "QUANTITY", "家", "AT_LEAST", "100", None, "60", "110", None),
    ("F-DIG-02", "试点企业生产效率提升", 4, "info", "gd-digital", "ECONOMIC", "%", "AT_LEAST", "10", None, "30", "12", None),
    ("F-DIG-03", "新增上云用云企业数", 4, "info", "gd-digital", "SOCIAL", "家", "AT_LEAST", "1000", None, "10", "900", None),
    ("F-CHAIN-01", "产业链供应链协同项目数", 3, "industry", "gd-chain", "QUANTITY", "个", "AT_LEAST", "20", None, "50", "23", None),
    ("F-CHAIN-02", "链主企业带动配套企业数", 3, "industry", "gd-chain", "SOCIAL", "家", "AT_LEAST", "100", None, "5", "160", None),
    ("F-CHAIN-03", "重点产业链本地配套率", 3, "industry", "gd-chain", "ECONOMIC", "%", "AT_LEAST", "50", None, "45", "55", None),
    ("F-ADV-01", "支持先进制造业项目数", 3, "industry", "gd-advanced", "QUANTITY", "个", "AT_LEAST", "40", None, "50", "44", None),
    ("F-ADV-02", "支持项目新增产值", 3, "industry", "gd-advanced", "ECONOMIC", "亿元", "AT_LEAST", "200", None, "50", "230", None),
    ("F-ENG-01", "节能降碳改造项目数", 3, "investment", "gd-energy", "QUANTITY", "个", "AT_LEAST", "20", None, "50", "21", None),
    ("F-ENG-02", "年节约标准煤", 3, "investment", "gd-energy", "ECOLOGICAL", "万吨", "AT_LEAST", "10", None, "10", "16", None),
    ("F-ENG-03", "节能项目验收合格率", 3, "investment", "gd-energy", "QUALITY", "%", "AT_LEAST", "95", None, "40", "100", None),
    ("F-RAD-01", "无线电监测设施建设数", 2, "radio", "gd-radio", "QUANTITY", "个", "AT_LEAST", "10", None, "50", "10", None),
    ("F-RAD-02", "重大活动无线电安全保障率", 2, "radio", "gd-radio", "QUALITY", "%", "EQUAL", "100", None, "50", "100", None),
]
REASONS = {
    "O01": ("年初对招商引资活动的组织规模预估保守，全年实际举办场次大幅超出目标。", "2024年按上年实际完成值合理设定目标值，提高目标的挑战性。"),
    "O02": ("集成电路产业集聚效应超出预期，证书申请量大幅增长，目标设定偏低。", "结合产业发展趋势和近三年实际完成情况科学设定目标值。"),
    "B01": ("产业基金撬动社会资本效果好于预期，目标设定偏保守。", "参照基金实际运作情况提高目标值。"),
    "B02": ("子基金投资进度加快，投向本市企业金额超出预期。", "按基金投资计划动态设定年度目标。"),
    "B03": ("软件企业研发投入增长强劲，目标设定偏低。", "结合行业统计数据合理确定增速目标。"),
    "B04": ("受宏观经济环境影响，工业增加值增速低于预期。", "加强工业经济运行监测调度，推动重点企业稳产增产。"),
    "B05": ("服务业增长较快，工业增加值占比略有下降。", "推动先进制造业和战略性新兴产业加快发展，稳定工业占比。"),
    "B06": ("今年工业增加值增速较缓，发电用能较多，导致单位能耗上升。", "推动重点用能企业节能改造，加强能耗双控监测预警。"),
    "F-HQ-04": ("部分企业项目投产进度滞后，新增产值未达预期。", "加强项目跟踪服务，督促企业按期投产。"),
    "F-TECH-03": ("部分技改项目年底投产，效益尚未完全释放。", "延续跟踪技改项目投产后效益情况。"),
    "F-DIG-03": ("中小企业上云意愿不足，推进进度低于预期。", "加大上云用云政策宣传和补贴力度。"),
    "F-CHAIN-02": ("链主企业带动效应超出预期，目标设定偏低。", "合理提高2024年目标值。"),
    "F-ENG-02": ("节能改造项目实施效果好于预期，目标设定偏低。", "按项目节能量测算合理设定目标值。"),
}


def check():
    for category, prefix in (("OUTPUT", "O"), ("BENEFIT", "B")):
        total = sum(D(i[10]) for i in DEPARTMENT if i[0].startswith(prefix))
        assert total == D("10.00"), (category, total)
    for fund in {i[4] for i in FUNDS}:
        assert sum(D(i[10]) for i in FUNDS if i[4] == fund) == D("100"), fund


def q(text):
    return "NULL" if text is None else "'" + text.replace("'", "''") + "'"


def main():
    check()
    year = "(SELECT y.id FROM fiscal_year y JOIN department d ON d.id = y.department_id WHERE d.code = 'gz-gxj' AND y.year_number = 2023)"
    out = ["-- Demo: the 2023 indicators, generated by modules/domain/src/seed/indicators_2023.py (read it for how they",
           "-- were chosen). Scores 产出 9.35, 效益 8.06 and 专项资金绩效 19.45 follow from them by the scoring rules."]
    for order, (code, name, goal, division, fund, level2, unit, kind, target, target_text, weight, actual, baseline) in enumerate(DEPARTMENT + FUNDS, start=1):
        reason, measure = REASONS.get(code, (None, None))
        goal_id = f"(SELECT id FROM overall_goal WHERE fiscal_year_id = {year} AND seq = {goal})"
        fund_id = "NULL" if fund is None else f"(SELECT id FROM special_fund WHERE fiscal_year_id = {year} AND code = {q(fund)})"
        out.append(
            "INSERT INTO indicator (fiscal_year_id, code, name, goal_id, division_id, special_fund_id, level2, unit, kind, "
            "target, target_text, weight, baseline, actual, deviation_reason, corrective_measure, target_status, actual_status, sort_order) "
            f"VALUES ({year}, {q(code)}, {q(name)}, {goal_id}, (SELECT id FROM division WHERE code = {q(division)}), {fund_id}, "
            f"{q(level2)}, {q(unit)}, {q(kind)}, {target or 'NULL'}, {q(target_text)}, {weight}, {baseline or 'NULL'}, {actual}, "
            f"{q(reason)}, {q(measure)}, 'APPROVED', 'APPROVED', {order});")
    print("\n".join(out))


if __name__ == "__main__":
    main()
