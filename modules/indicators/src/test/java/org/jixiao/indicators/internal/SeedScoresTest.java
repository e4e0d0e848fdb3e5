package org.jixiao.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.domain.indicators.IndicatorCategory;
import org.jixiao.domain.indicators.IndicatorKind;
import org.jixiao.domain.indicators.IndicatorScore;
import org.jixiao.domain.indicators.IndicatorScoring;
import org.jixiao.domain.indicators.IndicatorScoring.CategoryScore;
import org.jixiao.domain.indicators.IndicatorSubcategory;
import org.jixiao.domain.indicators.ScoringSettings;
import org.jixiao.domain.indicators.TraceStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2023 demo seed scores what the report (§二(二)) says: 产出 9.35 and 效益 8.06 of 10, the named indicators'
 * completion rates, and 专项资金绩效 19.45 of 20. The indicators are read from the generated SQL as the database
 * would hold them and scored with {@link IndicatorScoring} and Guangzhou's defaults; the special-fund average
 * mirrors {@link Scoring}'s {@code specialFunds} arithmetic (which needs a database) step by step.
 */
class SeedScoresTest {

  private static final ScoringSettings GZ = ScoringSettings.GUANGZHOU_DEFAULTS;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** As Scoring.EXACT: the budget-weighted average is kept to 12 digits before the final rounding. */
  private static final int EXACT = 12;

  private static final Path INDICATORS_SQL =
      Path.of("../domain/src/main/resources/db/demo/V5_900__demo_indicators_2023.sql");
  private static final Path BUDGET_SQL = Path.of("../domain/src/main/resources/db/demo/V4_900__demo_budget_2023.sql");
  private static final Path INDICATORS_PY = Path.of("../domain/src/seed/indicators_2023.py");

  private static final String YEAR = "\\(SELECT y\\.id FROM fiscal_year y [^)]*\\)";
  private static final String TEXT = "'((?:[^']|'')*)'";
  private static final String OPTIONAL_TEXT = "(NULL|'(?:[^']|'')*')";
  private static final String NUMBER = "(NULL|-?[0-9]+(?:\\.[0-9]+)?)";

  /**
   * code, name, goal, division, special fund (its code inside the subquery), level2, unit, kind, target,
   * target_text, weight, baseline, actual, deviation_reason, corrective_measure, target_status, actual_status,
   * sort_order.
   */
  private static final Pattern INDICATOR_INSERT =
      Pattern.compile(
          "^INSERT INTO indicator \\(fiscal_year_id, code, name, goal_id, division_id, special_fund_id, level2, unit,"
              + " kind, target, target_text, weight, baseline, actual, deviation_reason, corrective_measure,"
              + " target_status, actual_status, sort_order\\) VALUES \\(" + YEAR + ", " + TEXT + ", " + TEXT + ", "
              + "\\(SELECT id FROM overall_goal WHERE fiscal_year_id = " + YEAR + " AND seq = (\\d+)\\), "
              + "\\(SELECT id FROM division WHERE code = '([^']+)'\\), "
              + "(NULL|\\(SELECT id FROM special_fund WHERE fiscal_year_id = " + YEAR + " AND code = '([^']+)'\\)), "
              + "'([A-Z_]+)', " + OPTIONAL_TEXT + ", '([A-Z_]+)', " + NUMBER + ", " + OPTIONAL_TEXT + ", "
              + "([0-9]+(?:\\.[0-9]+)?), " + NUMBER + ", " + NUMBER + ", " + OPTIONAL_TEXT + ", " + OPTIONAL_TEXT
              + ", '([A-Z]+)', '([A-Z]+)', (\\d+)\\);$");

  private static final Pattern FUND_INSERT =
      Pattern.compile("^INSERT INTO special_fund \\(.*\\), '([^']+)', '([^']+)', '(CITY|PROVINCIAL)', (\\d+)\\);$");
  /** As BudgetCalculatorTest reads the budget lines: the special fund's code, initial and full-year budget. */
  private static final Pattern LINE_INSERT =
      Pattern.compile(
          "^INSERT INTO budget_line \\(.*\\(SELECT id FROM division WHERE code = '([^']+)'\\), '([^']+)', '([^']+)',"
              + " '([A-Z_]+)', (NULL|'[A-Z_]+'), (NULL|\\(SELECT id FROM special_fund .* AND code = '([^']+)'\\)),"
              + " ([0-9.]+), ([0-9.]+), ([0-9.]+), (NULL|'[^']*')\\);$");
  /** A row of DEPARTMENT or FUNDS in the generator. */
  private static final Pattern PY_INDICATOR =
      Pattern.compile(
          "^\\s*\\(\"([\\w-]+)\", \"[^\"]+\", \\d+, \"[\\w-]+\", (None|\"[\\w-]+\"), \"(\\w+)\", (?:None|\"[^\"]*\"),"
              + " \"(\\w+)\", (None|\"[0-9.]+\"), (None|\"[^\"]*\"), \"([0-9.]+)\", \"(-?[0-9.]+)\","
              + " (?:None|\"[0-9.]+\")\\),$");

  /** An indicator as the database holds it after the seed. */
  record SeedIndicator(
      String code,
      String name,
      String fundCode,
      IndicatorSubcategory subcategory,
      IndicatorKind kind,
      BigDecimal target,
      String targetText,
      BigDecimal weight,
      BigDecimal actual,
      String reason,
      String measure,
      String targetStatus,
      String actualStatus) {

    IndicatorCategory category() {
      return subcategory.category();
    }

    IndicatorScoring.Figures figures() {
      return new IndicatorScoring.Figures(kind, target, targetText, weight, actual, null, null);
    }
  }

  private static Map<String, SeedIndicator> indicators;
  private static Map<String, IndicatorScore> scores;
  /** Special fund code → name, in the funds' sort order. */
  private static Map<String, String> funds;
  /** Special fund code → Σ full-year budget of its lines. */
  private static Map<String, BigDecimal> fundBudgets;

  @BeforeAll
  static void readTheSeed() throws IOException {
    indicators = new LinkedHashMap<>();
    for (String sql : Files.readAllLines(INDICATORS_SQL, StandardCharsets.UTF_8)) {
      if (sql.startsWith("--") || sql.isBlank()) {
        continue;
      }
      Matcher m = INDICATOR_INSERT.matcher(sql);
      assertThat(m.matches()).as("an indicator insert this test understands: %s", sql).isTrue();
      SeedIndicator i =
          new SeedIndicator(
              m.group(1), unquote(m.group(2)), m.group(6), IndicatorSubcategory.valueOf(m.group(7)),
              IndicatorKind.valueOf(m.group(9)), number(m.group(10)), text(m.group(11)), new BigDecimal(m.group(12)),
              number(m.group(14)), text(m.group(15)), text(m.group(16)), m.group(17), m.group(18));
      assertThat(indicators.put(i.code(), i)).as("indicator %s inserted once", i.code()).isNull();
    }
    assertThat(indicators).hasSize(45);

    scores = new LinkedHashMap<>();
    indicators.values().forEach(i -> scores.put(i.code(), IndicatorScoring.score(i.figures(), GZ)));

    funds = new LinkedHashMap<>();
    fundBudgets = new HashMap<>();
    int lines = 0;
    for (String sql : Files.readAllLines(BUDGET_SQL, StandardCharsets.UTF_8)) {
      Matcher fund = FUND_INSERT.matcher(sql);
      Matcher line = LINE_INSERT.matcher(sql);
      if (fund.matches()) {
        funds.put(fund.group(1), fund.group(2));
      } else if (line.matches()) {
        lines++;
        if (line.group(7) != null) {
          assertThat(line.group(4)).as(line.group(2)).isEqualTo("SPECIAL_FUND");
          fundBudgets.merge(line.group(7), new BigDecimal(line.group(9)), BigDecimal::add);
        }
      }
    }
    assertThat(lines).as("budget lines").isEqualTo(28);
    assertThat(funds.keySet())
        .containsExactly("gz-hq", "gd-tech", "gd-sme", "gd-digital", "gd-chain", "gd-advanced", "gd-energy", "gd-radio");
  }

  private static String unquote(String sqlText) {
    return sqlText.replace("''", "'");
  }

  private static String text(String sqlValue) {
    return sqlValue.equals("NULL") ? null : unquote(sqlValue.substring(1, sqlValue.length() - 1));
  }

  private static BigDecimal number(String sqlValue) {
    return sqlValue.equals("NULL") ? null : new BigDecimal(sqlValue);
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static List<SeedIndicator> department(IndicatorCategory category) {
    return indicators.values().stream()
        .filter(i -> i.fundCode() == null && i.category() == category)
        .toList();
  }

  private static CategoryScore categoryScore(IndicatorCategory category) {
    List<SeedIndicator> of = department(category);
    return IndicatorScoring.categoryScore("IndicatorCategory." + category.name(),
        of.stream().map(i -> scores.get(i.code()).score()).toList(), of.stream().map(SeedIndicator::weight).toList(),
        GZ.pointsOf(category), GZ);
  }

  private static List<String> keys(String code) {
    return scores.get(code).trace().stream().map(TraceStep::key).toList();
  }

  // --- the seed as the database holds it ---------------------------------------------------------------------

  @Test
  void seed_isApproved_andEveryIndicatorHasAnActual() {
    assertThat(indicators.values()).allSatisfy(i -> {
      assertThat(i.targetStatus()).as(i.code()).isEqualTo("APPROVED");
      assertThat(i.actualStatus()).as(i.code()).isEqualTo("APPROVED");
      assertThat(scores.get(i.code()).missingActual()).as(i.code()).isFalse();
    });
    assertThat(department(IndicatorCategory.OUTPUT)).hasSize(11);
    assertThat(department(IndicatorCategory.BENEFIT)).hasSize(11);
    assertThat(department(IndicatorCategory.SATISFACTION)).hasSize(1);
    assertThat(indicators.values().stream().filter(i -> i.fundCode() != null)).hasSize(22);
    assertThat(indicators.values().stream().map(SeedIndicator::fundCode).filter(f -> f != null).distinct())
        .containsExactlyElementsOf(funds.keySet());
  }

  @Test
  void deviatingIndicators_carryAReasonAndAMeasure_asSubmittingThemRequires() {
    assertThat(indicators.values()).allSatisfy(i -> {
      if (scores.get(i.code()).deviates()) {
        assertThat(i.reason()).as("%s deviation reason", i.code()).isNotBlank();
        assertThat(i.measure()).as("%s corrective measure", i.code()).isNotBlank();
      }
    });
  }

  @Test
  void seed_sqlIsWhatTheGeneratorsRowsSay() throws IOException {
    int count = 0;
    for (String py : Files.readAllLines(INDICATORS_PY, StandardCharsets.UTF_8)) {
      Matcher t = PY_INDICATOR.matcher(py);
      if (!t.matches()) {
        continue;
      }
      count++;
      SeedIndicator i = indicators.get(t.group(1));
      assertThat(i).as("indicator %s of the generator is in the SQL", t.group(1)).isNotNull();
      assertThat(i.fundCode() == null ? "None" : "\"" + i.fundCode() + "\"").as(i.code()).isEqualTo(t.group(2));
      assertThat(i.subcategory().name()).as(i.code()).isEqualTo(t.group(3));
      assertThat(i.kind().name()).as(i.code()).isEqualTo(t.group(4));
      assertThat(i.target() == null ? "None" : "\"" + i.target().toPlainString() + "\"").as(i.code())
          .isEqualTo(t.group(5));
      assertThat(i.targetText() == null ? "None" : "\"" + i.targetText() + "\"").as(i.code()).isEqualTo(t.group(6));
      assertThat(i.weight()).as(i.code()).isEqualByComparingTo(t.group(7));
      assertThat(i.actual()).as(i.code()).isEqualByComparingTo(t.group(8));
    }
    assertThat(count).as("rows of DEPARTMENT and FUNDS in the generator").isEqualTo(indicators.size());
  }

  // --- the department's categories -------------------------------------------------------------------------

  @Test
  void output_scores9_35of10() {
    CategoryScore output = categoryScore(IndicatorCategory.OUTPUT);
    assertThat(output.weightSum()).isEqualByComparingTo("10");
    assertThat(output.scoreSum()).isEqualByComparingTo("9.35");
    assertThat(output.score()).isEqualTo(d("9.35"));
    assertThat(output.points()).isEqualByComparingTo("10");
    assertThat(output.trace()).containsExactly(
        TraceStep.of("score.trace.category", "IndicatorCategory.OUTPUT", "9.35", "10.00", "10", "9.35"));
  }

  @Test
  void benefit_scores8_06of10() {
    CategoryScore benefit = categoryScore(IndicatorCategory.BENEFIT);
    assertThat(benefit.weightSum()).isEqualByComparingTo("10");
    assertThat(benefit.scoreSum()).isEqualByComparingTo("8.06");
    assertThat(benefit.score()).isEqualTo(d("8.06"));
    assertThat(benefit.trace()).containsExactly(
        TraceStep.of("score.trace.category", "IndicatorCategory.BENEFIT", "8.06", "10.00", "10", "8.06"));
  }

  @Test
  void satisfaction_scoresFull() {
    List<SeedIndicator> satisfaction = department(IndicatorCategory.SATISFACTION);
    assertThat(satisfaction).extracting(SeedIndicator::code).containsExactly("S01");
    assertThat(scores.get("S01").score()).isEqualTo(d("10.00"));
  }

  @Test
  void onlyTheNamedIndicatorsLosePoints() {
    List<String> losing = indicators.values().stream()
        .filter(i -> i.fundCode() == null)
        .filter(i -> scores.get(i.code()).score().compareTo(i.weight()) < 0)
        .map(SeedIndicator::code)
        .toList();
    assertThat(losing).containsExactly("O01", "O02", "B01", "B02", "B03", "B04", "B05", "B06");
  }

  // --- the indicators the report names ---------------------------------------------------------------------

  private static void assertNamed(String code, String name, String percent, String score, String firstKey,
      String lastKey) {
    IndicatorScore s = scores.get(code);
    assertThat(indicators.get(code).name()).as(code).contains(name);
    assertThat(s.completion().percent()).as("%s completion", code).isEqualTo(d(percent));
    assertThat(s.score()).as("%s score", code).isEqualTo(d(score));
    assertThat(s.trace().get(0).key()).as("%s first step", code).isEqualTo(firstKey);
    assertThat(s.trace().get(s.trace().size() - 1).key()).as("%s last step", code).isEqualTo(lastKey);
  }

  @Test
  void output_theTwoOvershootsAreHalved() {
    assertNamed("O01", "招商引资活动数量", "213.00", "0.30", "score.trace.rate", "score.trace.overshoot");
    assertThat(scores.get("O01").trace().get(1).arguments()).containsExactly("213", "150", "0.60", "50", "0.30");
    assertNamed("O02", "集成电路布图设计专有权证书或专利证书数", "250.00", "0.35", "score.trace.rate",
        "score.trace.overshoot");
    assertThat(scores.get("O02").trace().get(1).arguments()).containsExactly("250", "150", "0.70", "50", "0.35");
    assertThat(scores.get("O01").overshoot()).isTrue();
    assertThat(scores.get("O02").overshoot()).isTrue();
  }

  @Test
  void benefit_threeOvershoots() {
    assertNamed("B01", "产业基金放大投资倍数", "157.14", "0.30", "score.trace.rate", "score.trace.overshoot");
    assertNamed("B02", "子基金投资于广州市企业的金额", "186.67", "0.30", "score.trace.rate", "score.trace.overshoot");
    assertNamed("B03", "软件和信息服务业研发投入年均增速", "185.50", "0.30", "score.trace.rate", "score.trace.overshoot");
    assertThat(scores.get("B03").trace().get(0).arguments()).containsExactly("185.5", "18.55", "10");
    assertThat(scores.get("B03").completion()).hasToString("185.50%");
  }

  @Test
  void benefit_twoBelowTarget_scoreProportionally() {
    assertNamed("B04", "工业增加值增速", "80.00", "0.80", "score.trace.rate", "score.trace.proportional");
    assertNamed("B05", "工业增加值占地区生产总值比重", "96.40", "0.96", "score.trace.rate", "score.trace.proportional");
    assertThat(scores.get("B04").belowTarget()).isTrue();
    assertThat(scores.get("B05").trace().get(1).arguments()).containsExactly("1.00", "96.4", "0.96");
  }

  @Test
  void benefit_energyIntensityWentTheWrongWay() {
    SeedIndicator b06 = indicators.get("B06");
    assertThat(b06.name()).contains("工业增加值能耗");
    assertThat(b06.kind()).isEqualTo(IndicatorKind.DECREASE);
    assertThat(b06.targetText()).isEqualTo("较去年同期下降");
    IndicatorScore s = scores.get("B06");
    assertThat(s.score()).isEqualTo(d("0.00"));
    assertThat(s.wrongDirection()).isTrue();
    assertThat(s.completion()).isNull();
    assertThat(keys("B06")).containsExactly("score.trace.direction.wrong");
    assertThat(s.trace().get(0).arguments()).containsExactly("较去年同期下降", "+0.4");
  }

  // --- the special funds -------------------------------------------------------------------------------------

  @Test
  void specialFunds_scoreTheReportsPercentages_andAverage19_45of20() {
    // Σ score and Σ weight of each fund's output and benefit indicators, as Scoring.summary adds them up
    Map<String, BigDecimal[]> sums = new HashMap<>();
    for (SeedIndicator i : indicators.values()) {
      if (i.fundCode() != null && i.category() != IndicatorCategory.SATISFACTION) {
        BigDecimal[] s = sums.computeIfAbsent(i.fundCode(), f -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        s[0] = s[0].add(scores.get(i.code()).score());
        s[1] = s[1].add(i.weight());
      }
    }

    Map<String, BigDecimal> percents = new LinkedHashMap<>();
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal budgetSum = BigDecimal.ZERO;
    for (String fund : funds.keySet()) {
      BigDecimal[] s = sums.get(fund);
      assertThat(s).as("%s has indicators", fund).isNotNull();
      assertThat(s[1]).as("%s weights", fund).isEqualByComparingTo("100");
      BigDecimal budget = fundBudgets.getOrDefault(fund, BigDecimal.ZERO);
      BigDecimal percent = s[0].multiply(HUNDRED).divide(s[1], GZ.scale(), RoundingMode.HALF_UP);
      percents.put(fund, percent);
      weighted = weighted.add(percent.multiply(budget));
      budgetSum = budgetSum.add(budget);
    }
    assertThat(percents).containsExactly(
        Map.entry("gz-hq", d("96.58")),
        Map.entry("gd-tech", d("98.50")),
        Map.entry("gd-sme", d("100.00")),
        Map.entry("gd-digital", d("99.00")),
        Map.entry("gd-chain", d("97.50")),
        Map.entry("gd-advanced", d("100.00")),
        Map.entry("gd-energy", d("95.00")),
        Map.entry("gd-radio", d("100.00")));

    assertThat(fundBudgets).containsOnly(
        Map.entry("gz-hq", d("311700.00")),
        Map.entry("gd-tech", d("42000.00")),
        Map.entry("gd-sme", d("23500.00")),
        Map.entry("gd-digital", d("23924.03")),
        Map.entry("gd-chain", d("19666.61")),
        Map.entry("gd-advanced", d("17000.00")),
        Map.entry("gd-energy", d("5000.00")),
        Map.entry("gd-radio", d("5000.00")));
    // the report's 专项资金 budget (BudgetCalculatorTest: 447,790.64 万元)
    assertThat(budgetSum).isEqualTo(d("447790.64"));

    BigDecimal average = weighted.divide(budgetSum, EXACT, RoundingMode.HALF_UP);
    BigDecimal points = GZ.specialFundPoints();
    BigDecimal score = average.multiply(points).divide(HUNDRED, GZ.scale(), RoundingMode.HALF_UP);
    assertThat(average.setScale(2, RoundingMode.HALF_UP)).isEqualTo(d("97.26"));
    assertThat(score).isEqualTo(d("19.45"));
  }

  @Test
  void specialFunds_theLosingIndicators() {
    // gz-hq: 新增产值 829 of 1000 → 20 × 82.9% = 16.58
    assertThat(scores.get("F-HQ-04").score()).isEqualTo(d("16.58"));
    assertThat(scores.get("F-HQ-04").completion().percent()).isEqualTo(d("82.90"));
    assertThat(scores.get("F-TECH-03").score()).isEqualTo(d("8.50"));
    assertThat(scores.get("F-DIG-03").score()).isEqualTo(d("9.00"));
    // above 150%: halved
    assertThat(scores.get("F-CHAIN-02").score()).isEqualTo(d("2.50"));
    assertThat(scores.get("F-CHAIN-02").overshoot()).isTrue();
    assertThat(scores.get("F-ENG-02").score()).isEqualTo(d("5.00"));
    // "=" 100 of 100: full
    assertThat(scores.get("F-RAD-02").score()).isEqualTo(d("50.00"));
    assertThat(keys("F-RAD-02")).containsExactly("score.trace.rate", "score.trace.full");
  }
}
