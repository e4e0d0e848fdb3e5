package org.jixiao.budgeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.budgeting.api.BudgetFigures;
import org.jixiao.budgeting.api.BudgetRow;
import org.jixiao.budgeting.api.BudgetRowKind;
import org.jixiao.budgeting.api.CheckpointFigures;
import org.jixiao.budgeting.api.MonthFigures;
import org.jixiao.budgeting.api.Reconciliation;
import org.jixiao.domain.budget.BudgetCategory;
import org.jixiao.domain.budget.BudgetLevel;
import org.jixiao.domain.budget.BudgetWarningRule;
import org.jixiao.domain.budget.BudgetWarningRule.Thresholds;
import org.jixiao.domain.budget.PaceWarning;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.money.Rate;
import org.junit.jupiter.api.Test;

class BudgetCalculatorTest {

  private static final Thresholds DEFAULTS = BudgetWarningRule.defaults();
  private static final LocalDate YEAR_END = LocalDate.of(2023, 12, 31);

  private static Money m(String amount) {
    return Money.parse(amount);
  }

  private static Rate pct(String percent) {
    return Rate.ofPercent(new BigDecimal(percent));
  }

  private static BudgetCalculator calculator(LocalDate asOf) {
    return new BudgetCalculator(2023, asOf, DEFAULTS);
  }

  /** A line to feed the calculator; each test sets what it needs. */
  private static final class Line {
    private static long nextId = 1;

    final long id = nextId++;
    String code = "L" + id;
    BudgetCategory category = BudgetCategory.BASIC_EXPENDITURE;
    BudgetLevel level;
    String fundCode;
    String fundName;
    Money initial;
    Money budget = Money.ZERO;
    Money carryOver = Money.ZERO;
    final Money[] executed = new Money[12];
    Money[] plan;
    Money committed;

    static Line basic(String code, String budget) {
      Line line = new Line();
      line.code = code;
      line.budget = m(budget);
      return line;
    }

    static Line project(String code, String budget) {
      Line line = basic(code, budget);
      line.category = BudgetCategory.PROJECT_EXPENDITURE;
      return line;
    }

    static Line development(String code, BudgetLevel level, String budget) {
      Line line = basic(code, budget);
      line.category = BudgetCategory.OTHER_DEVELOPMENT;
      line.level = level;
      return line;
    }

    static Line special(String code, BudgetLevel level, String fundCode, String budget) {
      Line line = basic(code, budget);
      line.category = BudgetCategory.SPECIAL_FUND;
      line.level = level;
      line.fundCode = fundCode;
      line.fundName = fundCode == null ? null : "专项资金 " + fundCode;
      return line;
    }

    Line paid(int month, String amount) {
      executed[month - 1] = m(amount);
      return this;
    }

    Line planned(int month, String amount) {
      if (plan == null) {
        plan = new Money[12];
      }
      plan[month - 1] = m(amount);
      return this;
    }

    Line carried(String amount) {
      carryOver = m(amount);
      return this;
    }

    Line committed(String amount) {
      committed = m(amount);
      return this;
    }

    Line initial(String amount) {
      initial = m(amount);
      return this;
    }

    LineInput input() {
      return new LineInput(
          id, code, "项目 " + code, "div", "处室", category, level, fundCode, fundName,
          initial == null ? budget : initial, budget, carryOver, null, null, 0L, executed.clone(),
          plan == null ? null : plan.clone(), committed);
    }
  }

  private static List<LineInput> inputs(Line... lines) {
    List<LineInput> result = new ArrayList<>();
    for (Line line : lines) {
      result.add(line.input());
    }
    return result;
  }

  private static BudgetRow child(BudgetRow row, String key) {
    return row.children().stream()
        .filter(c -> c.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + key + " under " + row.key()));
  }

  private static BudgetRow level(BudgetCalculator.Result result, BudgetLevel level) {
    return result.levels().stream().filter(r -> r.key().equals(level.name())).findFirst().orElseThrow();
  }

  // --- one line --------------------------------------------------------------------------------------------

  @Test
  void lineFigures_rateIsRoundedHalfUpToTwoDecimals() {
    // 5586.76 / 6678.77 = 83.6495…%
    LineInput line = Line.project("P", "6678.77").paid(6, "2000.00").paid(12, "3586.76").input();
    BudgetFigures f = calculator(YEAR_END).figuresOf(line);
    assertThat(f.budget()).isEqualTo(m("6678.77"));
    assertThat(f.executed()).isEqualTo(m("5586.76"));
    assertThat(f.executionRate()).isEqualTo(pct("83.65"));
    assertThat(f.executionRate().toString()).isEqualTo("83.65%");
  }

  @Test
  void lineFigures_expectedAvailableCommittedAndCarryOver() {
    LineInput line =
        Line.basic("B", "365.00").initial("300.00").paid(1, "50.00").paid(6, "50.00").committed("40.00")
            .carried("20.00").input();
    BudgetFigures f = calculator(LocalDate.of(2023, 6, 30)).figuresOf(line);
    assertThat(f.initialBudget()).isEqualTo(m("300.00"));
    assertThat(f.expected()).isEqualTo(m("181.00"));
    assertThat(f.expectedRate()).isEqualTo(pct("49.59")); // 181/365
    assertThat(f.executionRate()).isEqualTo(pct("27.40")); // 100/365
    assertThat(f.committed()).isEqualTo(m("40.00"));
    assertThat(f.carryOver()).isEqualTo(m("20.00"));
    // available = budget − executed − committed − carried over
    assertThat(f.available()).isEqualTo(m("205.00"));
    // 49.59 − 27.40 = 22.19 points behind
    assertThat(f.warning()).isEqualTo(PaceWarning.RED);
  }

  @Test
  void lineFigures_withoutCommitments_countNothingCommitted() {
    BudgetFigures f = calculator(YEAR_END).figuresOf(Line.basic("B", "100.00").paid(3, "30.00").input());
    assertThat(f.committed()).isEqualTo(Money.ZERO);
    assertThat(f.available()).isEqualTo(m("70.00"));
  }

  // --- as of a date ----------------------------------------------------------------------------------------

  @Test
  void asOfWithinTheYear_countsOnlyTheMonthsUpToAsOfsMonth() {
    Line line = Line.basic("B", "1200.00");
    for (int month = 1; month <= 12; month++) {
      line.paid(month, "100.00");
    }
    LineInput input = line.input();
    assertThat(calculator(LocalDate.of(2023, 1, 1)).figuresOf(input).executed()).isEqualTo(m("100.00"));
    assertThat(calculator(LocalDate.of(2023, 6, 15)).figuresOf(input).executed()).isEqualTo(m("600.00"));
    assertThat(calculator(LocalDate.of(2023, 6, 30)).figuresOf(input).executed()).isEqualTo(m("600.00"));
    assertThat(calculator(LocalDate.of(2023, 7, 1)).figuresOf(input).executed()).isEqualTo(m("700.00"));
    assertThat(calculator(YEAR_END).figuresOf(input).executed()).isEqualTo(m("1200.00"));
  }

  @Test
  void asOfOutsideTheYear_countsNothingBefore_andEverythingAfter() {
    LineInput input = Line.basic("B", "1200.00").paid(1, "100.00").paid(12, "1000.00").input();
    BudgetFigures before = calculator(LocalDate.of(2022, 12, 31)).figuresOf(input);
    assertThat(before.executed()).isEqualTo(Money.ZERO);
    assertThat(before.expected()).isEqualTo(Money.ZERO);
    assertThat(before.warning()).isEqualTo(PaceWarning.GREEN);
    BudgetFigures after = calculator(LocalDate.of(2024, 3, 1)).figuresOf(input);
    assertThat(after.executed()).isEqualTo(m("1100.00"));
    assertThat(after.expected()).isEqualTo(m("1200.00"));
    assertThat(after.expectedRate()).isEqualTo(pct("100.00"));
  }

  @Test
  void plannedLine_isPacedByItsPlan() {
    LineInput input =
        Line.special("S", BudgetLevel.TRANSFER_TO_LOWER, "gz-hq", "1000.00")
            .planned(6, "400.00").planned(9, "300.00").planned(12, "300.00")
            .paid(6, "400.00").input();
    BudgetFigures may = calculator(LocalDate.of(2023, 5, 31)).figuresOf(input);
    assertThat(may.expected()).isEqualTo(Money.ZERO);
    assertThat(may.expectedRate()).isEqualTo(pct("0.00"));
    BudgetFigures june = calculator(LocalDate.of(2023, 6, 30)).figuresOf(input);
    assertThat(june.expected()).isEqualTo(m("400.00"));
    assertThat(june.executionRate()).isEqualTo(pct("40.00"));
    assertThat(june.warning()).isEqualTo(PaceWarning.GREEN);
    BudgetFigures september = calculator(LocalDate.of(2023, 9, 30)).figuresOf(input);
    assertThat(september.expectedRate()).isEqualTo(pct("70.00"));
    assertThat(september.warning()).isEqualTo(PaceWarning.RED); // 30 points behind
  }

  // --- warnings --------------------------------------------------------------------------------------------

  /** Budget 100, half of it planned in June: the pace by 2023-06-30 is exactly 50%. */
  private static PaceWarning warningWhenPaid(String paid, Thresholds thresholds) {
    LineInput input = Line.basic("B", "100.00").planned(6, "50.00").planned(12, "50.00").paid(6, paid).input();
    return new BudgetCalculator(2023, LocalDate.of(2023, 6, 30), thresholds).figuresOf(input).warning();
  }

  @Test
  void warning_isGreenUpToFivePointsBehind() {
    assertThat(warningWhenPaid("60.00", DEFAULTS)).isEqualTo(PaceWarning.GREEN); // ahead
    assertThat(warningWhenPaid("50.00", DEFAULTS)).isEqualTo(PaceWarning.GREEN);
    assertThat(warningWhenPaid("45.00", DEFAULTS)).isEqualTo(PaceWarning.GREEN); // exactly 5.00 behind
  }

  @Test
  void warning_isYellowMoreThanFiveAndUpToFifteenPointsBehind() {
    assertThat(warningWhenPaid("44.99", DEFAULTS)).isEqualTo(PaceWarning.YELLOW); // 5.01 behind
    assertThat(warningWhenPaid("35.00", DEFAULTS)).isEqualTo(PaceWarning.YELLOW); // exactly 15.00 behind
  }

  @Test
  void warning_isRedMoreThanFifteenPointsBehind() {
    assertThat(warningWhenPaid("34.99", DEFAULTS)).isEqualTo(PaceWarning.RED); // 15.01 behind
    assertThat(warningWhenPaid("0.00", DEFAULTS)).isEqualTo(PaceWarning.RED);
  }

  @Test
  void warning_followsTheYearsOwnThresholds() {
    Thresholds strict = new Thresholds(new BigDecimal("1.00"), new BigDecimal("2.00"));
    assertThat(warningWhenPaid("49.00", strict)).isEqualTo(PaceWarning.GREEN);
    assertThat(warningWhenPaid("48.50", strict)).isEqualTo(PaceWarning.YELLOW);
    assertThat(warningWhenPaid("47.99", strict)).isEqualTo(PaceWarning.RED);
  }

  @Test
  void warningOfASum_comesFromTheSummedAmounts_notFromItsLinesWarnings() {
    Line behind = Line.basic("B1", "100.00").planned(6, "50.00").planned(12, "50.00"); // 0 of 50 expected: RED
    Line ahead = Line.basic("B2", "900.00").paid(6, "500.00").planned(6, "450.00").planned(12, "450.00");
    BudgetCalculator.Result result = calculator(LocalDate.of(2023, 6, 30)).compute(inputs(behind, ahead));
    assertThat(result.lines().get(0).figures().warning()).isEqualTo(PaceWarning.RED);
    // 500 of 1000 executed against 500 expected
    BudgetFigures total = result.total().figures();
    assertThat(total.executionRate()).isEqualTo(pct("50.00"));
    assertThat(total.expectedRate()).isEqualTo(pct("50.00"));
    assertThat(total.warning()).isEqualTo(PaceWarning.GREEN);
  }

  @Test
  void zeroBudget_hasNoRates_andIsGreen() {
    LineInput input = Line.basic("B", "0").paid(3, "10.00").input();
    BudgetFigures f = calculator(LocalDate.of(2023, 6, 30)).figuresOf(input);
    assertThat(f.executionRate()).isNull();
    assertThat(f.expectedRate()).isNull();
    assertThat(f.expected()).isEqualTo(Money.ZERO);
    assertThat(f.executed()).isEqualTo(m("10.00"));
    assertThat(f.warning()).isEqualTo(PaceWarning.GREEN);
  }

  @Test
  void emptyYear_hasEveryRowWithZeroBudget_andReconciles() {
    BudgetCalculator.Result result = calculator(YEAR_END).compute(List.of());
    assertThat(result.total().figures().budget()).isEqualTo(Money.ZERO);
    assertThat(result.total().figures().executionRate()).isNull();
    assertThat(result.total().figures().warning()).isEqualTo(PaceWarning.GREEN);
    assertThat(result.total().children()).extracting(BudgetRow::key)
        .containsExactly("DEPARTMENT_BUDGET", "DEVELOPMENT");
    assertThat(result.levels()).extracting(BudgetRow::key).containsExactly("CITY_LEVEL", "TRANSFER_TO_LOWER");
    assertThat(result.lines()).isEmpty();
    assertThat(result.mismatches()).isEmpty();
  }

  // --- the tree --------------------------------------------------------------------------------------------

  @Test
  void compute_sumsUpTheTree_totalGroupCategoryFundLine() {
    List<LineInput> lines =
        inputs(
            Line.basic("B01", "100.00").paid(1, "90.00"),
            Line.project("P01", "200.00").paid(2, "150.00").committed("30.00"),
            Line.special("S01", BudgetLevel.CITY_LEVEL, "gz-hq", "1000.00").paid(3, "800.00"),
            Line.special("S02", BudgetLevel.TRANSFER_TO_LOWER, "gz-hq", "500.00").paid(6, "500.00"),
            Line.special("G11", BudgetLevel.CITY_LEVEL, "gd-tech", "300.00").paid(4, "100.00").carried("50.00"),
            Line.development("D01", BudgetLevel.CITY_LEVEL, "400.00").paid(5, "380.00"),
            Line.development("D02", BudgetLevel.TRANSFER_TO_LOWER, "100.00").paid(12, "100.00"));
    BudgetCalculator.Result result = calculator(YEAR_END).compute(lines);

    BudgetRow total = result.total();
    assertThat(total.kind()).isEqualTo(BudgetRowKind.TOTAL);
    assertThat(total.figures().budget()).isEqualTo(m("2600.00"));
    assertThat(total.figures().executed()).isEqualTo(m("2120.00"));
    assertThat(total.figures().executionRate()).isEqualTo(pct("81.54")); // 2120/2600 = 81.538…
    assertThat(total.figures().committed()).isEqualTo(m("30.00"));
    assertThat(total.figures().carryOver()).isEqualTo(m("50.00"));
    assertThat(total.figures().available()).isEqualTo(m("400.00")); // 2600 − 2120 − 30 − 50

    BudgetRow department = child(total, "DEPARTMENT_BUDGET");
    assertThat(department.kind()).isEqualTo(BudgetRowKind.GROUP);
    assertThat(department.figures().budget()).isEqualTo(m("300.00"));
    assertThat(department.figures().executed()).isEqualTo(m("240.00"));
    assertThat(department.children()).extracting(BudgetRow::key)
        .containsExactly("BASIC_EXPENDITURE", "PROJECT_EXPENDITURE");
    BudgetRow project = child(department, "PROJECT_EXPENDITURE");
    assertThat(project.kind()).isEqualTo(BudgetRowKind.CATEGORY);
    assertThat(project.figures().budget()).isEqualTo(m("200.00"));
    assertThat(project.children()).extracting(BudgetRow::kind, BudgetRow::key)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(BudgetRowKind.LINE, "P01"));
    assertThat(project.children().get(0).line().code()).isEqualTo("P01");
    assertThat(project.children().get(0).isLine()).isTrue();

    BudgetRow development = child(total, "DEVELOPMENT");
    assertThat(development.figures().budget()).isEqualTo(m("2300.00"));
    assertThat(development.figures().executed()).isEqualTo(m("1880.00"));
    assertThat(development.children()).extracting(BudgetRow::key)
        .containsExactly("SPECIAL_FUND", "OTHER_DEVELOPMENT");

    BudgetRow special = child(development, "SPECIAL_FUND");
    assertThat(special.figures().budget()).isEqualTo(m("1800.00"));
    assertThat(special.figures().executed()).isEqualTo(m("1400.00"));
    // funds in the order their first line came, each with its lines
    assertThat(special.children()).extracting(BudgetRow::kind).containsOnly(BudgetRowKind.FUND);
    assertThat(special.children()).extracting(BudgetRow::key).containsExactly("gz-hq", "gd-tech");
    BudgetRow cityFund = child(special, "gz-hq");
    assertThat(cityFund.name()).isEqualTo("专项资金 gz-hq");
    assertThat(cityFund.figures().budget()).isEqualTo(m("1500.00"));
    assertThat(cityFund.figures().executed()).isEqualTo(m("1300.00"));
    assertThat(cityFund.children()).extracting(BudgetRow::key).containsExactly("S01", "S02");
    assertThat(child(special, "gd-tech").figures().carryOver()).isEqualTo(m("50.00"));

    BudgetRow other = child(development, "OTHER_DEVELOPMENT");
    assertThat(other.figures().budget()).isEqualTo(m("500.00"));
    assertThat(other.children()).extracting(BudgetRow::key).containsExactly("D01", "D02");

    assertThat(result.lines()).extracting(v -> v.code())
        .containsExactly("B01", "P01", "S01", "S02", "G11", "D01", "D02");
    assertThat(result.mismatches()).isEmpty();
  }

  @Test
  void compute_splitsDevelopmentSpendingByLevel() {
    List<LineInput> lines =
        inputs(
            Line.basic("B01", "100.00").paid(1, "90.00"),
            Line.special("S01", BudgetLevel.CITY_LEVEL, "gz-hq", "1000.00").paid(3, "800.00"),
            Line.special("S02", BudgetLevel.TRANSFER_TO_LOWER, "gz-hq", "500.00").paid(6, "500.00"),
            Line.development("D01", BudgetLevel.CITY_LEVEL, "400.00").paid(5, "380.00"),
            Line.development("D02", BudgetLevel.TRANSFER_TO_LOWER, "100.00").paid(12, "100.00"));
    BudgetCalculator.Result result = calculator(YEAR_END).compute(lines);

    assertThat(result.levels()).extracting(BudgetRow::kind).containsOnly(BudgetRowKind.LEVEL);
    BudgetRow city = level(result, BudgetLevel.CITY_LEVEL);
    assertThat(city.figures().budget()).isEqualTo(m("1400.00"));
    assertThat(city.figures().executed()).isEqualTo(m("1180.00"));
    assertThat(city.figures().executionRate()).isEqualTo(pct("84.29")); // 1180/1400 = 84.285…
    BudgetRow transfer = level(result, BudgetLevel.TRANSFER_TO_LOWER);
    assertThat(transfer.figures().budget()).isEqualTo(m("600.00"));
    assertThat(transfer.figures().executionRate()).isEqualTo(pct("100.00"));
    // the levels add up to 事业发展支出, not to the total
    assertThat(city.figures().budget().plus(transfer.figures().budget()))
        .isEqualTo(child(result.total(), "DEVELOPMENT").figures().budget());
    assertThat(result.mismatches()).isEmpty();
  }

  // --- reconciliation --------------------------------------------------------------------------------------

  @Test
  void developmentLineWithoutLevel_showsAsAMismatchOfTheLevelSplit() {
    List<LineInput> lines =
        inputs(
            Line.development("D01", BudgetLevel.CITY_LEVEL, "400.00").paid(5, "380.00"),
            Line.development("D02", null, "100.00"));
    BudgetCalculator.Result result = calculator(YEAR_END).compute(lines);
    assertThat(result.mismatches())
        .containsExactly(new Reconciliation("budget.check.developmentByLevel.budget", m("500.00"), m("400.00")));
  }

  @Test
  void developmentLineWithoutLevel_alsoMismatchesTheExecuted_whenItSpent() {
    List<LineInput> lines =
        inputs(
            Line.development("D01", BudgetLevel.CITY_LEVEL, "400.00").paid(5, "380.00"),
            Line.development("D02", null, "100.00").paid(7, "60.00"));
    BudgetCalculator.Result result = calculator(YEAR_END).compute(lines);
    assertThat(result.mismatches())
        .containsExactly(
            new Reconciliation("budget.check.developmentByLevel.budget", m("500.00"), m("400.00")),
            new Reconciliation("budget.check.developmentByLevel.executed", m("440.00"), m("380.00")));
  }

  @Test
  void specialFundLineWithoutFund_showsAsAMismatchOfTheFundSplit_andStaysVisible() {
    List<LineInput> lines =
        inputs(
            Line.special("S01", BudgetLevel.CITY_LEVEL, "gz-hq", "1000.00"),
            Line.special("S99", BudgetLevel.CITY_LEVEL, null, "250.00"));
    BudgetCalculator.Result result = calculator(YEAR_END).compute(lines);
    assertThat(result.mismatches())
        .containsExactly(new Reconciliation("budget.check.specialFundByFund.budget", m("1250.00"), m("1000.00")));
    BudgetRow special = child(child(result.total(), "DEVELOPMENT"), "SPECIAL_FUND");
    assertThat(special.figures().budget()).isEqualTo(m("1250.00"));
    // the fund-less line hangs directly under the category, after the funds
    assertThat(special.children()).extracting(BudgetRow::kind, BudgetRow::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BudgetRowKind.FUND, "gz-hq"),
            org.assertj.core.groups.Tuple.tuple(BudgetRowKind.LINE, "S99"));
  }

  // --- checkpoints -----------------------------------------------------------------------------------------

  @Test
  void checkpoints_measureTheDepartmentAtEachDate_andSayWhichAreReached() {
    List<LineInput> lines =
        inputs(
            Line.basic("B01", "365.00").paid(3, "91.25").paid(6, "91.25").paid(9, "91.25").paid(12, "91.25"),
            Line.special("S01", BudgetLevel.TRANSFER_TO_LOWER, "gz-hq", "635.00")
                .planned(6, "254.00").planned(9, "190.50").planned(12, "190.50")
                .paid(6, "254.00").paid(9, "100.00"));
    List<LocalDate> dates = List.of(LocalDate.of(2023, 6, 30), LocalDate.of(2023, 9, 30), YEAR_END);
    List<CheckpointFigures> checkpoints = calculator(LocalDate.of(2023, 9, 30)).checkpoints(lines, dates);

    assertThat(checkpoints).extracting(CheckpointFigures::date).containsExactlyElementsOf(dates);
    assertThat(checkpoints).extracting(CheckpointFigures::reached).containsExactly(true, true, false);

    // June: executed 91.25×2 + 254 = 436.50 of 1000; expected 181.00 + 254.00 = 435.00
    CheckpointFigures june = checkpoints.get(0);
    assertThat(june.executionRate()).isEqualTo(pct("43.65"));
    assertThat(june.expectedRate()).isEqualTo(pct("43.50"));
    assertThat(june.warning()).isEqualTo(PaceWarning.GREEN);
    // September: executed 273.75 + 354 = 627.75; expected 273.00 (273/365 of 365) + 444.50 = 717.50
    CheckpointFigures september = checkpoints.get(1);
    assertThat(september.executionRate()).isEqualTo(pct("62.78"));
    assertThat(september.expectedRate()).isEqualTo(pct("71.75"));
    assertThat(september.warning()).isEqualTo(PaceWarning.YELLOW); // 8.97 points behind
    // year end: executed 365 + 354 = 719 of 1000, expected everything
    CheckpointFigures end = checkpoints.get(2);
    assertThat(end.executionRate()).isEqualTo(pct("71.90"));
    assertThat(end.expectedRate()).isEqualTo(pct("100.00"));
    assertThat(end.warning()).isEqualTo(PaceWarning.RED);
  }

  @Test
  void checkpoints_ofNoDates_areNone() {
    assertThat(calculator(YEAR_END).checkpoints(inputs(Line.basic("B", "1.00")), List.of())).isEmpty();
  }

  // --- months of a line ------------------------------------------------------------------------------------

  @Test
  void months_ofACalendarPacedLine_areCumulative_andFollowTheDaysOfTheYear() {
    LineInput input = Line.basic("B", "365.00").paid(1, "30.00").paid(3, "40.00").paid(12, "5.00").input();
    List<MonthFigures> months = calculator(LocalDate.of(2023, 6, 30)).months(input);

    assertThat(months).hasSize(12);
    assertThat(months).extracting(MonthFigures::month).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(months).extracting(MonthFigures::executed)
        .containsExactly(m("30.00"), m("0"), m("40.00"), m("0"), m("0"), m("0"), m("0"), m("0"), m("0"), m("0"),
            m("0"), m("5.00"));
    assertThat(months).extracting(MonthFigures::cumulativeExecuted)
        .containsExactly(m("30.00"), m("30.00"), m("70.00"), m("70.00"), m("70.00"), m("70.00"), m("70.00"),
            m("70.00"), m("70.00"), m("70.00"), m("70.00"), m("75.00"));
    // one 万元 a day: the pace at each month end is its day of the year
    assertThat(months).extracting(MonthFigures::cumulativeExpected)
        .containsExactly(m("31"), m("59"), m("90"), m("120"), m("151"), m("181"), m("212"), m("243"), m("273"),
            m("304"), m("334"), m("365"));
    assertThat(months).extracting(MonthFigures::planned).containsOnlyNulls();
  }

  @Test
  void months_ofAPlannedLine_followThePlan_andShowIt() {
    LineInput input =
        Line.special("S", BudgetLevel.TRANSFER_TO_LOWER, "gz-hq", "1000.00")
            .planned(6, "400.00").planned(9, "300.00").planned(12, "300.00")
            .paid(6, "400.00").paid(9, "300.00").input();
    List<MonthFigures> months = calculator(YEAR_END).months(input);

    assertThat(months).extracting(MonthFigures::cumulativeExpected)
        .containsExactly(m("0"), m("0"), m("0"), m("0"), m("0"), m("400"), m("400"), m("400"), m("700"), m("700"),
            m("700"), m("1000"));
    assertThat(months).extracting(MonthFigures::planned)
        .containsExactly(m("0"), m("0"), m("0"), m("0"), m("0"), m("400"), m("0"), m("0"), m("300"), m("0"),
            m("0"), m("300"));
    assertThat(months.get(8).cumulativeExecuted()).isEqualTo(m("700.00"));
    assertThat(months.get(11).cumulativeExecuted()).isEqualTo(m("700.00"));
  }

  // --- the 2023 seed reproduces the report (§一(四)) --------------------------------------------------------

  private static final Path SEED_SQL = Path.of("../domain/src/main/resources/db/demo/V4_900__demo_budget_2023.sql");
  private static final Path SEED_PY = Path.of("../domain/src/seed/budget_2023.py");

  private static final Pattern FUND_INSERT =
      Pattern.compile("^INSERT INTO special_fund \\(.*\\), '([^']+)', '([^']+)', '(CITY|PROVINCIAL)', \\d+\\);$");
  private static final Pattern LINE_INSERT =
      Pattern.compile(
          "^INSERT INTO budget_line \\(.*\\(SELECT id FROM division WHERE code = '([^']+)'\\), '([^']+)', '([^']+)',"
              + " '([A-Z_]+)', (NULL|'[A-Z_]+'), (NULL|\\(SELECT id FROM special_fund .* AND code = '([^']+)'\\)),"
              + " ([0-9.]+), ([0-9.]+), ([0-9.]+), (NULL|'[^']*')\\);$");
  private static final Pattern MONTHLY_INSERT =
      Pattern.compile(
          "^INSERT INTO (budget_execution|budget_plan) \\(.* AND code = '([^']+)'\\), (\\d{1,2}), ([0-9.]+)[,)].*$");
  private static final Pattern PY_LINE =
      Pattern.compile(
          "^\\s*\\(\"(\\w+)\", \"[^\"]+\", \"[\\w-]+\", \"(\\w+)\", (None|\"\\w+\"), (None|\"[\\w-]+\"),"
              + " \"([0-9.]+)\", \"([0-9.]+)\", \"([0-9.]+)\", \"\\w+\"\\),$");

  /** The seed's lines as the loader would read them from the database the SQL builds. */
  private static List<LineInput> seedLines() throws IOException {
    Map<String, String> fundNames = new HashMap<>();
    Map<String, Line> byCode = new LinkedHashMap<>();
    int executions = 0;
    int plans = 0;
    for (String sql : Files.readAllLines(SEED_SQL, StandardCharsets.UTF_8)) {
      if (!sql.startsWith("INSERT")) {
        continue;
      }
      Matcher fund = FUND_INSERT.matcher(sql);
      Matcher line = LINE_INSERT.matcher(sql);
      Matcher monthly = MONTHLY_INSERT.matcher(sql);
      if (fund.matches()) {
        fundNames.put(fund.group(1), fund.group(2));
      } else if (line.matches()) {
        Line l = new Line();
        l.code = line.group(2);
        l.category = BudgetCategory.valueOf(line.group(4));
        l.level = line.group(5).equals("NULL") ? null : BudgetLevel.valueOf(line.group(5).replace("'", ""));
        l.fundCode = line.group(7);
        l.fundName = l.fundCode == null ? null : fundNames.get(l.fundCode);
        l.initial = m(line.group(8));
        l.budget = m(line.group(9));
        l.carryOver = m(line.group(10));
        assertThat(byCode.put(l.code, l)).as("line %s inserted once", l.code).isNull();
      } else if (monthly.matches()) {
        Line l = byCode.get(monthly.group(2));
        assertThat(l).as("line %s inserted before its months", monthly.group(2)).isNotNull();
        int month = Integer.parseInt(monthly.group(3));
        if (monthly.group(1).equals("budget_execution")) {
          assertThat(l.executed[month - 1]).as("%s month %d executed once", l.code, month).isNull();
          l.paid(month, monthly.group(4));
          executions++;
        } else {
          l.planned(month, monthly.group(4));
          plans++;
        }
      } else {
        assertThat(sql).as("an insert this test understands").matches("^INSERT INTO (special_fund_division|budget_adjustment) .*");
      }
    }
    assertThat(fundNames).hasSize(8);
    assertThat(byCode).hasSize(28);
    assertThat(executions).isEqualTo(282);
    assertThat(plans).isEqualTo(18);
    List<LineInput> lines = new ArrayList<>();
    byCode.values().forEach(l -> lines.add(l.input()));
    return lines;
  }

  @Test
  void seed2023_reproducesTheReportsFigures() throws IOException {
    List<LineInput> lines = seedLines();
    BudgetCalculator calculator = calculator(YEAR_END);
    BudgetCalculator.Result result = calculator.compute(lines);

    BudgetRow total = result.total();
    assertFigures(total, "494926.80", "470338.93", "95.03");
    BudgetRow department = child(total, "DEPARTMENT_BUDGET");
    BudgetRow development = child(total, "DEVELOPMENT");
    assertFigures(child(department, "BASIC_EXPENDITURE"), "13617.33", "13214.90", "97.04");
    assertFigures(child(department, "PROJECT_EXPENDITURE"), "6678.77", "5586.76", "83.65");
    assertFigures(child(development, "SPECIAL_FUND"), "447790.64", "425020.15", "94.91");
    assertFigures(child(development, "OTHER_DEVELOPMENT"), "26840.06", "26517.12", "98.80");
    assertFigures(level(result, BudgetLevel.CITY_LEVEL), "276506.67", "253413.24", "91.65");
    assertFigures(level(result, BudgetLevel.TRANSFER_TO_LOWER), "198124.03", "198124.03", "100.00");

    assertThat(total.figures().carryOver()).isEqualTo(m("22700.00"));
    // the carried-over provincial money was added in December: initial = full-year − carried over
    assertThat(total.figures().initialBudget()).isEqualTo(m("472226.80"));
    assertThat(total.figures().expectedRate()).isEqualTo(pct("100.00"));
    assertThat(total.figures().warning()).isEqualTo(PaceWarning.GREEN); // 4.97 points behind the full year
    assertThat(child(development, "SPECIAL_FUND").children()).extracting(BudgetRow::key)
        .containsExactly("gz-hq", "gd-tech", "gd-sme", "gd-digital", "gd-chain", "gd-advanced", "gd-energy",
            "gd-radio");
    assertThat(result.lines()).hasSize(28);
    assertThat(result.mismatches()).isEmpty();

    // no line spends what it carried over
    for (var view : result.lines()) {
      BudgetFigures f = view.figures();
      assertThat(f.executed().plus(f.carryOver())).as(view.code()).isLessThanOrEqualTo(f.budget());
    }
  }

  private static void assertFigures(BudgetRow row, String budget, String executed, String rate) {
    assertThat(row.figures().budget()).as("%s budget", row.key()).isEqualTo(m(budget));
    assertThat(row.figures().executed()).as("%s executed", row.key()).isEqualTo(m(executed));
    assertThat(row.figures().executionRate()).as("%s rate", row.key()).isEqualTo(pct(rate));
  }

  @Test
  void seed2023_sqlIsWhatTheGeneratorsLinesSay() throws IOException {
    Map<String, LineInput> sql = new HashMap<>();
    seedLines().forEach(l -> sql.put(l.code(), l));
    int count = 0;
    for (String py : Files.readAllLines(SEED_PY, StandardCharsets.UTF_8)) {
      Matcher t = PY_LINE.matcher(py);
      if (!t.matches()) {
        continue;
      }
      count++;
      String code = t.group(1);
      LineInput line = sql.get(code);
      assertThat(line).as("line %s of the generator is in the SQL", code).isNotNull();
      assertThat(line.category().name()).as(code).isEqualTo(t.group(2));
      assertThat(line.level() == null ? "None" : "\"" + line.level().name() + "\"").as(code).isEqualTo(t.group(3));
      assertThat(line.fundCode() == null ? "None" : "\"" + line.fundCode() + "\"").as(code).isEqualTo(t.group(4));
      assertThat(line.budget()).as(code).isEqualTo(m(t.group(5)));
      Money executed = Money.ZERO;
      for (Money month : line.executedByMonth()) {
        executed = executed.plus(BudgetCalculator.orZero(month));
      }
      assertThat(executed).as(code).isEqualTo(m(t.group(6)));
      assertThat(line.carryOver()).as(code).isEqualTo(m(t.group(7)));
    }
    assertThat(count).as("LINES in the generator").isEqualTo(sql.size());
  }
}
