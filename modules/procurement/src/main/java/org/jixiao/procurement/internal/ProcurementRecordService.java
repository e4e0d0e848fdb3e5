package org.jixiao.procurement.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.Label;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditSnapshot;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.domain.budget.BudgetCommitment;
import org.jixiao.domain.budget.BudgetLine;
import org.jixiao.domain.evidence.EvidenceFile;
import org.jixiao.domain.evidence.EvidenceStore;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.procurement.ProcurementDocument;
import org.jixiao.domain.procurement.ProcurementMethod;
import org.jixiao.domain.procurement.ProcurementProject;
import org.jixiao.domain.procurement.ProcurementRule;
import org.jixiao.domain.procurement.ProcurementSettings;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.domain.security.Roles;
import org.jixiao.domain.year.FiscalYear;
import org.jixiao.domain.year.YearScope;
import org.jixiao.procurement.api.BudgetLineChoice;
import org.jixiao.procurement.api.ImportReport;
import org.jixiao.procurement.api.ProcurementRecords;
import org.jixiao.procurement.api.ProcurementRuleVersion;
import org.jixiao.procurement.api.RecordDetail;
import org.jixiao.procurement.api.RecordDraft;

@Stateless
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
public class ProcurementRecordService implements ProcurementRecords {

  static final String RECORD_TYPE = "ProcurementProject";

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Resource private SessionContext context;
  @Inject private AuditTrail audit;

  /** Where document files live (server.xml: outside the web root), shared with indicator evidence. */
  @Resource(lookup = "jixiao/evidence/dir")
  private String evidenceDirectory;

  @Override
  public RecordDetail record(Caller caller, int yearNumber, String code, LocalDate asOf) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    ProcurementProject p = readable(caller, yearNumber, code);
    boolean editable = scope.caller().has(Role.DIVISION_HEAD) && !scope.year().isSealed()
        && p.division().code().equals(scope.caller().divisionCode());
    List<RecordDetail.Document> documents = em.createNamedQuery(ProcurementDocument.OF_PROJECT,
            ProcurementDocument.class)
        .setParameter("projectId", p.id())
        .getResultStream()
        .map(d -> new RecordDetail.Document(d.id(), d.title(), d.link(), d.fileName(), d.sizeBytes(), d.addedBy(),
            d.addedAt()))
        .toList();
    return new RecordDetail(ProcurementYear.load(em, scope.year()).record(p, asOf, editable),
        p.budgetLine().map(l -> l.available(p.code())).orElse(null), documents,
        audit.historyOf(RECORD_TYPE, p.code(), 50),
        scope.caller().has(Role.LEADERSHIP) && !scope.year().isSealed() && p.isOverBudgetUnapproved());
  }

  @Override
  public String create(Caller caller, int yearNumber, RecordDraft draft, boolean acceptOverBudget) {
    String key = draft == null ? null : draft.code();
    return audited(caller, yearNumber, AuditAction.CREATE, key, "create procurement", () -> {
      YearScope scope = divisionHeadScope(caller, yearNumber);
      if (draft == null) {
        throw new BusinessException("validation.required", new Label("procurement.field.code"));
      }
      if (draft.code() != null && byCode(scope.year(), draft.code().strip()) != null) {
        throw new BusinessException("procurement.duplicateCode", draft.code().strip());
      }
      ProcurementProject p = new ProcurementProject(scope.year(), scope.division(), draft.code(),
          details(scope, draft), AuditTrail.today());
      String budget = judgeBudget(p, true, acceptOverBudget);
      em.persist(p);
      String commitment = commitSigned(p, null, null);
      audit.done(caller.username(), AuditAction.CREATE, RECORD_TYPE, p.code(), yearNumber,
          "新建采购项目 " + p.code() + " " + p.name() + "，" + describe(p) + budget + commitment,
          AuditSnapshot.NONE, p.snapshot());
      return p.code();
    });
  }

  @Override
  public void update(Caller caller, int yearNumber, String code, RecordDraft draft, long version,
      boolean acceptOverBudget) {
    audited(caller, yearNumber, AuditAction.UPDATE, code, "edit procurement", () -> {
      YearScope scope = divisionHeadScope(caller, yearNumber);
      ProcurementProject p = own(scope, code);
      if (p.version() != version) {
        throw audit.changedMeanwhile(RECORD_TYPE, p.code());
      }
      apply(scope, p, draft, acceptOverBudget, "修改");
      em.flush(); // a concurrent edit of the same version fails here, inside the audited refusal
      return null;
    });
  }

  /** Applies a draft to an own record, audited; nothing when the draft equals the record. */
  boolean apply(YearScope scope, ProcurementProject p, RecordDraft draft, boolean acceptOverBudget, String verb) {
    ProcurementProject.Details before = p.details();
    String beforeText = describe(p);
    AuditSnapshot state = p.snapshot();
    ProcurementProject.Details after = details(scope, draft);
    if (before.equals(after)) {
      return false;
    }
    em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    p.revise(after, AuditTrail.today());
    boolean amountOrLineChanged = !Objects.equals(before.budgetLine(), after.budgetLine())
        || before.amount().compareTo(after.amount()) != 0;
    String budget = judgeBudget(p, amountOrLineChanged, acceptOverBudget);
    String commitment = commitSigned(p, before.budgetLine(), before.contractSigned());
    audit.done(scope.caller().username(), AuditAction.UPDATE, RECORD_TYPE, p.code(), scope.year().yearNumber(),
        verb + "采购项目: " + beforeText + " → " + describe(p) + budget + commitment, state, p.snapshot());
    return true;
  }

  @Override
  public void withdraw(Caller caller, int yearNumber, String code, long version) {
    audited(caller, yearNumber, AuditAction.DELETE, code, "withdraw procurement", () -> {
      YearScope scope = divisionHeadScope(caller, yearNumber);
      ProcurementProject p = own(scope, code);
      if (p.version() != version) {
        throw audit.changedMeanwhile(RECORD_TYPE, p.code());
      }
      p.fiscalYear().requireOpen();
      String what = describe(p);
      AuditSnapshot state = p.snapshot();
      p.budgetLine().flatMap(line -> line.withdrawCommitment(p.code())).ifPresent(em::remove);
      em.createNamedQuery(ProcurementDocument.OF_PROJECT, ProcurementDocument.class)
          .setParameter("projectId", p.id()).getResultStream().forEach(em::remove);
      em.remove(p);
      audit.done(caller.username(), AuditAction.DELETE, RECORD_TYPE, p.code(), yearNumber,
          "撤销采购项目 " + p.code() + " " + p.name() + "（" + what + "）", state, AuditSnapshot.NONE);
      return null;
    });
  }

  @Override
  public void approveOverBudget(Caller caller, int yearNumber, String code, String reason) {
    audited(caller, yearNumber, AuditAction.APPROVE, code, "approve over budget", () -> {
      YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
      if (!scope.caller().has(Role.LEADERSHIP)) {
        throw new BusinessException("procurement.access.leadershipOnly");
      }
      ProcurementProject p = existing(scope.year(), code);
      em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      AuditSnapshot state = p.snapshot();
      p.approveOverBudget(reason, caller.username(), AuditTrail.now());
      audit.done(caller.username(), AuditAction.APPROVE, RECORD_TYPE, p.code(), yearNumber,
          "同意超预算 " + p.overBudgetExcess().map(Money::toString).orElse("") + " 万元；理由: "
              + p.overBudgetReason().orElse(""), state, p.snapshot());
      return null;
    });
  }

  @Override
  public void addDocument(Caller caller, int yearNumber, String code, String title, String link) {
    audited(caller, yearNumber, AuditAction.CREATE, code, "add procurement document", () -> {
      YearScope scope = divisionHeadScope(caller, yearNumber);
      ProcurementProject p = own(scope, code);
      ProcurementDocument d = ProcurementDocument.link(p, title, link, caller.username(), AuditTrail.now());
      em.persist(d);
      audit.done(caller.username(), AuditAction.CREATE, RECORD_TYPE, p.code(), yearNumber,
          "佐证材料（链接）: " + d.title() + " " + d.link(), AuditSnapshot.NONE,
          AuditSnapshot.of(p.auditDivision(), "佐证材料=" + d.title() + " " + d.link()));
      return null;
    });
  }

  @Override
  public void addDocumentFile(Caller caller, int yearNumber, String code, String title, String fileName,
      byte[] content) {
    audited(caller, yearNumber, AuditAction.CREATE, code, "add procurement document file", () -> {
      YearScope scope = divisionHeadScope(caller, yearNumber);
      ProcurementProject p = own(scope, code);
      String type = EvidenceStore.checkedType(fileName, content);
      ProcurementDocument d = ProcurementDocument.file(p, title, fileName.replaceAll("[\\\\/]", "_"), type,
          content.length, caller.username(), AuditTrail.now());
      // the file is written only once every check has passed
      d.storedAs(new EvidenceStore(evidenceDirectory).store(content));
      em.persist(d);
      audit.done(caller.username(), AuditAction.CREATE, RECORD_TYPE, p.code(), yearNumber,
          "佐证材料（文件）: " + d.title() + " " + d.fileName() + " (" + content.length + " bytes)",
          AuditSnapshot.NONE, AuditSnapshot.of(p.auditDivision(), "佐证材料=" + d.title() + " " + d.fileName()));
      return null;
    });
  }

  @Override
  public EvidenceFile documentFile(Caller caller, int yearNumber, String code, long documentId) {
    ProcurementProject p = readable(caller, yearNumber, code);
    ProcurementDocument d = em.find(ProcurementDocument.class, documentId);
    if (d == null || !d.project().id().equals(p.id()) || d.storedAs() == null) {
      throw new BusinessException("indicator.evidence.missing");
    }
    return new EvidenceFile(d.fileName(), d.contentType(), new EvidenceStore(evidenceDirectory).read(d.storedAs()));
  }

  @Override
  public List<BudgetLineChoice> budgetLines(Caller caller, int yearNumber) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    return em.createNamedQuery(BudgetLine.OF_YEAR, BudgetLine.class)
        .setParameter("yearId", scope.year().id())
        .getResultStream()
        .filter(l -> l.division().code().equals(scope.caller().divisionCode()))
        .map(l -> new BudgetLineChoice(l.code(), l.name(), l.available(null)))
        .toList();
  }

  @Override
  public List<ProcurementRuleVersion> rules(Caller caller, int yearNumber) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    return em.createNamedQuery(ProcurementRule.OF_YEAR, ProcurementRule.class)
        .setParameter("yearId", scope.year().id())
        .getResultStream()
        .map(r -> new ProcurementRuleVersion(r.ruleVersion(), r.settings(), r.createdBy(), r.createdAt()))
        .toList();
  }

  @Override
  public void changeRule(Caller caller, int yearNumber, ProcurementSettings settings) {
    AuditTrail.refusalsAudited(audit, caller == null ? null : caller.username(), AuditAction.UPDATE,
        "ProcurementRule", String.valueOf(yearNumber), yearNumber, "change procurement rule", () -> {
          YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
          if (!scope.caller().has(Role.ADMIN)) {
            throw new BusinessException("procurement.rule.adminOnly");
          }
          if (settings == null) {
            throw new BusinessException("validation.required", new Label("procurement.rule.title"));
          }
          List<ProcurementRuleVersion> versions = rules(caller, yearNumber);
          int next = versions.isEmpty() ? 1 : versions.get(0).version() + 1;
          ProcurementSettings before = versions.isEmpty() ? ProcurementSettings.DEFAULTS : versions.get(0).settings();
          em.persist(new ProcurementRule(scope.year(), next, settings, caller.username(), AuditTrail.now()));
          audit.done(caller.username(), AuditAction.UPDATE, "ProcurementRule", String.valueOf(yearNumber),
              yearNumber, "采购规则第 " + next + " 版: " + before + " → " + settings,
              AuditSnapshot.departmentWide(before.toString()), AuditSnapshot.departmentWide(settings.toString()));
          return null;
        });
  }

  @Override
  public byte[] exportSheet(Caller caller, int yearNumber, LocalDate asOf) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    ProcurementYear py = ProcurementYear.load(em, scope.year());
    return ProcurementWorkbook.export(py.projects(em).stream()
        .filter(p -> scope.caller().mayRead(p.division().code()))
        .map(p -> py.record(p, asOf, false))
        .toList());
  }

  /** A sheet refused as a whole: nothing of it stays, and the trail has the attempt with its first problem. */
  private ImportReport refusedImport(Caller caller, int yearNumber, YearScope scope, ImportReport report) {
    ImportReport.Problem first = report.problems().get(0);
    audit.refused(caller.username(), AuditAction.IMPORT, RECORD_TYPE, "sheet", yearNumber, scope.division().code(),
        "Excel 导入被拒绝: " + report.problems().size() + " 处错误；第 " + first.row() + " 行: "
            + MessageTexts.format(java.util.Locale.SIMPLIFIED_CHINESE, first.messageKey(), first.arguments().toArray()));
    return report;
  }

  @Override
  public ImportReport importSheet(Caller caller, int yearNumber, byte[] xlsx) {
    return audited(caller, yearNumber, AuditAction.IMPORT, "sheet", "import procurement sheet", () -> {
      YearScope scope = divisionHeadScope(caller, yearNumber);
      ProcurementImport sheet = new ProcurementImport(scope.division(), ProcurementYear.load(em, scope.year())
          .projects(em));
      ImportReport report = sheet.run(xlsx);
      if (!report.applied()) {
        return refusedImport(caller, yearNumber, scope, report);
      }
      int created = 0;
      int updated = 0;
      int unchanged = 0;
      for (ProcurementImport.SheetRow row : sheet.rows()) {
        try {
          if (row.existing() == null) {
            createFromSheet(scope, row.draft());
            created++;
          } else if (apply(scope, row.existing(), row.draft(), false, "Excel 导入修改")) {
            updated++;
          } else {
            unchanged++;
          }
        } catch (BusinessException e) {
          context.setRollbackOnly();
          return refusedImport(caller, yearNumber, scope, new ImportReport(0, 0, 0, List.of(new ImportReport.Problem(
              row.rowNumber(), ProcurementImport.columnOf(e), e.messageKey(), List.of(e.arguments())))));
        }
      }
      audit.done(caller.username(), AuditAction.IMPORT, RECORD_TYPE, "sheet", yearNumber,
          "Excel 导入采购项目: 新建 " + created + "，修改 " + updated + "，未变 " + unchanged,
          AuditSnapshot.NONE, AuditSnapshot.of(scope.division().code(), null));
      return new ImportReport(created, updated, unchanged, List.of());
    });
  }

  private void createFromSheet(YearScope scope, RecordDraft draft) {
    if (draft.code() != null && byCode(scope.year(), draft.code().strip()) != null) {
      throw new BusinessException("procurement.duplicateCode", draft.code().strip());
    }
    ProcurementProject p = new ProcurementProject(scope.year(), scope.division(), draft.code(),
        details(scope, draft), AuditTrail.today());
    String budget = judgeBudget(p, true, false);
    em.persist(p);
    String commitment = commitSigned(p, null, null);
    audit.done(scope.caller().username(), AuditAction.CREATE, RECORD_TYPE, p.code(), scope.year().yearNumber(),
        "Excel 导入新建采购项目 " + p.code() + " " + p.name() + "，" + describe(p) + budget + commitment,
        AuditSnapshot.NONE, p.snapshot());
  }

  // --- the budget line: over-budget flag and commitment ---------------------------------------------------

  /**
   * Decides the over-budget flag when the amount or the line is new: above what the line has available (its own
   * commitment aside) is refused unless accepted, then flagged for the leadership group. Dates alone never
   * re-judge: a past year's lines are spent, and its contracts with them.
   */
  private String judgeBudget(ProcurementProject p, boolean amountOrLineChanged, boolean acceptOverBudget) {
    if (!amountOrLineChanged) {
      return "";
    }
    BudgetLine line = p.budgetLine().orElse(null);
    if (line == null) {
      p.judgeBudget(null);
      return "";
    }
    Money available = line.available(p.code());
    Money excess = p.amount().minus(available);
    if (excess.isPositive() && !acceptOverBudget) {
      throw new BusinessException("procurement.overBudget", p.amount().toString(), line.code(), available.toString(),
          excess.toString());
    }
    p.judgeBudget(excess);
    return excess.isPositive() ? "；超出预算项目 " + line.code() + " 可用额 " + available + " 万元 " + excess
        + " 万元，待领导小组审批" : "";
  }

  /**
   * A signed contract's amount is committed against its line from when its signing is recorded here (records
   * signed before, e.g. a past year's, are paid and in the executed figures). A later change of amount or line
   * moves the unpaid commitment with it.
   */
  private String commitSigned(ProcurementProject p, BudgetLine lineBefore, LocalDate signedBefore) {
    BudgetLine line = p.budgetLine().orElse(null);
    BudgetCommitment existing = line == null ? null : line.commitment(p.code()).orElse(null);
    if (lineBefore != null && !lineBefore.equals(line)) {
      lineBefore.commitment(p.code()).ifPresent(c -> c.remainUnpaid(Money.ZERO));
    }
    if (line == null) {
      return "";
    }
    if (p.contractSigned() == null) {
      if (existing != null && existing.unpaid().isPositive()) {
        existing.remainUnpaid(Money.ZERO); // the signing was withdrawn: nothing is promised any more
        return "；撤销合同签订，已承诺金额清零";
      }
      return "";
    }
    if (existing != null) {
      if (existing.unpaid().compareTo(p.amount()) != 0 && signedBefore != null) {
        existing.remainUnpaid(p.amount());
        return "；合同承诺额改为 " + p.amount() + " 万元";
      }
      return "";
    }
    if (signedBefore != null && Objects.equals(lineBefore, line)) {
      return ""; // signed before this application kept its records: not ours to commit
    }
    em.persist(line.commit(p.code(), "政府采购合同 " + p.name(), p.amount(), AuditTrail.now()));
    return "；已签合同 " + p.amount() + " 万元计入预算项目 " + line.code() + " 的已承诺金额";
  }

  // --- drafts, scoping, auditing -----------------------------------------------------------------------------

  private ProcurementProject.Details details(YearScope scope, RecordDraft d) {
    if (d == null) {
      throw new BusinessException("api.body.required");
    }
    ProcurementMethod method = null;
    if (d.method() != null && !d.method().isBlank()) {
      method = ProcurementMethod.parse(d.method())
          .orElseThrow(() -> new BusinessException("procurement.unknownMethod", d.method().strip()));
    }
    BudgetLine line = null;
    if (d.budgetLineCode() != null && !d.budgetLineCode().isBlank()) {
      line = em.createNamedQuery(BudgetLine.BY_CODE, BudgetLine.class)
          .setParameter("yearId", scope.year().id())
          .setParameter("code", d.budgetLineCode().strip())
          .getResultStream().findFirst()
          .orElseThrow(() -> new BusinessException("procurement.unknownLine", d.budgetLineCode().strip()));
      if (!line.division().code().equals(scope.caller().divisionCode())) {
        throw new BusinessException("procurement.line.otherDivision", line.code());
      }
    }
    return new ProcurementProject.Details(d.name(), line, d.amount(), method, d.intentionPublished(),
        d.procurementStarted(), d.awardNotice(), d.contractSigned(), d.contractAnnounced(), d.contractFiled());
  }

  private static String describe(ProcurementProject p) {
    ProcurementProject.Details d = p.details();
    return d.method().legalName() + " " + d.amount() + " 万元"
        + (d.budgetLine() == null ? "" : "，预算项目 " + d.budgetLine().code())
        + "，意向公开 " + d.intentionPublished() + "，采购开始 " + d.procurementStarted() + "，中标通知 "
        + d.awardNotice() + "，合同签订 " + d.contractSigned() + "，合同公告 " + d.contractAnnounced() + "，合同备案 "
        + d.contractFiled();
  }

  /** A record the caller may read; another division's is refused and audited. */
  private ProcurementProject readable(Caller caller, int yearNumber, String code) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    ProcurementProject p = existing(scope.year(), code);
    if (!scope.caller().mayRead(p.division().code())) {
      audit.refused(caller.username(), AuditAction.READ, RECORD_TYPE, p.code(), yearNumber, p.division().code(),
          "其他处室的采购项目 (" + p.division().code() + ")");
      throw new BusinessException("procurement.access.otherDivision", p.code());
    }
    return p;
  }

  private ProcurementProject own(YearScope scope, String code) {
    ProcurementProject p = existing(scope.year(), code);
    if (!p.division().code().equals(scope.caller().divisionCode())) {
      throw new BusinessException("procurement.access.otherDivision", p.code());
    }
    return p;
  }

  private YearScope divisionHeadScope(Caller caller, int yearNumber) {
    YearScope scope = YearScope.resolve(em, context, caller, yearNumber);
    if (!scope.caller().has(Role.DIVISION_HEAD)) {
      throw new BusinessException("procurement.access.divisionHeadOnly");
    }
    scope.year().requireOpen();
    return scope;
  }

  private ProcurementProject existing(FiscalYear year, String code) {
    ProcurementProject p = byCode(year, code);
    if (p == null) {
      throw new BusinessException("procurement.unknown", String.valueOf(code));
    }
    return p;
  }

  private ProcurementProject byCode(FiscalYear year, String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return em.createNamedQuery(ProcurementProject.BY_CODE, ProcurementProject.class)
        .setParameter("yearId", year.id())
        .setParameter("code", code.strip())
        .getResultStream().findFirst().orElse(null);
  }

  private <T> T audited(Caller caller, int yearNumber, AuditAction action, String key, String attempt,
      Supplier<T> work) {
    return AuditTrail.refusalsAudited(audit, caller == null ? null : caller.username(), action, RECORD_TYPE, key,
        yearNumber, attempt, k -> audit.divisionOfRecord(ProcurementProject.class, yearNumber, k), work);
  }
}
