package org.jixiao.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.organisation.Department;
import org.jixiao.domain.text.Markup;
import org.jixiao.domain.year.FiscalYear;
import org.junit.jupiter.api.Test;

/** A narrative part keeps every save as a revision (修改记录), and a stale save names who saved since. */
class ReportSectionTest {

  private final FiscalYear year = new FiscalYear(new Department("gz-gxj", "广州市工业和信息化局"), 2024);
  private final LocalDateTime nine = LocalDateTime.of(2024, 3, 1, 9, 0);

  @Test
  void eachSave_isARevision_withWhoWhenAndSize() {
    ReportSection s = new ReportSection(year, ReportSectionKind.KEY_TASKS,
        ReportSection.checkedText(ReportSectionKind.KEY_TASKS, "<p>一是<strong>规划</strong></p><script>x()</script>"),
        "leader1", nine);
    s.write(ReportSection.checkedText(ReportSectionKind.KEY_TASKS, "<ul><li>二是项目</li></ul>"), "finance",
        nine.plusHours(1));
    assertThat(s.revisions()).extracting(ReportSectionRevision::number, ReportSectionRevision::editedBy,
            ReportSectionRevision::characters)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "leader1", 4),
            org.assertj.core.groups.Tuple.tuple(2, "finance", 4));
    assertThat(s.revision(1).content()).isEqualTo("<p>一是<strong>规划</strong></p>");
    assertThat(s.content()).isEqualTo("<ul><li>二是项目</li></ul>");
    assertThat(s.markup()).isEqualTo(Markup.HTML);
    assertThat(s.updatedBy()).isEqualTo("finance");

    s.restore(s.revision(1), "leader1", nine.plusHours(2));
    assertThat(s.revisions()).hasSize(3);
    assertThat(s.text().plainText()).isEqualTo("一是规划");
    assertThatThrownBy(() -> s.revision(9)).isInstanceOfSatisfying(BusinessException.class,
        e -> assertThat(e.messageKey()).isEqualTo("report.revision.unknown"));
  }

  @Test
  void aStaleSave_isRefused_namingTheLastEditor() {
    ReportSection s = new ReportSection(year, ReportSectionKind.PERFORMANCE_MANAGEMENT,
        ReportSection.checkedText(ReportSectionKind.PERFORMANCE_MANAGEMENT, "<p>绩效管理</p>"), "leader2", nine);
    assertThatThrownBy(() -> s.requireVersion(7)).isInstanceOfSatisfying(BusinessException.class, e -> {
      assertThat(e.messageKey()).isEqualTo("concurrency.changed");
      assertThat(e.arguments()).containsExactly("leader2", "2024-03-01 09:00");
    });
  }
}
