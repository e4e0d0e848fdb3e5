package org.jixiao.indicators.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jixiao.domain.Label;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditSnapshot;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.audit.ResultCache;
import org.jixiao.domain.evaluation.ImprovementPoint;
import org.jixiao.domain.audit.HistoryEntry;
import org.jixiao.domain.budget.SpecialFund;
import org.jixiao.domain.indicators.Indicator;
import org.jixiao.domain.indicators.Indicator.ActualEntry;
import org.jixiao.domain.indicators.IndicatorEvidence;
import org.jixiao.domain.indicators.IndicatorScoring;
import org.jixiao.domain.indicators.OverallGoal;
import org.jixiao.domain.indicators.ScoringRule;
import org.jixiao.domain.indicators.ScoringSettings;
import org.jixiao.domain.indicators.TargetAdjustment;
import org.jixiao.domain.indicators.WorkflowStatus;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.domain.security.Roles;
import org.jixiao.domain.year.FiscalYear;
import org.jixiao.domain.year.YearScope;
import org.jixiao.domain.evidence.EvidenceFile;
import org.jixiao.domain.evidence.EvidenceStore;
import org.jixiao.indicators.api.EvidenceView;
import org.jixiao.indicators.api.IndicatorDraft;
import org.jixiao.indicators.api.IndicatorTree;
import org.jixiao.indicators.api.IndicatorView;
import org.jixiao.indicators.api.Indicators;
import org.jixiao.indicators.api.ReviewItem;
import org.jixiao.indicators.api.RuleVersion;
import org.jixiao.indicators.api.ScoreSummary;

@Stateless
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class IndicatorService implements Indicators {

  static final String RECORD_TYPE = "Indicator";

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Resource private SessionContext context;

  /** Where evidence files live (server.xml: outside the web root). */
  @Resource(lookup = "jixiao/evidence/dir")
  private String evidenceDirectory;
  @Inject private AuditTrail audit;

  @Override
  public IndicatorTree tree(Caller caller, int yearNumber) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    // what the tree shows depends on the caller only through their roles and division
    return ResultCache.get(em, ResultCache.key("indicator tree", scope.year().id(), scope.caller().roles(),
        scope.caller().divisionCode(), AuditTrail.today()), () -> {
          Scoring scoring = scoring(scope.year());
          List<Indicator> all = indicatorsOf(scope.year());
          List<IndicatorView> visible = new ArrayList<>();
          for (Indicator indicator : all) {
            if (scope.caller().mayRead(indicator.division().code())) {
              visible.add(scoring.view(indicator, editableBy(scope.caller(), indicator)));
            }
          }
          return new IndicatorTree(yearNumber, scope.year().status(), scope.caller().seesAllDivisions(),
              List.copyOf(visible), scoring.summary(all));
        });
  }

  @Override
  public ScoreSummary scores(Caller caller, int yearNumber) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    return scoring(scope.year()).summary(indicatorsOf(scope.year()));
  }

  @Override
  public String create(Caller caller, int yearNumber, IndicatorDraft draft) {
    String key = draft == null ? null : draft.code();
    return audited(caller, yearNumber, AuditAction.CREATE, key, "create indicator", () -> {
      YearScope scope = divisionHeadScope(caller, yearNumber);
      if (draft == null) {
        throw new BusinessException("validation.required", new Label("indicator.field.code"));
      }
      if (draft.code() != null && byCode(scope.year(), draft.code().strip()) != null) {
        throw new BusinessException("indicator.duplicateCode", draft.code().strip());
      }
      Indicator indicator = new Indicator(scope.year(), scope.division(), draft.code(), definition(scope.year(), draft));
      indicator.placeAfter(nextSortOrder(scope.year()));
      em.persist(indicator);
      audit.done(caller.username(), AuditAction.CREATE, RECORD_TYPE, indicator.code(), yearNumber,
          "新建指标 " + indicator.code() + " " + indicator.name() + "，目标 " + targetOf(indicator)
              + "，分值 " + indicator.weight(), AuditSnapshot.NONE, indicator.snapshot());
      return indicator.code();
    });
  }

  @Override
  public void define(Caller caller, int yearNumber, String code, IndicatorDraft draft, long version) {
    ownChange(caller, yearNumber, code, version, AuditAction.UPDATE, "edit target", (scope, indicator) -> {
      String before = targetOf(indicator) + "，分值 " + indicator.weight();
      indicator.define(definition(scope.year(), draft));
      return "修改目标: " + before + " → " + targetOf(indicator) + "，分值 " + indicator.weight();
    });
  }

  @Override
  public void discardDraft(Caller caller, int yearNumber, String code, long version) {
    audited(caller, yearNumber, AuditAction.DELETE, code, "discard draft", () -> {
      YearScope scope = divisionHeadScope(caller, yearNumber);
      Indicator indicator = ownIndicator(scope, code, version);
      indicator.checkDiscardable();
      long evidence = em.createQuery("SELECT COUNT(e) FROM IndicatorEvidence e WHERE e.indicator = :indicator",
              Long.class)
          .setParameter("indicator", indicator).getSingleResult();
      if (evidence > 0) {
        throw new BusinessException("indicator.discard.hasEvidence", indicator.code(), evidence);
      }
      // the report's improvement points name indicators by code: a discarded code must not stay linked
      em.createNamedQuery(ImprovementPoint.OF_YEAR, ImprovementPoint.class)
          .setParameter("yearId", scope.year().id()).getResultStream()
          .filter(p -> p.indicators().contains(indicator.code())).findFirst()
          .ifPresent(p -> {
            throw new BusinessException("indicator.discard.linkedPoint", indicator.code(), p.sequence());
          });
      AuditSnapshot before = indicator.snapshot();
      em.remove(indicator);
      audit.done(caller.username(), AuditAction.DELETE, RECORD_TYPE, indicator.code(), yearNumber,
          "删除未获批准的指标 " + indicator.code() + " " + indicator.name() + "，目标 " + targetOf(indicator), before,
          AuditSnapshot.NONE);
      em.flush(); // a concurrent edit of the same version fails here, inside the audited refusal
      return null;
    });
  }

  @Override
  public void submitTarget(Caller caller, int yearNumber, String code) {
    ownChange(caller, yearNumber, code, null, AuditAction.SUBMIT, "submit target", (scope, indicator) -> {
      indicator.submitTarget();
      return "提交目标 " + targetOf(indicator);
    });
  }

  @Override
  public void reviewTarget(Caller caller, int yearNumber, String code, boolean approve, String comment) {
    leadershipChange(caller, yearNumber, code, approve ? AuditAction.APPROVE : AuditAction.RETURN, "review target",
        indicator -> indicator.reviewTarget(approve, comment), comment);
  }

  @Override
  public void requestAdjustment(Caller caller, int yearNumber, String code, BigDecimal newTarget,
      String newTargetText, String reason) {
    ownChange(caller, yearNumber, code, null, AuditAction.SUBMIT, "request adjustment", (scope, indicator) -> {
      TargetAdjustment a = indicator.requestAdjustment(newTarget, newTargetText, reason, caller.username(),
          AuditTrail.now());
      return "申请调整目标: " + targetOf(indicator) + " → "
          + (a.newTarget() != null ? IndicatorScoring.plain(a.newTarget()) : a.newTargetText()) + "；原因: " + a.reason();
    });
  }

  @Override
  public void decideAdjustment(Caller caller, int yearNumber, String code, boolean approve, String comment) {
    leadershipChange(caller, yearNumber, code, approve ? AuditAction.APPROVE : AuditAction.RETURN,
        "decide adjustment", indicator -> indicator.pendingAdjustment()
            .orElseThrow(() -> new BusinessException("indicator.adjust.none", code))
            .decide(approve, comment, caller.username(), AuditTrail.now()), comment);
  }

  @Override
  public void recordProgress(Caller caller, int yearNumber, String code, BigDecimal progress, long version) {
    ownChange(caller, yearNumber, code, version, AuditAction.UPDATE, "record progress", (scope, indicator) -> {
      BigDecimal before = indicator.progress();
      indicator.recordProgress(progress);
      return "进度值: " + IndicatorScoring.plain(before) + " → " + IndicatorScoring.plain(progress);
    });
  }

  @Override
  public void enterActual(Caller caller, int yearNumber, String code, ActualEntry entry, long version) {
    ownChange(caller, yearNumber, code, version, AuditAction.UPDATE, "enter actual", (scope, indicator) -> {
      BigDecimal before = indicator.actual();
      indicator.enterActual(entry);
      return "实际值: " + IndicatorScoring.plain(before) + " → " + IndicatorScoring.plain(indicator.actual())
          + (indicator.deviationReason() == null ? "" : "；偏差原因: " + indicator.deviationReason());
    });
  }

  @Override
  public void submitActual(Caller caller, int yearNumber, String code) {
    ownChange(caller, yearNumber, code, null, AuditAction.SUBMIT, "submit actual", (scope, indicator) -> {
      indicator.submitActual(scoring(scope.year()).score(indicator));
      return "提交实际值 " + IndicatorScoring.plain(indicator.actual());
    });
  }

  @Override
  public void reviewActual(Caller caller, int yearNumber, String code, boolean approve, String comment) {
    leadershipChange(caller, yearNumber, code, approve ? AuditAction.APPROVE : AuditAction.RETURN, "review actual",
        indicator -> indicator.reviewActual(approve, comment), comment);
  }

  @Override
  public List<HistoryEntry> history(Caller caller, int yearNumber, String code) {
    return audit.historyOf(RECORD_TYPE, readable(caller, yearNumber, code).code(), 50);
  }

  @Override
  public List<RuleVersion> rules(Caller caller, int yearNumber) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    return em.createNamedQuery(ScoringRule.OF_YEAR, ScoringRule.class)
        .setParameter("yearId", scope.year().id())
        .getResultStream()
        .map(r -> new RuleVersion(r.ruleVersion(), r.settings(), r.createdBy(), r.createdAt()))
        .toList();
  }

  @Override
  public void changeRules(Caller caller, int yearNumber, ScoringSettings settings) {
    audited(caller, yearNumber, AuditAction.UPDATE, "rules", "change scoring rules", () -> {
      YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
      if (!scope.caller().has(Role.ADMIN)) {
        throw new BusinessException("scoring.rule.adminOnly");
      }
      if (settings == null) {
        throw new BusinessException("validation.required", new Label("scoring.rule.title"));
      }
      List<RuleVersion> versions = rules(caller, yearNumber);
      int next = versions.isEmpty() ? 1 : versions.get(0).version() + 1;
      ScoringRule rule = new ScoringRule(scope.year(), next, settings, caller.username(), AuditTrail.now());
      em.persist(rule);
      audit.done(caller.username(), AuditAction.UPDATE, "ScoringRule", String.valueOf(yearNumber), yearNumber,
          "评分规则第 " + next + " 版: " + (versions.isEmpty() ? "" : versions.get(0).settings() + " → ") + settings,
          versions.isEmpty() ? AuditSnapshot.NONE : AuditSnapshot.departmentWide(
              "第 " + versions.get(0).version() + " 版: " + versions.get(0).settings()),
          AuditSnapshot.departmentWide("第 " + next + " 版: " + settings));
      return null;
    });
  }

  @Override
  public List<EvidenceView> evidence(Caller caller, int yearNumber, String code) {
    Indicator indicator = readable(caller, yearNumber, code);
    return em.createNamedQuery(IndicatorEvidence.OF_INDICATOR, IndicatorEvidence.class)
        .setParameter("indicatorId", indicator.id())
        .getResultStream()
        .map(e -> new EvidenceView(e.id(), e.title(), e.link(), e.fileName(), e.sizeBytes(), e.addedBy(), e.addedAt()))
        .toList();
  }

  @Override
  public void addEvidenceLink(Caller caller, int yearNumber, String code, String title, String url) {
    ownChange(caller, yearNumber, code, null, AuditAction.CREATE, "add evidence link", (scope, indicator) -> {
      IndicatorEvidence e = IndicatorEvidence.link(indicator, title, url, caller.username(), AuditTrail.now());
      em.persist(e);
      return "佐证材料（链接）: " + e.title() + " " + e.link();
    });
  }

  @Override
  public void addEvidenceFile(Caller caller, int yearNumber, String code, String title, String fileName,
      byte[] content) {
    ownChange(caller, yearNumber, code, null, AuditAction.CREATE, "add evidence file", (scope, indicator) -> {
      String type = EvidenceStore.checkedType(fileName, content);
      String name = fileName.replaceAll("[\\\\/]", "_");
      IndicatorEvidence e = IndicatorEvidence.file(indicator, title, name, type, content.length, caller.username(),
          AuditTrail.now());
      // the file is written only once every check has passed
      e.storedAs(new EvidenceStore(evidenceDirectory).store(content));
      em.persist(e);
      return "佐证材料（文件）: " + e.title() + " " + e.fileName() + " (" + content.length + " bytes)";
    });
  }

  @Override
  public EvidenceFile evidenceFile(Caller caller, int yearNumber, String code, long evidenceId) {
    Indicator indicator = readable(caller, yearNumber, code);
    IndicatorEvidence e = em.find(IndicatorEvidence.class, evidenceId);
    if (e == null || !e.indicator().id().equals(indicator.id()) || e.storedAs() == null) {
      throw new BusinessException("indicator.evidence.missing");
    }
    return new EvidenceFile(e.fileName(), e.contentType(), new EvidenceStore(evidenceDirectory).read(e.storedAs()));
  }

  /** An indicator the caller may read; another division's is refused and audited. */
  private Indicator readable(Caller caller, int yearNumber, String code) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    Indicator indicator = existing(scope.year(), code);
    if (!scope.caller().mayRead(indicator.division().code())) {
      audit.refused(caller.username(), AuditAction.READ, RECORD_TYPE, indicator.code(), yearNumber,
          indicator.division().code(), "其他处室的指标 (" + indicator.division().code() + ")");
      throw new BusinessException("indicator.access.otherDivision", indicator.code());
    }
    return indicator;
  }

  @Override
  public List<ReviewItem> reviewQueue(Caller caller, int yearNumber) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    return ResultCache.get(em, ResultCache.key("review queue", scope.year().id(), scope.caller().roles(),
        scope.caller().divisionCode(), AuditTrail.today()), () -> {
          Scoring scoring = scoring(scope.year());
          List<ReviewItem> queue = new ArrayList<>();
          for (Indicator indicator : indicatorsOf(scope.year())) {
            if (!scope.caller().mayRead(indicator.division().code())) {
              continue;
            }
            IndicatorView view = scoring.view(indicator, false);
            if (indicator.targetStatus() == WorkflowStatus.SUBMITTED) {
              queue.add(new ReviewItem(ReviewItem.ReviewKind.TARGET, view));
            }
            if (indicator.pendingAdjustment().isPresent()) {
              queue.add(new ReviewItem(ReviewItem.ReviewKind.ADJUSTMENT, view));
            }
            if (indicator.actualStatus() == WorkflowStatus.SUBMITTED) {
              queue.add(new ReviewItem(ReviewItem.ReviewKind.ACTUAL, view));
            }
          }
          return List.copyOf(queue);
        });
  }

  // --- scoping, auditing ----------------------------------------------------------------------------------

  private interface Change {
    String apply(YearScope scope, Indicator indicator);
  }

  /** A division head changes their own division's indicator (seen at {@code version}, when given). */
  private void ownChange(Caller caller, int yearNumber, String code, Long version, AuditAction action,
      String attempt, Change change) {
    audited(caller, yearNumber, action, code, attempt, () -> {
      YearScope scope = divisionHeadScope(caller, yearNumber);
      Indicator indicator = ownIndicator(scope, code, version);
      em.lock(indicator, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      AuditSnapshot before = indicator.snapshot();
      String detail = change.apply(scope, indicator);
      audit.done(caller.username(), action, RECORD_TYPE, indicator.code(), yearNumber, detail, before,
          indicator.snapshot());
      em.flush(); // a concurrent edit of the same version fails here, inside the audited refusal
      return null;
    });
  }

  /** The caller's own division's indicator, seen at {@code version} when given. */
  private Indicator ownIndicator(YearScope scope, String code, Long version) {
    Indicator indicator = existing(scope.year(), code);
    if (!indicator.division().code().equals(scope.caller().divisionCode())) {
      throw new BusinessException("indicator.access.otherDivision", indicator.code());
    }
    if (version != null && indicator.version() != version) {
      throw audit.changedMeanwhile(RECORD_TYPE, indicator.code());
    }
    return indicator;
  }

  private void leadershipChange(Caller caller, int yearNumber, String code, AuditAction action, String attempt,
      Consumer<Indicator> change, String comment) {
    audited(caller, yearNumber, action, code, attempt, () -> {
      YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
      if (!scope.caller().has(Role.LEADERSHIP)) {
        throw new BusinessException("indicator.access.leadershipOnly");
      }
      Indicator indicator = existing(scope.year(), code);
      em.lock(indicator, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      AuditSnapshot before = indicator.snapshot();
      change.accept(indicator);
      audit.done(caller.username(), action, RECORD_TYPE, indicator.code(), yearNumber,
          attempt + (comment == null || comment.isBlank() ? "" : "；意见: " + comment.strip()), before,
          indicator.snapshot());
      return null;
    });
  }

  private YearScope divisionHeadScope(Caller caller, int yearNumber) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    if (!scope.caller().has(Role.DIVISION_HEAD)) {
      throw new BusinessException("indicator.access.divisionHeadOnly");
    }
    scope.year().requireOpen();
    return scope;
  }

  private <T> T audited(Caller caller, int yearNumber, AuditAction action, String key, String attempt,
      java.util.function.Supplier<T> work) {
    return AuditTrail.refusalsAudited(audit, caller == null ? null : caller.username(), action, RECORD_TYPE, key,
        yearNumber, attempt, k -> audit.divisionOfRecord(Indicator.class, yearNumber, k), work);
  }


  private Indicator existing(FiscalYear year, String code) {
    Indicator indicator = byCode(year, code);
    if (indicator == null) {
      throw new BusinessException("indicator.unknown", String.valueOf(code));
    }
    return indicator;
  }

  Indicator byCode(FiscalYear year, String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return em.createNamedQuery(Indicator.BY_CODE, Indicator.class)
        .setParameter("yearId", year.id())
        .setParameter("code", code.strip())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** New indicators go after the year's last one. */
  int nextSortOrder(FiscalYear year) {
    Integer max = em.createQuery("SELECT MAX(i.sortOrder) FROM Indicator i WHERE i.fiscalYear.id = :yearId", Integer.class)
        .setParameter("yearId", year.id())
        .getSingleResult();
    return max == null ? 1 : max + 1;
  }

  List<Indicator> indicatorsOf(FiscalYear year) {
    return em.createNamedQuery(Indicator.OF_YEAR, Indicator.class).setParameter("yearId", year.id()).getResultList();
  }

  Indicator.Definition definition(FiscalYear year, IndicatorDraft d) {
    if (d == null) {
      throw new BusinessException("validation.required", new Label("indicator.field.name"));
    }
    OverallGoal goal = null;
    if (d.goalSequence() != null) {
      goal = em.createNamedQuery(OverallGoal.OF_YEAR, OverallGoal.class)
          .setParameter("fiscalYearId", year.id())
          .getResultStream()
          .filter(g -> g.sequence() == d.goalSequence())
          .findFirst()
          .orElseThrow(() -> new BusinessException("indicator.unknownGoal", d.goalSequence()));
    }
    SpecialFund fund = null;
    if (d.fundCode() != null && !d.fundCode().isBlank()) {
      fund = em.createNamedQuery(SpecialFund.OF_YEAR, SpecialFund.class)
          .setParameter("yearId", year.id())
          .getResultStream()
          .filter(f -> f.code().equals(d.fundCode().strip()))
          .findFirst()
          .orElseThrow(() -> new BusinessException("indicator.unknownFund", d.fundCode()));
    }
    return new Indicator.Definition(d.name(), goal, fund, d.subcategory(), d.unit(), d.kind(), d.target(),
        d.targetText(), d.weight(), d.baseline());
  }

  private boolean editableBy(Caller caller, Indicator indicator) {
    return caller.has(Role.DIVISION_HEAD)
        && indicator.division().code().equals(caller.divisionCode())
        && !indicator.fiscalYear().isSealed();
  }

  static String targetOf(Indicator i) {
    return i.target() != null ? IndicatorScoring.plain(i.target()) + (i.unit() == null ? "" : i.unit())
        : String.valueOf(i.targetText());
  }

  Scoring scoring(FiscalYear year) {
    return Scoring.of(em, year);
  }
}
