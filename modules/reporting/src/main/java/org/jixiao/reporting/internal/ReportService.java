package org.jixiao.reporting.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Future;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Label;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditSnapshot;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.audit.ResultCache;
import org.jixiao.domain.evaluation.EvaluationScoring;
import org.jixiao.domain.evaluation.FrameworkBlock;
import org.jixiao.domain.evaluation.ImprovementPoint;
import org.jixiao.domain.evaluation.MeasureSource;
import org.jixiao.domain.evaluation.ReportFile;
import org.jixiao.domain.evaluation.ReportFormat;
import org.jixiao.domain.evaluation.ReportSection;
import org.jixiao.domain.evaluation.ReportSectionKind;
import org.jixiao.domain.evaluation.ReportSectionRevision;
import org.jixiao.domain.evaluation.ReportTable;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.domain.indicators.OverallGoal;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.domain.security.Roles;
import org.jixiao.domain.text.RichText;
import org.jixiao.domain.year.FiscalYear;
import org.jixiao.domain.year.YearScope;
import org.jixiao.reporting.api.EvaluationView;
import org.jixiao.reporting.api.Evaluations;
import org.jixiao.reporting.api.GeneratedFile;
import org.jixiao.reporting.api.PointView;
import org.jixiao.reporting.api.ReportOutput;
import org.jixiao.reporting.api.RevisionView;
import org.jixiao.reporting.api.Reports;
import org.jixiao.reporting.api.SectionView;
import org.jixiao.reporting.internal.document.DocxWriter;
import org.jixiao.reporting.internal.document.PdfWriter;
import org.jixiao.reporting.internal.document.ReportDocument;
import org.jixiao.reporting.internal.document.TablesWorkbook;

@Stateless
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class ReportService implements Reports {

  static final String RECORD_TYPE = "ReportSection";

  /** The official report is written in Chinese, whoever generates it. */
  private static final Locale REPORT_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Resource private SessionContext context;
  @Inject private AuditTrail audit;
  @EJB private Evaluations evaluations;

  @Override
  public List<SectionView> sections(Caller caller, int yearNumber) {
    YearScope scope = departmentScope(caller, yearNumber);
    Map<ReportSectionKind, ReportSection> written = sectionsOf(scope.year());
    return Arrays.stream(ReportSectionKind.values()).map(kind -> {
      ReportSection s = written.get(kind);
      if (s == null) {
        return new SectionView(kind, null, 0, null, null, 0, 0);
      }
      RichText text = s.text();
      return new SectionView(kind, text.html(), text.characters(), s.updatedBy(), s.updatedAt(), s.version(),
          s.revisions().size());
    }).toList();
  }

  @Override
  public void writeSection(Caller caller, int yearNumber, ReportSectionKind kind, String html, long version) {
    AuditTrail.refusalsAudited(audit, caller == null ? null : caller.username(), AuditAction.UPDATE, RECORD_TYPE,
        String.valueOf(kind), yearNumber, "write report section", () -> {
          YearScope scope = writerScope(caller, yearNumber);
          if (kind == null) {
            throw new BusinessException("validation.required", new Label("report.section.title"));
          }
          RichText text = ReportSection.checkedText(kind, html);
          ReportSection section = sectionsOf(scope.year()).get(kind);
          String before = section == null ? "" : section.text().plainText();
          ReportSectionRevision revision;
          if (section == null) {
            section = new ReportSection(scope.year(), kind, text, caller.username(), AuditTrail.now());
            em.persist(section);
            revision = section.revisions().get(0);
          } else {
            section.requireVersion(version);
            revision = section.write(text, caller.username(), AuditTrail.now());
          }
          audited(caller, yearNumber, kind, revision, before, text);
          return null;
        });
  }

  @Override
  public List<RevisionView> revisions(Caller caller, int yearNumber, ReportSectionKind kind) {
    YearScope scope = departmentScope(caller, yearNumber);
    ReportSection section = sectionsOf(scope.year()).get(kind);
    if (section == null) {
      return List.of();
    }
    List<RevisionView> views = new ArrayList<>(section.revisions().stream()
        .map(r -> new RevisionView(r.number(), r.editedBy(), r.editedAt(), r.characters(), r.text().html()))
        .toList());
    Collections.reverse(views);
    return views;
  }

  @Override
  public void restoreRevision(Caller caller, int yearNumber, ReportSectionKind kind, int number, long version) {
    AuditTrail.refusalsAudited(audit, caller == null ? null : caller.username(), AuditAction.UPDATE, RECORD_TYPE,
        String.valueOf(kind), yearNumber, "restore report section revision " + number, () -> {
          YearScope scope = writerScope(caller, yearNumber);
          ReportSection section = kind == null ? null : sectionsOf(scope.year()).get(kind);
          if (section == null) {
            throw new BusinessException("report.revision.unknown", number);
          }
          section.requireVersion(version);
          String before = section.text().plainText();
          ReportSectionRevision revision = section.restore(section.revision(number), caller.username(),
              AuditTrail.now());
          audited(caller, yearNumber, kind, revision, before, revision.text());
          return null;
        });
  }

  /** The trail names the part, the revision and its size, with the old and new text (the trail shortens them). */
  private void audited(Caller caller, int yearNumber, ReportSectionKind kind, ReportSectionRevision revision,
      String before, RichText after) {
    audit.done(caller.username(), AuditAction.UPDATE, RECORD_TYPE, kind.name(), yearNumber,
        "报告“" + MessageTexts.format(REPORT_LANGUAGE, "report.section." + kind.name()) + "”第 " + revision.number()
            + " 版（" + revision.characters() + " 字）: " + before + " → " + after.plainText(),
        before == null || before.isBlank() ? AuditSnapshot.NONE : AuditSnapshot.departmentWide(before),
        AuditSnapshot.departmentWide(after.plainText()));
  }

  @Override
  public List<PointView> improvements(Caller caller, int yearNumber) {
    YearScope scope = departmentScope(caller, yearNumber);
    return pointsOf(scope.year()).stream()
        .map(p -> new PointView(p.id(), p.kind(), p.sequence(), p.content(), p.itemCode(), p.indicators(),
            p.updatedBy(), p.updatedAt(), p.version()))
        .toList();
  }

  @Override
  public void savePoint(Caller caller, int yearNumber, Long id, ImprovementPoint.Kind kind, String text,
      String itemCode, String indicatorCodes, long version) {
    AuditTrail.refusalsAudited(audit, caller == null ? null : caller.username(), AuditAction.UPDATE,
        "ImprovementPoint", String.valueOf(id), yearNumber, "save improvement point", () -> {
          YearScope scope = writerScope(caller, yearNumber);
          List<ImprovementPoint> points = pointsOf(scope.year());
          ImprovementPoint point;
          String before;
          AuditSnapshot state;
          if (id == null) {
            if (kind == null) {
              throw new BusinessException("validation.required", new Label("improvement.field.kind"));
            }
            int next = points.stream().filter(p -> p.kind() == kind).mapToInt(ImprovementPoint::sequence).max()
                .orElse(0) + 1;
            point = new ImprovementPoint(scope.year(), kind, next, caller.username(), AuditTrail.now());
            before = "";
            state = AuditSnapshot.NONE;
          } else {
            point = points.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new BusinessException("improvement.unknown", id));
            if (point.version() != version) {
              throw audit.changedMeanwhile("ImprovementPoint", String.valueOf(id));
            }
            before = point.content();
            state = point.snapshot();
          }
          point.write(text, checkedItem(scope.year(), itemCode), checkedIndicators(scope.year(), indicatorCodes),
              caller.username(), AuditTrail.now());
          if (id == null) {
            em.persist(point);
          }
          audit.done(caller.username(), AuditAction.UPDATE, "ImprovementPoint", point.kind() + "-" + point.sequence(),
              yearNumber, point.kind() + " " + point.sequence() + ": " + before + " → " + point.content()
                  + "（指标 " + point.itemCode() + "；绩效指标 " + point.indicators() + "）", state, point.snapshot());
          return null;
        });
  }

  @Override
  public void removePoint(Caller caller, int yearNumber, long id) {
    AuditTrail.refusalsAudited(audit, caller == null ? null : caller.username(), AuditAction.DELETE,
        "ImprovementPoint", String.valueOf(id), yearNumber, "remove improvement point", () -> {
          YearScope scope = writerScope(caller, yearNumber);
          ImprovementPoint point = pointsOf(scope.year()).stream().filter(p -> p.id().equals(id)).findFirst()
              .orElseThrow(() -> new BusinessException("improvement.unknown", id));
          scope.year().requireOpen();
          em.remove(point);
          audit.done(caller.username(), AuditAction.DELETE, "ImprovementPoint", point.kind() + "-" + point.sequence(),
              yearNumber, "删除 " + point.kind() + " " + point.sequence() + ": " + point.content(), point.snapshot(),
              AuditSnapshot.NONE);
          return null;
        });
  }

  private String checkedItem(FiscalYear year, String itemCode) {
    if (itemCode == null || itemCode.isBlank()) {
      return null;
    }
    boolean known = em.createQuery("SELECT COUNT(i) FROM FrameworkItem i WHERE i.framework.fiscalYear.id = :yearId"
            + " AND i.code = :code", Long.class)
        .setParameter("yearId", year.id()).setParameter("code", itemCode.strip()).getSingleResult() > 0;
    if (!known) {
      throw new BusinessException("evaluation.unknownItem", itemCode.strip());
    }
    return itemCode.strip();
  }

  private List<String> checkedIndicators(FiscalYear year, String codes) {
    if (codes == null || codes.isBlank()) {
      return List.of();
    }
    List<String> wanted = Arrays.stream(codes.split("[,，\\s]+")).map(String::strip).filter(c -> !c.isEmpty())
        .distinct().toList();
    List<String> known = em.createQuery("SELECT i.code FROM Indicator i WHERE i.fiscalYear.id = :yearId"
            + " AND i.code IN :codes", String.class)
        .setParameter("yearId", year.id()).setParameter("codes", wanted).getResultList();
    for (String code : wanted) {
      if (!known.contains(code)) {
        throw new BusinessException("indicator.unknown", code);
      }
    }
    return wanted;
  }

  private List<ImprovementPoint> pointsOf(FiscalYear year) {
    return em.createNamedQuery(ImprovementPoint.OF_YEAR, ImprovementPoint.class).setParameter("yearId", year.id())
        .getResultList();
  }

  private YearScope writerScope(Caller caller, int yearNumber) {
    YearScope scope = departmentScope(caller, yearNumber);
    if (!scope.caller().has(Role.LEADERSHIP) && !scope.caller().has(Role.FINANCE)) {
      throw new BusinessException("report.access.writersOnly");
    }
    scope.year().requireOpen();
    return scope;
  }

  @Override
  public ReportOutput generate(Caller caller, int yearNumber, ReportFormat format) {
    ResultCache.fresh(); // the official report prints the database as it is now, not kept results
    YearScope scope = departmentScope(caller, yearNumber);
    if (format == null) {
      throw new BusinessException("validation.required", new Label("report.format"));
    }
    EvaluationView evaluation = evaluations.evaluation(caller, yearNumber);
    ReportDocument document = document(scope, evaluation);
    String title = text("report.title", yearNumber, scope.year().department().name());
    byte[] content = switch (format) {
      case DOCX -> DocxWriter.write(document);
      case PDF -> PdfWriter.write(document, title);
      case XLSX -> TablesWorkbook.write(document);
    };
    ReportFile file = new ReportFile(scope.year(), format, content, caller.username(), AuditTrail.now());
    em.persist(file);
    String name = yearNumber + "-" + scope.year().department().code()
        + (format == ReportFormat.XLSX ? "-self-evaluation-tables." : "-self-evaluation-report.") + format.extension();
    return new ReportOutput(name, format, content, file.sha256());
  }

  @Override
  @Asynchronous
  public Future<ReportOutput> generateInBackground(Caller caller, int yearNumber, ReportFormat format) {
    // runs in its own transaction with the caller's identity; the file's SHA-256 is recorded as for generate()
    return new AsyncResult<>(generate(caller, yearNumber, format));
  }

  @Override
  public List<GeneratedFile> generated(Caller caller, int yearNumber) {
    YearScope scope = departmentScope(caller, yearNumber);
    return em.createNamedQuery(ReportFile.OF_YEAR, ReportFile.class)
        .setParameter("yearId", scope.year().id()).setMaxResults(20).getResultStream()
        .map(f -> new GeneratedFile(f.format(), f.sizeBytes(), f.sha256(), f.generatedBy(), f.generatedAt()))
        .toList();
  }

  // --- the document, in the model report's outline ----------------------------------------------------------

  private ReportDocument document(YearScope scope, EvaluationView evaluation) {
    FiscalYear year = scope.year();
    int y = year.yearNumber();
    Map<ReportSectionKind, ReportSection> sections = sectionsOf(year);
    Map<ReportTable.Kind, ReportTable> tables = new EnumMap<>(ReportTable.Kind.class);
    for (MeasureSource source : MeasureSources.all()) {
      source.tables(scope.caller(), y).forEach(t -> tables.put(t.kind(), t));
    }
    ReportDocument doc = new ReportDocument(evaluation.seal() == null ? text("report.footer.draft")
        : text("report.footer.sealed", evaluation.seal().fingerprint()));
    doc.title(text("report.title", y, year.department().name()));

    doc.heading(1, text("report.h1.basic"));
    doc.heading(2, text("report.h2.functions"));
    String functions = year.department().functionsText();
    doc.paragraphs(functions == null ? List.of() : Arrays.asList(functions.split("\n")));
    doc.heading(2, text("report.h2.keyTasks"));
    narrative(doc, sections, ReportSectionKind.KEY_TASKS);
    doc.heading(2, text("report.h2.goals"));
    for (OverallGoal goal : em.createNamedQuery(OverallGoal.OF_YEAR, OverallGoal.class)
        .setParameter("fiscalYearId", year.id()).getResultList()) {
      doc.paragraph(text("report.goal", goal.sequence(), goal.title(), goal.description()));
    }
    doc.heading(2, text("report.h2.budget"));
    ReportTable budget = tables.get(ReportTable.Kind.BUDGET_EXECUTION);
    if (budget != null && !budget.rows().isEmpty()) {
      List<String> total = budget.rows().get(0);
      doc.paragraph(text("report.budget.sentence", y, total.get(1), total.get(2), total.get(3)));
      doc.table(text("report.annex.budget"), budget);
    }
    doc.heading(2, text("report.h2.performanceManagement"));
    narrative(doc, sections, ReportSectionKind.PERFORMANCE_MANAGEMENT);

    EvaluationScoring.Result result = evaluation.result();
    doc.heading(1, text("report.h1.self"));
    doc.heading(2, text("report.h2.conclusion"));
    doc.paragraph(text("report.conclusion", y, result.total().toPlainString(),
        "Grade." + result.grade().name()));
    doc.heading(2, text("report.h2.effectiveness"));
    doc.heading(3, text("report.h3.overall"));
    items(doc, result, FrameworkBlock.OVERALL_EFFECTIVENESS, true);
    doc.heading(3, text("report.h3.special"));
    items(doc, result, FrameworkBlock.SPECIAL_EFFECTIVENESS, true);
    doc.heading(2, text("report.h2.efficiency"));
    items(doc, result, FrameworkBlock.MANAGEMENT_EFFICIENCY, false);

    List<ImprovementPoint> points = pointsOf(year);
    doc.heading(1, text("report.h1.problems"));
    points(doc, points, ImprovementPoint.Kind.PROBLEM);
    doc.heading(1, text("report.h1.measures"));
    points(doc, points, ImprovementPoint.Kind.MEASURE);

    ReportTable indicators = tables.get(ReportTable.Kind.INDICATOR_SELF_EVALUATION);
    if (indicators != null) {
      doc.table(text("report.annex.indicators"), indicators);
    }
    return doc;
  }

  /** 履职效能 numbers its items (1), (2)…; 管理效率 numbers them 1., 2.… as the model report does. */
  private void items(ReportDocument doc, EvaluationScoring.Result result, FrameworkBlock block, boolean bracketed) {
    int n = 0;
    for (EvaluationScoring.ItemResult item : result.items()) {
      if (item.block() != block) {
        continue;
      }
      n++;
      String number = bracketed ? "（" + n + "）" : n + ".";
      if (!item.isScored()) {
        doc.paragraph(text("report.item.notScored", number, item.name(), plain(item.weight())));
        continue;
      }
      // a computed item shows its last step (本项得分=5×94.91%=4.75), then why points were lost
      String computation = item.source().isLeadership() || item.trace().isEmpty() ? ""
          : words(List.of(item.trace().get(item.trace().size() - 1))) + "。";
      String reason = item.reason() != null ? item.reason()
          : words(item.reasons().isEmpty() ? item.trace() : item.reasons()) + "。";
      doc.paragraph(item.deduction().signum() > 0
          ? text("report.item.deducted", number, item.name(), plain(item.weight()), plain(item.score()),
              plain(item.deduction()), computation, reason)
          : text("report.item.full", number, item.name(), plain(item.weight()), plain(item.score())));
    }
  }

  private void points(ReportDocument doc, List<ImprovementPoint> points, ImprovementPoint.Kind kind) {
    List<ImprovementPoint> ofKind = points.stream().filter(p -> p.kind() == kind).toList();
    if (ofKind.isEmpty()) {
      doc.paragraph(text("report.section.missing"));
    }
    int n = 0;
    for (ImprovementPoint p : ofKind) {
      doc.paragraph(text("report.point", chineseOrdinal(++n), p.content()));
    }
  }

  /** （一）, （二） … as Chinese official documents number their points (beyond ten: （11）). */
  private static String chineseOrdinal(int n) {
    String digits = "一二三四五六七八九十";
    return "（" + (n >= 1 && n <= 10 ? String.valueOf(digits.charAt(n - 1)) : String.valueOf(n)) + "）";
  }

  private void narrative(ReportDocument doc, Map<ReportSectionKind, ReportSection> sections, ReportSectionKind kind) {
    ReportSection s = sections.get(kind);
    if (s == null) {
      doc.paragraph(text("report.section.missing"));
    } else {
      doc.richText(s.text());
    }
  }

  private static String words(List<org.jixiao.domain.indicators.TraceStep> steps) {
    return String.join("；", steps.stream().map(t -> MessageTexts.format(REPORT_LANGUAGE, t.key(), t.arguments()))
        .toList());
  }

  private static String text(String key, Object... arguments) {
    return MessageTexts.format(REPORT_LANGUAGE, key, arguments);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private Map<ReportSectionKind, ReportSection> sectionsOf(FiscalYear year) {
    Map<ReportSectionKind, ReportSection> byKind = new EnumMap<>(ReportSectionKind.class);
    em.createNamedQuery(ReportSection.OF_YEAR, ReportSection.class).setParameter("yearId", year.id())
        .getResultStream().forEach(s -> byKind.put(s.kind(), s));
    return byKind;
  }

  private YearScope departmentScope(Caller caller, int yearNumber) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    if (!scope.caller().seesAllDivisions()) {
      throw new BusinessException("evaluation.access.departmentOnly");
    }
    return scope;
  }
}
