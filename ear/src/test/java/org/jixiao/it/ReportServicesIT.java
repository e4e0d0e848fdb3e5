package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jixiao.domain.BusinessException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.domain.evaluation.ImprovementPoint;
import org.jixiao.domain.indicators.IndicatorKind;
import org.jixiao.domain.indicators.IndicatorSubcategory;
import org.jixiao.domain.evaluation.ReportFormat;
import org.jixiao.domain.evaluation.ReportSectionKind;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.indicators.api.IndicatorDraft;
import org.jixiao.indicators.api.Indicators;
import org.jixiao.reporting.api.PointView;
import org.jixiao.reporting.api.Reports;
import org.jixiao.reporting.api.RevisionView;
import org.jixiao.reporting.api.SectionView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The report's problems and measures as records linked to items and indicators (结果应用), and its narrative parts
 * as rich text with their revisions, in the container.
 */
@ExtendWith(ArquillianExtension.class)
class ReportServicesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ServicesDeployment.of("report-it", ReportServicesIT.class);
  }

  @Inject private Reports reports;
  @Inject private Indicators indicators;
  @Resource private UserTransaction transaction;

  private static Caller as(Role role, String division) {
    return new Caller("UNAUTHENTICATED", EnumSet.of(role), division);
  }

  private static final Caller FINANCE = as(Role.FINANCE, "planning-finance");
  private static final Caller LEADER = as(Role.LEADERSHIP, "office");

  private SectionView section(ReportSectionKind kind) {
    return reports.sections(LEADER, 2023).stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
  }

  private static String refusal(Runnable call) {
    BusinessException[] caught = new BusinessException[1];
    assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessException.class, e -> caught[0] = e);
    return caught[0].messageKey();
  }

  @Test
  void seeded2023_hasThreeProblemsAndThreeMeasures_linkedToTheirItems() {
    List<PointView> points = reports.improvements(FINANCE, 2023);
    assertThat(points).filteredOn(p -> p.kind() == ImprovementPoint.Kind.PROBLEM).hasSize(3);
    assertThat(points).filteredOn(p -> p.kind() == ImprovementPoint.Kind.MEASURE).hasSize(3);
    PointView targets = points.stream()
        .filter(p -> p.kind() == ImprovementPoint.Kind.PROBLEM && p.sequence() == 2).findFirst().orElseThrow();
    assertThat(targets.content()).startsWith("绩效目标设置有待完善");
    assertThat(targets.itemCode()).isEqualTo("C4");
    assertThat(targets.indicatorCodes()).contains("O01", "O02", "B01");
    assertThat(points.stream().filter(p -> p.sequence() == 3).map(PointView::itemCode)).containsOnly("C5");
  }

  @Test
  void aPoint_isWrittenWithKnownLinksOnly() throws Exception {
    assertThat(refusal(() -> reports.savePoint(FINANCE, 2023, null, ImprovementPoint.Kind.MEASURE, "加强培训", "Z9",
        null, 0))).isEqualTo("evaluation.unknownItem");
    assertThat(refusal(() -> reports.savePoint(FINANCE, 2023, null, ImprovementPoint.Kind.MEASURE, "加强培训", "C4",
        "O01,NOPE", 0))).isEqualTo("indicator.unknown");
    assertThat(refusal(() -> reports.savePoint(FINANCE, 2023, null, ImprovementPoint.Kind.MEASURE, " ", "C4", null,
        0))).isEqualTo("validation.required");
    assertThat(refusal(() -> reports.savePoint(as(Role.DIVISION_HEAD, "info"), 2023, null,
        ImprovementPoint.Kind.MEASURE, "x", null, null, 0))).isEqualTo("evaluation.access.departmentOnly");
    transaction.begin();
    try {
      reports.savePoint(FINANCE, 2023, null, ImprovementPoint.Kind.MEASURE, "建立目标值合理性复核机制", "C4",
          "O01，O02", 0);
      PointView added = reports.improvements(FINANCE, 2023).stream()
          .filter(p -> p.kind() == ImprovementPoint.Kind.MEASURE && p.sequence() == 4).findFirst().orElseThrow();
      assertThat(added.indicatorCodes()).containsExactly("O01", "O02");
      assertThat(added.updatedBy()).isEqualTo("UNAUTHENTICATED");
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void aDraftNamedByAnImprovementPoint_cannotBeDiscarded() throws Exception {
    Caller industry = as(Role.DIVISION_HEAD, "industry");
    transaction.begin();
    try {
      String code = indicators.create(industry, 2023, new IndicatorDraft("LP-1", "被改进措施引用的草稿", null,
          IndicatorSubcategory.SERVICE_SATISFACTION, null, "%", IndicatorKind.AT_LEAST, new BigDecimal("90"), null,
          new BigDecimal("1"), null));
      reports.savePoint(FINANCE, 2023, null, ImprovementPoint.Kind.MEASURE, "跟踪新设指标", "C4", code, 0);
      long version = indicators.tree(industry, 2023).indicators().stream().filter(i -> i.code().equals(code))
          .findFirst().orElseThrow().version();
      assertThat(refusal(() -> indicators.discardDraft(industry, 2023, code, version)))
          .isEqualTo("indicator.discard.linkedPoint");
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void seededNarratives_arePlainParagraphs_withTheirFirstRevision() {
    SectionView keyTasks = section(ReportSectionKind.KEY_TASKS);
    assertThat(keyTasks.html()).startsWith("<p>2023 年，市工业和信息化局坚持以习近平新时代中国特色社会主义思想为指导")
        .contains("</p><p>一是坚持规划先行");
    assertThat(keyTasks.revisions()).isGreaterThanOrEqualTo(1);
    RevisionView first = reports.revisions(LEADER, 2023, ReportSectionKind.KEY_TASKS).stream()
        .filter(r -> r.number() == 1).findFirst().orElseThrow();
    assertThat(first.html()).startsWith("<p>2023 年");
  }

  @Test
  void richText_isSanitised_keptAsARevision_andPrintedInTheDocxAndPdf() throws Exception {
    String injected = "<p>全年<strong>重点任务完成良好</strong><script>alert('xss')</script>"
        + "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">见附件</a></p>"
        + "<ol><li data-list=\"ordered\">坚持规划先行</li><li data-list=\"ordered\">坚持项目为王</li>"
        + "<li data-list=\"bullet\" style=\"color:red\">坚持数产融合</li></ol>";
    assertThat(refusal(() -> reports.writeSection(as(Role.DIVISION_HEAD, "info"), 2023, ReportSectionKind.KEY_TASKS,
        injected, 0))).isEqualTo("evaluation.access.departmentOnly");
    assertThat(refusal(() -> reports.writeSection(LEADER, 2023, ReportSectionKind.KEY_TASKS,
        "<p>" + "字".repeat(20_001) + "</p>", 0))).isEqualTo("richtext.tooLong");
    assertThat(refusal(() -> reports.writeSection(LEADER, 2023, ReportSectionKind.KEY_TASKS,
        "<script>alert(1)</script>", 0))).isEqualTo("validation.required");
    SectionView before = section(ReportSectionKind.KEY_TASKS);
    transaction.begin();
    try {
      reports.writeSection(LEADER, 2023, ReportSectionKind.KEY_TASKS, injected, before.version());
      SectionView after = section(ReportSectionKind.KEY_TASKS);
      assertThat(after.html()).isEqualTo("<p>全年<strong>重点任务完成良好</strong>见附件</p>"
          + "<ol><li>坚持规划先行</li><li>坚持项目为王</li></ol><ul><li>坚持数产融合</li></ul>");
      assertThat(after.revisions()).isEqualTo(before.revisions() + 1);
      assertThat(after.updatedBy()).isEqualTo("UNAUTHENTICATED");
      assertThat(after.characters()).isEqualTo(31);
      RevisionView newest = reports.revisions(LEADER, 2023, ReportSectionKind.KEY_TASKS).get(0);
      assertThat(newest.number()).isEqualTo(after.revisions());
      assertThat(newest.characters()).isEqualTo(31);

      byte[] docx = reports.generate(LEADER, 2023, ReportFormat.DOCX).content();
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
          XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
        String text = extractor.getText();
        assertThat(text).contains("全年重点任务完成良好见附件").contains("1.\t坚持规划先行").contains("2.\t坚持项目为王")
            .contains("•\t坚持数产融合").contains("90.74").contains("一是完善内控制度")
            .doesNotContain("alert").doesNotContain("<script>");
        assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
            .filter(r -> "重点任务完成良好".equals(r.text())).findFirst().orElseThrow().isBold()).isTrue();
      }
      byte[] pdf = reports.generate(LEADER, 2023, ReportFormat.PDF).content();
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        assertThat(text).contains("全年重点任务完成良好见附件").contains("1.坚持规划先行").contains("2.坚持项目为王")
            .contains("•坚持数产融合").contains("90.74").contains("一是完善内控制度")
            .doesNotContain("alert").doesNotContain("<script>");
      }
      // the earlier revision stays readable, and a save based on it is refused, naming who saved since
      assertThat(reports.revisions(LEADER, 2023, ReportSectionKind.KEY_TASKS).get(1).html())
          .isEqualTo(before.html());
      BusinessException stale = org.assertj.core.api.Assertions.catchThrowableOfType(BusinessException.class,
          () -> reports.writeSection(LEADER, 2023, ReportSectionKind.KEY_TASKS, "<p>旧稿</p>", before.version()));
      assertThat(stale.messageKey()).isEqualTo("concurrency.changed");
      assertThat(stale.arguments()[0]).isEqualTo("UNAUTHENTICATED");
    } finally {
      transaction.rollback(); // the seeded narrative is back as it was
    }
    assertThat(section(ReportSectionKind.KEY_TASKS)).isEqualTo(before);
  }

  @Test
  void anEarlierRevision_isRestoredAsANewOne_plainStayingPlain() throws Exception {
    SectionView before = section(ReportSectionKind.PERFORMANCE_MANAGEMENT);
    transaction.begin();
    try {
      reports.writeSection(FINANCE, 2023, ReportSectionKind.PERFORMANCE_MANAGEMENT, "<p><u>临时稿</u></p>",
          before.version());
      SectionView edited = section(ReportSectionKind.PERFORMANCE_MANAGEMENT);
      assertThat(edited.html()).isEqualTo("<p><u>临时稿</u></p>");
      reports.restoreRevision(FINANCE, 2023, ReportSectionKind.PERFORMANCE_MANAGEMENT, 1, edited.version());
      SectionView restored = section(ReportSectionKind.PERFORMANCE_MANAGEMENT);
      assertThat(restored.revisions()).isEqualTo(before.revisions() + 2);
      assertThat(restored.html()).isEqualTo(reports.revisions(FINANCE, 2023, ReportSectionKind.PERFORMANCE_MANAGEMENT)
          .stream().filter(r -> r.number() == 1).findFirst().orElseThrow().html());
    } finally {
      transaction.rollback();
    }
  }
}
