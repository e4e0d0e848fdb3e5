package org.jixiao.budgeting.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import java.util.function.Supplier;
import org.jixiao.budgeting.api.AdjustmentView;
import org.jixiao.budgeting.api.BudgetLineDetail;
import org.jixiao.budgeting.api.BudgetOverview;
import org.jixiao.budgeting.api.Budgets;
import org.jixiao.budgeting.api.CommitmentView;
import org.jixiao.budgeting.api.FundOption;
import org.jixiao.budgeting.api.ImportReport;
import org.jixiao.budgeting.api.NewBudgetLine;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Label;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditSnapshot;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.audit.ResultCache;
import org.jixiao.domain.budget.BudgetLine;
import org.jixiao.domain.budget.BudgetWarningRule;
import org.jixiao.domain.budget.MonitoringCheckpoint;
import org.jixiao.domain.budget.SpecialFund;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.organisation.Division;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.domain.security.Roles;
import org.jixiao.domain.year.FiscalYear;
import org.jixiao.domain.year.YearScope;

@Stateless
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class BudgetService implements Budgets {

  static final String RECORD_TYPE = "BudgetLine";
  static final String WARNING_RULE = "BudgetWarningRule";

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Resource private SessionContext context;

  /** The persistence unit's data source, for the loader's plain queries. */
  @Resource(lookup = "jdbc/jixiao")
  private DataSource dataSource;
  @Inject private AuditTrail audit;

  @Override
  public BudgetOverview overview(Caller caller, int yearNumber, LocalDate asOf) {
    Scope scope = scope(caller, yearNumber);
    return ResultCache.get(em, ResultCache.key("budget overview", scope.year.id(), scope.caller.seesAllDivisions(),
        scope.divisionFilter(), asOf, AuditTrail.today()), () -> {
          List<LineInput> lines = new BudgetLoader(em, dataSource).load(scope.year.id(), scope.divisionFilter(), null);
          BudgetCalculator calculator = calculator(scope.year, asOf);
          BudgetCalculator.Result result = calculator.compute(lines);
          List<LocalDate> dates =
              em.createNamedQuery(MonitoringCheckpoint.OF_YEAR, MonitoringCheckpoint.class)
                  .setParameter("yearId", scope.year.id())
                  .getResultStream()
                  .map(MonitoringCheckpoint::date)
                  .toList();
          return new BudgetOverview(
              yearNumber, scope.year.status(), asOf, scope.caller.seesAllDivisions(), result.total(), result.levels(),
              result.lines(), result.mismatches(), calculator.checkpoints(lines, dates), calculator.months(lines));
        });
  }

  @Override
  public BudgetLineDetail line(Caller caller, int yearNumber, String lineCode, LocalDate asOf) {
    Scope scope = scope(caller, yearNumber);
    BudgetLine line = readableLine(scope, lineCode, AuditAction.READ);
    LineInput input = new BudgetLoader(em, dataSource).load(scope.year.id(), null, line.id()).get(0);
    BudgetCalculator calculator = calculator(scope.year, asOf);
    return new BudgetLineDetail(
        input.view(calculator.figuresOf(input)),
        calculator.months(input),
        input.plannedByMonth() != null,
        line.adjustments().stream()
            .map(a -> new AdjustmentView(a.oldBudget(), a.newBudget(), a.reason(), a.adjustedBy(), a.adjustedAt()))
            .toList(),
        line.commitments().stream()
            .map(c -> new CommitmentView(c.reference(), c.description(), c.unpaid(), c.createdAt()))
            .toList(),
        audit.historyOf(RECORD_TYPE, line.code(), 50),
        scope.caller.has(Role.FINANCE) && !scope.year.isSealed());
  }

  @Override
  public void recordExecution(
      Caller caller, int yearNumber, String lineCode, int month, Money amount, String overspendReason, long version) {
    String what = "month " + month + " executed " + amount;
    changeLine(caller, yearNumber, lineCode, version, AuditAction.UPDATE, what, line -> {
      Money before = line.executionIn(month).map(e -> e.amount()).orElse(Money.ZERO);
      line.recordExecution(month, amount, overspendReason, caller.username(), AuditTrail.now());
      return "执行数 " + month + "月: " + before + " → " + amount
          + (overspendReason == null || overspendReason.isBlank() ? "" : "；超预算原因: " + overspendReason.strip());
    });
  }

  @Override
  public void adjustBudget(
      Caller caller, int yearNumber, String lineCode, Money newBudget, String reason, long version) {
    changeLine(caller, yearNumber, lineCode, version, AuditAction.UPDATE, "adjust budget to " + newBudget, line -> {
      Money before = line.fullYearBudget();
      line.adjustBudget(newBudget, reason, caller.username(), AuditTrail.now());
      return "全年预算数: " + before + " → " + newBudget + "；原因: " + reason.strip();
    });
  }

  @Override
  public void carryOver(Caller caller, int yearNumber, String lineCode, Money amount, String reason, long version) {
    changeLine(caller, yearNumber, lineCode, version, AuditAction.UPDATE, "carry over " + amount, line -> {
      Money before = line.carryOverAmount();
      line.carryOver(amount, reason);
      return "结转: " + before + " → " + amount + (reason == null || reason.isBlank() ? "" : "；原因: " + reason.strip());
    });
  }

  @Override
  public void planMonths(Caller caller, int yearNumber, String lineCode, List<Money> monthlyAmounts, long version) {
    changeLine(caller, yearNumber, lineCode, version, AuditAction.UPDATE, "plan months", line -> {
      line.planMonths(monthlyAmounts == null ? List.of() : monthlyAmounts);
      return "用款计划: " + monthlyAmounts;
    });
  }

  @Override
  public String createLine(Caller caller, int yearNumber, NewBudgetLine draft) {
    String key = draft == null ? null : draft.code();
    return audited(caller, yearNumber, AuditAction.CREATE, key, "create line", () -> {
      Scope scope = financeScope(caller, yearNumber);
      BudgetLine line = newLine(scope.year, draft);
      em.persist(line);
      audit.done(caller.username(), AuditAction.CREATE, RECORD_TYPE, line.code(), yearNumber,
          "新建预算项目 " + line.code() + " " + line.name() + "，年初预算数 " + line.initialBudget(),
          AuditSnapshot.NONE, line.snapshot());
      return line.code();
    });
  }

  /** A new line from what finance entered; shared by the form and the Excel import. */
  BudgetLine newLine(FiscalYear year, NewBudgetLine draft) {
    if (draft == null) {
      throw new BusinessException("validation.required", new Label("budget.field.code"));
    }
    Division division =
        em.createNamedQuery(Division.BY_CODE, Division.class)
            .setParameter("code", draft.divisionCode() == null ? "" : draft.divisionCode().strip())
            .getResultStream()
            .filter(d -> d.department().id().equals(year.department().id()))
            .findFirst()
            .orElseThrow(() -> new BusinessException("budget.line.unknownDivision", String.valueOf(draft.divisionCode())));
    SpecialFund fund = null;
    if (draft.fundCode() != null && !draft.fundCode().isBlank()) {
      fund = fundByCode(year, draft.fundCode().strip());
    }
    BudgetLine line =
        new BudgetLine(year, division, draft.code(), draft.name(), draft.category(), draft.level(), fund,
            draft.initialBudget());
    if (lineByCode(year, line.code()) != null) {
      throw new BusinessException("budget.line.duplicateCode", line.code());
    }
    return line;
  }

  @Override
  public List<FundOption> funds(Caller caller, int yearNumber) {
    Scope scope = scope(caller, yearNumber);
    return em.createNamedQuery(SpecialFund.OF_YEAR, SpecialFund.class)
        .setParameter("yearId", scope.year.id())
        .getResultStream()
        .map(f -> new FundOption(f.code(), f.name(), f.source()))
        .toList();
  }

  @Override
  public byte[] importTemplate(Caller caller, int yearNumber) {
    Scope scope = scope(caller, yearNumber);
    return BudgetWorkbooks.template(scope.year.yearNumber(), funds(caller, yearNumber));
  }

  @Override
  public ImportReport importWorkbook(Caller caller, int yearNumber, byte[] xlsx) {
    Scope scope;
    try {
      scope = financeScope(caller, yearNumber);
    } catch (BusinessException e) {
      audit.refused(caller.username(), AuditAction.IMPORT, RECORD_TYPE, null, yearNumber, e.messageKey());
      throw e;
    }
    BudgetImport sheet = new BudgetImport(this, em, scope.year, caller.username());
    ImportReport report = sheet.run(xlsx);
    if (report.applied()) {
      sheet.touched().forEach((line, before) ->
          audit.done(caller.username(), AuditAction.IMPORT, RECORD_TYPE, line.code(), yearNumber,
              "Excel 导入" + (before == AuditSnapshot.NONE ? "新建" : "修改") + "预算项目 " + line.code() + " "
                  + line.name(), before, line.snapshot()));
      audit.done(caller.username(), AuditAction.IMPORT, RECORD_TYPE, null, yearNumber,
          "Excel 导入: 新建 " + report.linesCreated() + " 项，更新 " + report.linesUpdated() + " 项，执行数 "
              + report.monthsRecorded() + " 条");
    } else {
      context.setRollbackOnly();
      audit.refused(caller.username(), AuditAction.IMPORT, RECORD_TYPE, null, yearNumber,
          "Excel 导入被拒绝: " + report.problems().size() + " 处错误");
    }
    return report;
  }

  @Override
  public byte[] exportWorkbook(Caller caller, int yearNumber, LocalDate asOf) {
    return BudgetWorkbooks.executionTable(overview(caller, yearNumber, asOf));
  }

  @Override
  public BudgetWarningRule.Thresholds warningRule(Caller caller, int yearNumber) {
    Scope scope = scope(caller, yearNumber);
    BudgetWarningRule rule = em.find(BudgetWarningRule.class, scope.year.id());
    return rule == null ? BudgetWarningRule.defaults() : rule.thresholds();
  }

  private static String stateOf(BudgetWarningRule.Thresholds thresholds) {
    return "黄色=" + thresholds.yellowLag() + "; 红色=" + thresholds.redLag();
  }

  @Override
  public List<org.jixiao.domain.audit.HistoryEntry> warningRuleHistory(Caller caller, int yearNumber) {
    scope(caller, yearNumber);
    return audit.historyOf(WARNING_RULE, String.valueOf(yearNumber), 50);
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public void changeWarningRule(Caller caller, int yearNumber, BigDecimal yellowLag, BigDecimal redLag) {
    AuditTrail.refusalsAudited(audit, caller.username(), AuditAction.UPDATE, WARNING_RULE, String.valueOf(yearNumber),
        yearNumber, "修改预算执行预警阈值", () -> {
          Scope scope = scope(caller, yearNumber);
          scope.year.requireOpen();
          BudgetWarningRule rule = em.find(BudgetWarningRule.class, scope.year.id());
          if (rule == null) {
            rule = new BudgetWarningRule(scope.year);
            em.persist(rule);
          }
          BudgetWarningRule.Thresholds before = rule.thresholds();
          rule.change(yellowLag, redLag);
          audit.done(caller.username(), AuditAction.UPDATE, WARNING_RULE, String.valueOf(yearNumber), yearNumber,
              "预算执行预警阈值: 黄色 " + before.yellowLag() + " → " + rule.thresholds().yellowLag() + " 个百分点，红色 "
                  + before.redLag() + " → " + rule.thresholds().redLag() + " 个百分点",
              AuditSnapshot.departmentWide(stateOf(before)), AuditSnapshot.departmentWide(stateOf(rule.thresholds())));
          return null;
        });
  }

  // --- scoping and auditing ------------------------------------------------------------------------------

  private Scope scope(Caller claimed, int yearNumber) {
    YearScope scope = YearScope.resolve(em, context, claimed, yearNumber);
    return new Scope(scope.caller(), scope.year());
  }

  private Scope financeScope(Caller caller, int yearNumber) {
    Scope scope = scope(caller, yearNumber);
    if (!scope.caller.has(Role.FINANCE)) {
      throw new BusinessException("budget.access.financeOnly");
    }
    scope.year.requireOpen();
    return scope;
  }

  private BudgetLine readableLine(Scope scope, String lineCode, AuditAction action) {
    BudgetLine line = lineByCode(scope.year, lineCode);
    if (line == null) {
      throw new BusinessException("budget.line.unknown", String.valueOf(lineCode));
    }
    if (!scope.caller.mayRead(line.division().code())) {
      audit.refused(scope.caller.username(), action, RECORD_TYPE, line.code(), scope.year.yearNumber(),
          line.division().code(), "其他处室的预算项目 (" + line.division().code() + ")");
      throw new BusinessException("budget.access.otherDivision", line.code());
    }
    return line;
  }

  private interface LineChange {
    String apply(BudgetLine line);
  }

  /** Finance changes a line it has seen at {@code version}; the outcome, done or refused, is audited. */
  private void changeLine(
      Caller caller, int yearNumber, String lineCode, long version, AuditAction action, String attempt,
      LineChange change) {
    audited(caller, yearNumber, action, lineCode, attempt, () -> {
      Scope scope = financeScope(caller, yearNumber);
      BudgetLine line = lineByCode(scope.year, lineCode);
      if (line == null) {
        throw new BusinessException("budget.line.unknown", String.valueOf(lineCode));
      }
      if (line.version() != version) {
        throw audit.changedMeanwhile(RECORD_TYPE, line.code());
      }
      // children (months, adjustments) change too: the line's version guards all of them
      em.lock(line, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      AuditSnapshot before = line.snapshot();
      String detail = change.apply(line);
      audit.done(caller.username(), action, RECORD_TYPE, line.code(), yearNumber, detail, before, line.snapshot());
      em.flush(); // a concurrent edit of the same version fails here, inside the audited refusal
      return null;
    });
  }

  private <T> T audited(Caller caller, int yearNumber, AuditAction action, String key, String attempt,
      Supplier<T> work) {
    return AuditTrail.refusalsAudited(audit, caller == null ? null : caller.username(), action, RECORD_TYPE, key,
        yearNumber, attempt, k -> audit.divisionOfRecord(BudgetLine.class, yearNumber, k), work);
  }


  BudgetLine lineByCode(FiscalYear year, String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return em.createNamedQuery(BudgetLine.BY_CODE, BudgetLine.class)
        .setParameter("yearId", year.id())
        .setParameter("code", code.strip())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private SpecialFund fundByCode(FiscalYear year, String code) {
    return em.createNamedQuery(SpecialFund.OF_YEAR, SpecialFund.class)
        .setParameter("yearId", year.id())
        .getResultStream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new BusinessException("budget.line.unknownFund", code));
  }

  private BudgetCalculator calculator(FiscalYear year, LocalDate asOf) {
    BudgetWarningRule rule = em.find(BudgetWarningRule.class, year.id());
    return new BudgetCalculator(
        year.yearNumber(), asOf, rule == null ? BudgetWarningRule.defaults() : rule.thresholds());
  }

  private record Scope(Caller caller, FiscalYear year) {
    String divisionFilter() {
      return caller.seesAllDivisions() ? null : caller.divisionCode();
    }
  }
}
