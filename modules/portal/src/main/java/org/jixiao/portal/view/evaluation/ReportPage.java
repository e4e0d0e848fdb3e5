package org.jixiao.portal.view.evaluation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.evaluation.ReportFormat;
import org.jixiao.domain.evaluation.ReportSectionKind;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.budget.BudgetYear;
import org.jixiao.portal.view.shared.Downloads;
import org.jixiao.portal.view.shared.FacesMessages;
import org.jixiao.reporting.api.GeneratedFile;
import org.jixiao.reporting.api.ReportOutput;
import org.jixiao.reporting.api.Reports;
import org.jixiao.reporting.api.SectionView;
import org.primefaces.model.StreamedContent;

/**
 * The self-evaluation report (自评报告): the narrative parts as the responsible people write them (who wrote what,
 * when), and the report generated from the data as DOCX, PDF and the tables as XLSX, each file's SHA-256 kept.
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private BudgetYear budgetYear;
  @EJB private transient Reports reports;

  private Integer year;
  private List<SectionView> sections = List.of();
  private List<GeneratedFile> generated = List.of();
  private final Map<ReportSectionKind, String> texts = new EnumMap<>(ReportSectionKind.class);

  public void load() {
    year = budgetYear.orCurrent(year);
    if (year == null) {
      return;
    }
    try {
      sections = reports.sections(currentUser.caller(), year);
      sections.forEach(s -> texts.put(s.kind(), s.content()));
      generated = reports.generated(currentUser.caller(), year);
    } catch (BusinessException e) {
      sections = List.of();
      FacesMessages.refused(e);
    }
  }

  public void save(SectionView section) {
    try {
      reports.writeSection(currentUser.caller(), year, section.kind(), texts.get(section.kind()), section.version());
      FacesMessages.info("report.section.saved", new org.jixiao.domain.Label("report.section." + section.kind().name()));
    } catch (BusinessException e) {
      FacesMessages.refused(e);
    }
    load();
  }

  public StreamedContent download(ReportFormat format) {
    StreamedContent file = Downloads.of(year + "." + format.extension(), format.contentType(), () -> {
      ReportOutput out = reports.generate(currentUser.caller(), year, format);
      return out.content();
    });
    // the file's fingerprint is recorded as it is generated: show it in the list
    generated = reports.generated(currentUser.caller(), year);
    return file;
  }

  public StreamedContent getDocx() {
    return download(ReportFormat.DOCX);
  }

  public StreamedContent getPdf() {
    return download(ReportFormat.PDF);
  }

  public StreamedContent getXlsx() {
    return download(ReportFormat.XLSX);
  }

  public boolean isMayWrite() {
    return currentUser.isLeadership() || currentUser.isFinance();
  }

  public List<SectionView> getSections() { return sections; }
  public List<GeneratedFile> getGenerated() { return generated; }
  public Map<ReportSectionKind, String> getTexts() { return texts; }
  public Integer getYear() { return year; }
  public void setYear(Integer year) { this.year = year; }
}
