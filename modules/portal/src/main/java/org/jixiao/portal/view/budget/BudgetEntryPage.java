package org.jixiao.portal.view.budget;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.jixiao.budgeting.api.Budgets;
import org.jixiao.budgeting.api.FundOption;
import org.jixiao.budgeting.api.ImportReport;
import org.jixiao.budgeting.api.NewBudgetLine;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.budget.BudgetCategory;
import org.jixiao.domain.budget.BudgetLevel;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.shared.FacesMessages;
import org.jixiao.reporting.api.DepartmentProfiles;
import org.jixiao.reporting.api.DivisionSummary;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/** Finance's budget entry (预算录入): a new line, and the Excel template and import with its row report. */
@Named
@ViewScoped
public class BudgetEntryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @Inject private Budgets budgets;
  @Inject private DepartmentProfiles departmentProfiles;

  private Integer year;
  private String code;
  private String name;
  private String divisionCode;
  private BudgetCategory category;
  private BudgetLevel level;
  private String fundCode;
  private Money initialBudget;
  private ImportReport importReport;
  private List<FundOption> funds;
  private List<DivisionSummary> divisions;

  public void load() {
    year = budgetYear.orCurrent(year);
    if (year == null) {
      return;
    }
    try {
      funds = budgets.funds(currentUser.caller(), year);
      divisions =
          currentUser.division()
              .flatMap(d -> departmentProfiles.profileOf(d.departmentId()))
              .map(p -> p.divisions().stream().filter(DivisionSummary::active).toList())
              .orElse(List.of());
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  public void createLine() {
    try {
      String created =
          budgets.createLine(currentUser.caller(), year,
              new NewBudgetLine(code, name, divisionCode, category, level, fundCode, initialBudget));
      FacesMessages.info("budget.saved.line", created);
      code = null;
      name = null;
      initialBudget = null;
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    if (file == null || file.getSize() == 0) {
      FacesMessages.error("budget.import.empty");
      return;
    }
    try {
      importReport = budgets.importWorkbook(currentUser.caller(), year, file.getContent());
      if (importReport.applied()) {
        FacesMessages.info("budget.import.done", importReport.linesCreated(), importReport.linesUpdated(),
            importReport.monthsRecorded());
      } else {
        FacesMessages.error("budget.import.refused", importReport.problems().size());
      }
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
  }

  /** A problem of the import in the user's language. */
  public String problemText(ImportReport.ImportProblem problem) {
    return MessageTexts.format(budgetYear.locale(), problem.messageKey(), problem.arguments().toArray());
  }

  public StreamedContent getTemplate() {
    byte[] xlsx = budgets.importTemplate(currentUser.caller(), year);
    return DefaultStreamedContent.builder()
        .name(year + "-budget-import-template.xlsx")
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .stream(() -> new ByteArrayInputStream(xlsx))
        .build();
  }

  public BudgetCategory[] getCategories() {
    return BudgetCategory.values();
  }

  public BudgetLevel[] getLevels() {
    return BudgetLevel.values();
  }

  public List<FundOption> getFunds() {
    return funds;
  }

  public List<DivisionSummary> getDivisions() {
    return divisions;
  }

  public ImportReport getImportReport() {
    return importReport;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public void setDivisionCode(String divisionCode) {
    this.divisionCode = divisionCode;
  }

  public BudgetCategory getCategory() {
    return category;
  }

  public void setCategory(BudgetCategory category) {
    this.category = category;
  }

  public BudgetLevel getLevel() {
    return level;
  }

  public void setLevel(BudgetLevel level) {
    this.level = level;
  }

  public String getFundCode() {
    return fundCode;
  }

  public void setFundCode(String fundCode) {
    this.fundCode = fundCode;
  }

  public Money getInitialBudget() {
    return initialBudget;
  }

  public void setInitialBudget(Money initialBudget) {
    this.initialBudget = initialBudget;
  }
}
