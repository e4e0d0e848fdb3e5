package org.jixiao.reporting.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditSnapshot;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.audit.ResultCache;
import org.jixiao.domain.evaluation.ConsensusScore;
import org.jixiao.domain.evaluation.EvaluationFramework;
import org.jixiao.domain.evaluation.EvaluationScoring;
import org.jixiao.domain.evaluation.EvaluationSeal;
import org.jixiao.domain.evaluation.FrameworkItem;
import org.jixiao.domain.evaluation.ItemScore;
import org.jixiao.domain.evaluation.Measure;
import org.jixiao.domain.evaluation.MeasureKind;
import org.jixiao.domain.evaluation.MeasureSource;
import org.jixiao.domain.evaluation.ReviewScore;
import org.jixiao.domain.indicators.TraceStep;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.domain.security.Roles;
import org.jixiao.domain.year.FiscalYear;
import org.jixiao.domain.year.YearScope;
import org.jixiao.reporting.api.EvaluationView;
import org.jixiao.reporting.api.FrameworkView;
import org.jixiao.reporting.api.Evaluations;
import org.jixiao.reporting.api.ReviewBoard;
import org.jixiao.reporting.api.YearComparison;
import org.jixiao.domain.organisation.Division;
import org.jixiao.domain.security.CallerCheck;

@Stateless
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class EvaluationService implements Evaluations {

  static final String RECORD_TYPE = "Evaluation";

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Resource private SessionContext context;
  @Inject private AuditTrail audit;

  @Override
  public EvaluationView evaluation(Caller caller, int yearNumber) {
    YearScope scope = departmentScope(caller, yearNumber);
    EvaluationFramework framework = frameworkOf(scope.year());
    EvaluationSeal seal = sealInForce(scope.year());
    return new EvaluationView(yearNumber, scope.year().status(), framework.status(), framework.chair(),
        framework.members(), result(framework, keptMeasuresOf(scope.caller(), scope.year())),
        seal == null ? null : new EvaluationView.Seal(seal.fingerprint(), seal.sealedBy(), seal.sealedAt()));
  }

  @Override
  public ReviewBoard reviewBoard(Caller caller, int yearNumber) {
    YearScope scope = departmentScope(caller, yearNumber);
    EvaluationFramework framework = frameworkOf(scope.year());
    Map<String, Map<String, ReviewBoard.Entry>> sheets = new HashMap<>();
    for (ReviewScore s : em.createNamedQuery(ReviewScore.OF_FRAMEWORK, ReviewScore.class)
        .setParameter("frameworkId", framework.id()).getResultList()) {
      sheets.computeIfAbsent(s.item().code(), c -> new LinkedHashMap<>())
          .put(s.member(), new ReviewBoard.Entry(s.score(), s.reason(), s.member(), s.updatedAt()));
    }
    Map<String, ConsensusScore> consensus = consensusOf(framework);
    List<ReviewBoard.Row> rows = new ArrayList<>();
    for (FrameworkItem item : framework.items()) {
      if (!item.source().isLeadership()) {
        continue;
      }
      Map<String, ReviewBoard.Entry> itemSheets = sheets.getOrDefault(item.code(), Map.of());
      boolean disagreement = itemSheets.values().stream().map(e -> e.score().stripTrailingZeros()).distinct().count() > 1;
      ConsensusScore c = consensus.get(item.code());
      rows.add(new ReviewBoard.Row(item.code(), item.name(), item.weight(), Map.copyOf(itemSheets), disagreement,
          c == null ? null : new ReviewBoard.Entry(c.score(), c.reason(), c.recordedBy(), c.recordedAt())));
    }
    String me = scope.caller().username();
    return new ReviewBoard(yearNumber, scope.year().isSealed(), framework.chair(), framework.members(), rows,
        framework.isMember(me) && scope.caller().has(Role.LEADERSHIP),
        framework.isChair(me) && scope.caller().has(Role.LEADERSHIP));
  }

  @Override
  public void scoreItem(Caller caller, int yearNumber, String itemCode, ItemScore score) {
    audited(caller, yearNumber, AuditAction.UPDATE, itemCode, "score item", () -> {
      YearScope scope = leadershipScope(caller, yearNumber);
      EvaluationFramework framework = frameworkOf(scope.year());
      if (!framework.isMember(caller.username())) {
        throw new BusinessException("evaluation.access.memberOnly");
      }
      FrameworkItem item = itemOf(framework, itemCode);
      ItemScore given = score == null ? new ItemScore(null, null) : score;
      framework.freeze(); // scoring starts: the framework is fixed from here on
      ReviewScore sheet = em.createQuery("SELECT s FROM ReviewScore s WHERE s.item.id = :itemId AND s.member = :member",
              ReviewScore.class)
          .setParameter("itemId", item.id()).setParameter("member", caller.username())
          .getResultStream().findFirst().orElse(null);
      String before = sheet == null ? "（未评分）" : sheet.score().toPlainString();
      AuditSnapshot state = AuditSnapshot.of(sheet);
      if (sheet == null) {
        sheet = new ReviewScore(item, caller.username(), given, AuditTrail.now());
        em.persist(sheet);
      } else {
        sheet.rescore(given, AuditTrail.now());
      }
      audit.done(caller.username(), AuditAction.UPDATE, RECORD_TYPE, item.code(), yearNumber,
          "评分表 " + item.name() + ": " + before + " → " + sheet.score().toPlainString()
              + (sheet.reason() == null ? "" : "；扣分理由: " + sheet.reason()), state, sheet.snapshot());
      return null;
    });
  }

  @Override
  public void recordConsensus(Caller caller, int yearNumber, String itemCode, ItemScore score) {
    audited(caller, yearNumber, AuditAction.UPDATE, itemCode, "record consensus", () -> {
      YearScope scope = leadershipScope(caller, yearNumber);
      EvaluationFramework framework = frameworkOf(scope.year());
      if (!framework.isChair(caller.username())) {
        throw new BusinessException("evaluation.access.chairOnly", framework.chair());
      }
      FrameworkItem item = itemOf(framework, itemCode);
      ItemScore given = score == null ? new ItemScore(null, null) : score;
      framework.freeze();
      ConsensusScore c = em.find(ConsensusScore.class, item.id());
      String before = c == null ? "（无）" : c.score().toPlainString();
      AuditSnapshot state = AuditSnapshot.of(c);
      if (c == null) {
        c = new ConsensusScore(item, given, caller.username(), AuditTrail.now());
        em.persist(c);
      } else {
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        c.record(given, caller.username(), AuditTrail.now());
      }
      audit.done(caller.username(), AuditAction.UPDATE, RECORD_TYPE, item.code(), yearNumber,
          "领导小组一致意见 " + item.name() + ": " + before + " → " + c.score().toPlainString()
              + (c.reason() == null ? "" : "；扣分理由: " + c.reason()), state, c.snapshot());
      return null;
    });
  }

  @Override
  public String approveAndSeal(Caller caller, int yearNumber) {
    return audited(caller, yearNumber, AuditAction.SEAL, String.valueOf(yearNumber), "approve and seal", () -> {
      ResultCache.fresh(); // the seal fingerprints the database as it is now, not kept results
      YearScope scope = leadershipScope(caller, yearNumber);
      EvaluationFramework framework = frameworkOf(scope.year());
      if (!framework.isChair(caller.username())) {
        throw new BusinessException("evaluation.access.chairOnly", framework.chair());
      }
      ReviewBoard board = reviewBoard(caller, yearNumber);
      for (ReviewBoard.Row row : board.rows()) {
        for (String member : board.members()) {
          if (row.sheetOf(member) == null) {
            throw new BusinessException("evaluation.seal.missingSheet", member, row.itemName());
          }
        }
        if (row.consensus() == null) {
          throw new BusinessException("evaluation.seal.missingConsensus", row.itemName());
        }
      }
      EvaluationScoring.Result result = result(scope.caller(), framework);
      if (!result.complete()) {
        throw new BusinessException("evaluation.seal.incomplete");
      }
      em.lock(scope.year(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      EvaluationSeal seal = new EvaluationSeal(scope.year(), snapshot(scope.year(), framework, result),
          caller.username(), AuditTrail.now());
      em.persist(seal);
      audit.done(caller.username(), AuditAction.SEAL, RECORD_TYPE, String.valueOf(yearNumber), yearNumber,
          "审定并封存 " + yearNumber + " 年度自评: 总分 " + result.total().toPlainString() + "（" + result.grade()
              + "），指纹 SHA-256 " + seal.fingerprint());
      return seal.fingerprint();
    });
  }

  @Override
  public FrameworkView framework(Caller caller, int yearNumber) {
    YearScope scope = departmentScope(caller, yearNumber);
    EvaluationFramework f = frameworkOf(scope.year());
    return new FrameworkView(yearNumber, f.status(), f.chair(), f.members(), f.items().stream()
        .map(i -> new FrameworkView.Item(i.code(), i.block(), i.name(), i.weight(), i.source(),
            i.fullMarksAtRate().orElse(null)))
        .toList(), f.totalWeight());
  }

  @Override
  public void saveItem(Caller caller, int yearNumber, FrameworkView.Item item) {
    String code = item == null ? null : item.code();
    audited(caller, yearNumber, AuditAction.UPDATE, "framework", "save framework item", () -> {
      EvaluationFramework f = adminFramework(caller, yearNumber);
      if (item == null) {
        throw new BusinessException("validation.required", new org.jixiao.domain.Label("evaluation.field.code"));
      }
      em.lock(f, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      FrameworkItem existing = code == null ? null : f.item(code.strip()).orElse(null);
      boolean exists = existing != null;
      AuditSnapshot state = AuditSnapshot.of(existing);
      FrameworkItem saved;
      if (exists) {
        f.changeItem(code.strip(), item.block(), item.name(), item.weight(), item.source(), item.fullMarksAtRate());
        saved = existing;
      } else {
        saved = f.addItem(code, item.block(), item.name(), item.weight(), item.source(), item.fullMarksAtRate());
        em.persist(saved);
      }
      audit.done(caller.username(), AuditAction.UPDATE, "EvaluationFramework", String.valueOf(yearNumber),
          yearNumber, (exists ? "修改" : "新增") + "评价指标 " + code + " " + item.name() + "，分值 "
              + item.weight().toPlainString() + "，来源 " + item.source() + "；合计 " + f.totalWeight().toPlainString(),
          state, saved.snapshot());
      return null;
    });
  }

  @Override
  public void removeItem(Caller caller, int yearNumber, String itemCode) {
    audited(caller, yearNumber, AuditAction.DELETE, "framework", "remove framework item", () -> {
      EvaluationFramework f = adminFramework(caller, yearNumber);
      em.lock(f, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      FrameworkItem removed = f.removeItem(itemCode == null ? null : itemCode.strip());
      em.remove(removed);
      audit.done(caller.username(), AuditAction.DELETE, "EvaluationFramework", String.valueOf(yearNumber),
          yearNumber, "删除评价指标 " + removed.code() + " " + removed.name() + "；合计 " + f.totalWeight().toPlainString(),
          removed.snapshot(), AuditSnapshot.NONE);
      return null;
    });
  }

  @Override
  public void freeze(Caller caller, int yearNumber) {
    audited(caller, yearNumber, AuditAction.APPROVE, "framework", "freeze framework", () -> {
      EvaluationFramework f = adminFramework(caller, yearNumber);
      em.lock(f, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      f.freeze();
      audit.done(caller.username(), AuditAction.APPROVE, "EvaluationFramework", String.valueOf(yearNumber),
          yearNumber, "冻结评价指标体系（" + f.items().size() + " 项，合计 " + f.totalWeight().toPlainString() + " 分）");
      return null;
    });
  }

  private EvaluationFramework adminFramework(Caller caller, int yearNumber) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    if (!scope.caller().has(Role.ADMIN)) {
      throw new BusinessException("evaluation.access.adminOnly");
    }
    scope.year().requireOpen();
    return frameworkOf(scope.year());
  }

  @Override
  public void unseal(Caller caller, int yearNumber, String reason) {
    audited(caller, yearNumber, AuditAction.UNSEAL, String.valueOf(yearNumber), "unseal", () -> {
      YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
      if (!scope.caller().has(Role.ADMIN)) {
        throw new BusinessException("evaluation.access.adminOnly");
      }
      EvaluationSeal seal = sealInForce(scope.year());
      if (seal == null) {
        throw new BusinessException("year.notSealed", yearNumber);
      }
      em.lock(scope.year(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      seal.unseal(reason, caller.username(), AuditTrail.now());
      audit.done(caller.username(), AuditAction.UNSEAL, RECORD_TYPE, String.valueOf(yearNumber), yearNumber,
          "解除封存（原指纹 " + seal.fingerprint() + "）；理由: " + seal.unsealReason().orElse(""));
      return null;
    });
  }

  @Override
  public List<YearComparison> yearOverYear(Caller caller) {
    Caller checked = CallerCheck.verified(caller, context);
    if (!checked.seesAllDivisions()) {
      throw new BusinessException("evaluation.access.departmentOnly");
    }
    Division division = em.createNamedQuery(Division.BY_CODE, Division.class)
        .setParameter("code", checked.divisionCode()).getResultStream().findFirst()
        .orElseThrow(() -> new BusinessException("caller.noDivision", String.valueOf(checked.divisionCode())));
    List<FiscalYear> years = new ArrayList<>(em.createNamedQuery(FiscalYear.OF_DEPARTMENT, FiscalYear.class)
        .setParameter("departmentId", division.department().id()).getResultList());
    java.util.Collections.reverse(years);
    List<YearComparison> rows = new ArrayList<>();
    for (FiscalYear year : years) {
      Map<MeasureKind, Measure> measures = keptMeasuresOf(checked, year);
      EvaluationScoring.Result result = em.createNamedQuery(EvaluationFramework.OF_YEAR, EvaluationFramework.class)
          .setParameter("yearId", year.id()).getResultStream().findFirst()
          .map(f -> result(f, measures)).filter(EvaluationScoring.Result::complete).orElse(null);
      Measure procurement = measures.get(MeasureKind.PROCUREMENT_SCORE);
      rows.add(new YearComparison(year.yearNumber(), year.status(), result == null ? null : result.total(),
          result == null ? null : result.grade(), valueOf(measures.get(MeasureKind.TOTAL_BUDGET_RATE)),
          valueOf(measures.get(MeasureKind.INDICATORS_ACHIEVED)), valueOf(procurement),
          procurement == null ? null : procurement.outOf()));
    }
    return rows;
  }

  private static java.math.BigDecimal valueOf(Measure m) {
    return m == null ? null : m.value();
  }

  // --- computing --------------------------------------------------------------------------------------------

  private EvaluationScoring.Result result(Caller caller, EvaluationFramework framework) {
    return result(framework, measuresOf(caller, framework.fiscalYear().yearNumber()));
  }

  /**
   * The year's measures for a department-wide caller (they do not depend on which), kept until the data change
   * for the views; sealing computes them from the database ({@link ResultCache#fresh}).
   */
  private Map<MeasureKind, Measure> keptMeasuresOf(Caller caller, FiscalYear year) {
    return ResultCache.get(em, ResultCache.key("measures", year.id(), AuditTrail.today()),
        () -> java.util.Collections.unmodifiableMap(measuresOf(caller, year.yearNumber())));
  }

  private static Map<MeasureKind, Measure> measuresOf(Caller caller, int yearNumber) {
    Map<MeasureKind, Measure> measures = new EnumMap<>(MeasureKind.class);
    for (MeasureSource source : MeasureSources.all()) {
      for (Measure m : source.measures(caller, yearNumber)) {
        measures.put(m.kind(), m);
      }
    }
    return measures;
  }

  private EvaluationScoring.Result result(EvaluationFramework framework, Map<MeasureKind, Measure> measures) {
    Map<String, EvaluationScoring.Agreed> agreed = new HashMap<>();
    consensusOf(framework).forEach((code, c) -> agreed.put(code, new EvaluationScoring.Agreed(c.score(), c.reason())));
    return EvaluationScoring.evaluate(framework.items(), measures, agreed);
  }

  /** What the seal fingerprints: the year, every item's score, reason and trace, the total and the grade. */
  private static String snapshot(FiscalYear year, EvaluationFramework framework, EvaluationScoring.Result result) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (EvaluationScoring.ItemResult r : result.items()) {
      JsonArrayBuilder trace = Json.createArrayBuilder();
      for (TraceStep t : r.trace()) {
        trace.add(Json.createObjectBuilder().add("key", t.key()).add("arguments", Json.createArrayBuilder(t.arguments())));
      }
      JsonObjectBuilder item = Json.createObjectBuilder()
          .add("code", r.code()).add("block", r.block().name()).add("name", r.name())
          .add("weight", r.weight().toPlainString()).add("source", r.source().name())
          .add("score", r.score().toPlainString()).add("trace", trace);
      if (r.reason() != null) {
        item.add("reason", r.reason());
      }
      JsonArrayBuilder reasons = Json.createArrayBuilder();
      for (TraceStep t : r.reasons()) {
        reasons.add(Json.createObjectBuilder().add("key", t.key()).add("arguments", Json.createArrayBuilder(t.arguments())));
      }
      item.add("reasons", reasons);
      items.add(item);
    }
    return Json.createObjectBuilder()
        .add("department", year.department().code()).add("year", year.yearNumber())
        .add("chair", framework.chair()).add("items", items)
        .add("total", result.total().toPlainString()).add("grade", result.grade().name())
        .build().toString();
  }

  // --- scoping, lookups, auditing ---------------------------------------------------------------------------

  private YearScope departmentScope(Caller caller, int yearNumber) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    if (!scope.caller().seesAllDivisions()) {
      throw new BusinessException("evaluation.access.departmentOnly");
    }
    return scope;
  }

  private YearScope leadershipScope(Caller caller, int yearNumber) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    if (!scope.caller().has(Role.LEADERSHIP)) {
      throw new BusinessException("evaluation.access.leadershipOnly");
    }
    scope.year().requireOpen();
    return scope;
  }

  private EvaluationFramework frameworkOf(FiscalYear year) {
    return em.createNamedQuery(EvaluationFramework.OF_YEAR, EvaluationFramework.class)
        .setParameter("yearId", year.id()).getResultStream().findFirst()
        .orElseThrow(() -> new BusinessException("evaluation.noFramework", year.yearNumber()));
  }

  private static FrameworkItem itemOf(EvaluationFramework framework, String code) {
    return framework.item(code == null ? "" : code.strip())
        .orElseThrow(() -> new BusinessException("evaluation.unknownItem", String.valueOf(code)));
  }

  private Map<String, ConsensusScore> consensusOf(EvaluationFramework framework) {
    Map<String, ConsensusScore> byCode = new HashMap<>();
    em.createNamedQuery(ConsensusScore.OF_FRAMEWORK, ConsensusScore.class)
        .setParameter("frameworkId", framework.id())
        .getResultStream().forEach(c -> byCode.put(c.item().code(), c));
    return byCode;
  }

  private EvaluationSeal sealInForce(FiscalYear year) {
    return em.createNamedQuery(EvaluationSeal.OF_YEAR, EvaluationSeal.class)
        .setParameter("yearId", year.id()).getResultStream().filter(EvaluationSeal::isInForce)
        .findFirst().orElse(null);
  }

  private <T> T audited(Caller caller, int yearNumber, AuditAction action, String key, String attempt,
      Supplier<T> work) {
    return AuditTrail.refusalsAudited(audit, caller == null ? null : caller.username(), action, RECORD_TYPE, key,
        yearNumber, attempt, work);
  }
}
