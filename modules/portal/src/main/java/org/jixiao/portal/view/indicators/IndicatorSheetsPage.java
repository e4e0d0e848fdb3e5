package org.jixiao.portal.view.indicators;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.jixiao.domain.BusinessException;
import org.jixiao.indicators.api.IndicatorSheets;
import org.jixiao.indicators.api.SheetReport;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.budget.BudgetYear;
import org.jixiao.portal.view.shared.Downloads;
import org.jixiao.portal.view.shared.FacesMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The indicators' Excel import and export (指标导入导出): everyone exports what they may see; a division head
 * downloads the template and imports their division's targets and actuals, with the row report of problems.
 */
@Named
@ViewScoped
public class IndicatorSheetsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @Inject private IndicatorSheets sheets;

  private Integer year;
  private SheetReport importReport;

  public void load() {
    year = budgetYear.orCurrent(year);
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event == null ? null : event.getFile();
    if (file == null || file.getSize() == 0) {
      FacesMessages.error("indicator.sheet.empty");
      return;
    }
    try {
      importReport = sheets.importWorkbook(currentUser.caller(), year, file.getContent());
      if (importReport.applied()) {
        FacesMessages.info("indicators.excel.done", importReport.created(), importReport.targetsUpdated(),
            importReport.actualsUpdated(), importReport.unchanged());
      } else {
        FacesMessages.error("indicators.excel.refused", importReport.problems().size());
      }
    } catch (BusinessException e) {
      importReport = null;
      FacesMessages.refused(e);
    }
  }

  /** A problem of the import in the user's language. */
  public String problemText(SheetReport.SheetProblem problem) {
    return MessageTexts.format(budgetYear.locale(), problem.messageKey(), problem.arguments().toArray());
  }

  public StreamedContent getExport() {
    return download(year + "-indicators.xlsx", () -> sheets.exportWorkbook(currentUser.caller(), year));
  }

  public StreamedContent getTemplate() {
    return download(year + "-indicators-import-template.xlsx", () -> sheets.importTemplate(currentUser.caller(), year));
  }

  private StreamedContent download(String name, java.util.function.Supplier<byte[]> workbook) {
    return year == null ? null : Downloads.of(name, Downloads.XLSX, workbook);
  }

  public SheetReport getImportReport() {
    return importReport;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
