package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.indicators.Indicator.ActualEntry;
import org.jixiao.domain.indicators.IndicatorKind;
import org.jixiao.domain.indicators.IndicatorSubcategory;
import org.jixiao.domain.indicators.ScoringSettings;
import org.jixiao.domain.indicators.TraceStep;
import org.jixiao.domain.indicators.WorkflowStatus;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;
import org.jixiao.indicators.api.IndicatorDraft;
import org.jixiao.indicators.api.IndicatorTree;
import org.jixiao.indicators.api.IndicatorView;
import org.jixiao.indicators.api.Indicators;
import org.jixiao.indicators.api.ScoreSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The indicators service on the seeded 2023 year, in the container: the report's scores and named indicators
 * with their traces, scoping, the workflow and its refusals. Changes run in transactions rolled back.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorServicesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ServicesDeployment.of("indicator-it", IndicatorServicesIT.class);
  }

  @Inject private Indicators indicators;
  @Resource private UserTransaction transaction;

  private static Caller as(Role role, String division) {
    return new Caller("UNAUTHENTICATED", EnumSet.of(role), division);
  }

  private static final Caller LEADER = as(Role.LEADERSHIP, "office");
  private static final Caller INDUSTRY = as(Role.DIVISION_HEAD, "industry");

  private Map<String, IndicatorView> byCode() {
    return indicators.tree(LEADER, 2023).indicators().stream()
        .collect(Collectors.toMap(IndicatorView::code, i -> i));
  }

  @Test
  void seededScores_areTheReports_935_806_1945() {
    ScoreSummary scores = indicators.scores(LEADER, 2023);
    assertThat(scores.output().score()).isEqualByComparingTo("9.35");
    assertThat(scores.output().points()).isEqualByComparingTo("10");
    assertThat(scores.benefit().score()).isEqualByComparingTo("8.06");
    assertThat(scores.specialFunds().score()).isEqualByComparingTo("19.45");
    assertThat(scores.specialFunds().funds()).hasSize(8);
    assertThat(scores.specialFunds().funds().get(0).scorePercent()).isEqualByComparingTo("96.58");
    assertThat(scores.weightProblems()).isEmpty();
    assertThat(scores.output().trace()).extracting(TraceStep::key).containsExactly("score.trace.category");
  }

  @Test
  void namedIndicators_haveTheReportsCompletionRates_andTraces() {
    Map<String, IndicatorView> all = byCode();
    Map<String, String> rates = Map.of("O01", "213.00", "O02", "250.00", "B01", "157.14", "B02", "186.67",
        "B03", "185.50", "B04", "80.00", "B05", "96.40");
    rates.forEach((code, rate) ->
        assertThat(all.get(code).score().completion().percent()).as(code).isEqualByComparingTo(rate));
    assertThat(all.get("O01").name()).isEqualTo("组织、指导、支持举办工信产业招商引资活动数量");
    assertThat(all.get("O01").score().trace().get(1))
        .isEqualTo(TraceStep.of("score.trace.overshoot", "213", "150", "0.60", "50", "0.30"));
    assertThat(all.get("B04").score().trace().get(1))
        .isEqualTo(TraceStep.of("score.trace.proportional", "1.00", "80", "0.80"));
    IndicatorView energy = all.get("B06");
    assertThat(energy.targetText()).isEqualTo("较去年同期下降");
    assertThat(energy.score().wrongDirection()).isTrue();
    assertThat(energy.score().score()).isEqualByComparingTo("0");
    assertThat(energy.score().trace()).extracting(TraceStep::key).containsExactly("score.trace.direction.wrong");
    assertThat(energy.deviationReason()).contains("发电用能较多");
  }

  @Test
  void divisionHead_seesOnlyTheirIndicators_andCannotTouchAnothers() {
    IndicatorTree tree = indicators.tree(INDUSTRY, 2023);
    assertThat(tree.allDivisions()).isFalse();
    assertThat(tree.indicators()).isNotEmpty().allSatisfy(i -> assertThat(i.divisionCode()).isEqualTo("industry"));
    assertThatThrownBy(() -> indicators.submitActual(INDUSTRY, 2023, "B04"))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("indicator.access.otherDivision"));
    assertThatThrownBy(() -> indicators.reviewTarget(INDUSTRY, 2023, "O02", true, null))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("indicator.access.leadershipOnly"));
    assertThatThrownBy(() -> indicators.create(LEADER, 2023, draft("X1", "90", "5")))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("indicator.access.divisionHeadOnly"));
  }

  @Test
  void approvedIndicators_areLocked() {
    IndicatorView o02 = byCode().get("O02");
    assertThatThrownBy(() -> indicators.define(INDUSTRY, 2023, "O02", draft("O02", "300", "0.70"), o02.version()))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("indicator.workflow.notEditable"));
  }

  @Test
  void workflow_draftSubmitReturnFixApprove_thenActualNeedsAReason() {
    // refusals roll back their transaction, so this path commits step by step: a satisfaction indicator of its
    // own, which the framework's items do not count
    String code = indicators.create(INDUSTRY, 2023, draft("T1-" + System.nanoTime() % 100000, "90", "5"));
    {
      indicators.submitTarget(INDUSTRY, 2023, code);
      assertThat(indicators.reviewQueue(LEADER, 2023)).anySatisfy(r -> assertThat(r.indicator().code()).isEqualTo(code));
      assertThatThrownBy(() -> indicators.reviewTarget(LEADER, 2023, code, false, " "))
          .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("validation.required"));
      indicators.reviewTarget(LEADER, 2023, code, false, "目标偏低");
      IndicatorView returned = byCode().get(code);
      assertThat(returned.targetStatus()).isEqualTo(WorkflowStatus.RETURNED);
      indicators.define(INDUSTRY, 2023, code, draft(code, "92", "5"), returned.version());
      indicators.submitTarget(INDUSTRY, 2023, code);
      indicators.reviewTarget(LEADER, 2023, code, true, null);
      IndicatorView approved = byCode().get(code);
      indicators.enterActual(INDUSTRY, 2023, code, new ActualEntry(new BigDecimal("85"), null, null, null, null, null),
          approved.version());
      assertThatThrownBy(() -> indicators.submitActual(INDUSTRY, 2023, code))
          .isInstanceOfSatisfying(BusinessException.class,
              e -> assertThat(e.messageKey()).isEqualTo("indicator.actual.reasonRequired"));
      IndicatorView entered = byCode().get(code);
      assertThat(entered.score().score()).isEqualByComparingTo("4.62");
      indicators.enterActual(INDUSTRY, 2023, code, new ActualEntry(new BigDecimal("85"), null, null, null,
          "宣讲覆盖不足", "增加宣讲场次"), entered.version());
      indicators.submitActual(INDUSTRY, 2023, code);
      indicators.reviewActual(LEADER, 2023, code, true, "同意");
      assertThat(byCode().get(code).actualStatus()).isEqualTo(WorkflowStatus.APPROVED);
      assertThat(indicators.scores(LEADER, 2023).output().score()).isEqualByComparingTo("9.35");
    }
  }

  @Test
  void badInput_isRefusedWithItsMessage() {
    Map<String, IndicatorDraft> attempts = new java.util.LinkedHashMap<>();
    attempts.put("indicator.target.zero", draft("T2", "0", "5"));
    attempts.put("indicator.weight.range", draft("T3", "90", "101"));
    attempts.put("indicator.duplicateCode", draft("O02", "90", "5"));
    attempts.put("validation.tooLong", new IndicatorDraft("T4", "长".repeat(201), null,
        IndicatorSubcategory.SERVICE_SATISFACTION, null, "%", IndicatorKind.AT_LEAST, new BigDecimal("90"), null,
        new BigDecimal("5"), null));
    attempts.put("indicator.targetText.required", new IndicatorDraft("T5", "能耗", null, IndicatorSubcategory.ECOLOGICAL,
        null, "%", IndicatorKind.DECREASE, null, null, new BigDecimal("1"), null));
    attempts.forEach((key, draft) ->
        assertThatThrownBy(() -> indicators.create(INDUSTRY, 2023, draft)).as(key)
            .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(key)));
    assertThat(byCode()).doesNotContainKeys("T2", "T3", "T4", "T5");
  }

  @Test
  void rules_areVersioned_adminOnly_andTheScoresFollowThem() throws Exception {
    Caller admin = as(Role.ADMIN, "office");
    assertThatThrownBy(() -> indicators.changeRules(INDUSTRY, 2023, ScoringSettings.GUANGZHOU_DEFAULTS))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("scoring.rule.adminOnly"));
    int before = indicators.rules(admin, 2023).get(0).version();
    transaction.begin();
    try {
      // threshold 200%: only the two output indicators above 200% are still halved
      indicators.changeRules(admin, 2023, new ScoringSettings(new BigDecimal("200"), new BigDecimal("0.5"), 2,
          BigDecimal.TEN, BigDecimal.TEN, new BigDecimal("20")));
      assertThat(indicators.rules(admin, 2023).get(0).version()).isEqualTo(before + 1);
      ScoreSummary scores = indicators.scores(LEADER, 2023);
      assertThat(scores.ruleVersion()).isEqualTo(before + 1);
      assertThat(scores.output().score()).isEqualByComparingTo("9.35");
      assertThat(scores.benefit().score()).isEqualByComparingTo("8.96");
    } finally {
      transaction.rollback();
    }
    assertThat(indicators.scores(LEADER, 2023).benefit().score()).isEqualByComparingTo("8.06");
  }

  @Test
  void history_keepsWhoWhenAndOldAndNewValues() {
    String code = indicators.create(INDUSTRY, 2023, draft("H-" + System.nanoTime() % 100000, "90", "5"));
    IndicatorView created = byCode().get(code);
    indicators.define(INDUSTRY, 2023, code, draft(code, "95", "5"), created.version());
    assertThat(indicators.history(LEADER, 2023, code))
        .extracting(h -> h.detail())
        .anySatisfy(d -> assertThat(d).contains("90%").contains("→").contains("95%"));
    assertThatThrownBy(() -> indicators.history(as(Role.DIVISION_HEAD, "info"), 2023, code))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("indicator.access.otherDivision"));
  }

  @Test
  void evidence_typesCheckedByContent_linksOnlyHttp_readScoped() {
    byte[] pdf = "%PDF-1.4 minimal".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> indicators.addEvidenceFile(INDUSTRY, 2023, "O02", "伪装文件", "report.pdf",
            "MZ not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("indicator.evidence.type"));
    // a Windows program renamed .pdf (its "MZ" header), and a PDF of 10 MB and one byte
    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    assertThatThrownBy(() -> indicators.addEvidenceFile(INDUSTRY, 2023, "O02", "程序", "setup.exe.pdf", exe))
        .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("indicator.evidence.type"));
    assertThatThrownBy(() -> indicators.addEvidenceFile(INDUSTRY, 2023, "O02", "程序", "setup.exe", exe))
        .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("indicator.evidence.type"));
    byte[] large = java.util.Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1);
    assertThatThrownBy(() -> indicators.addEvidenceFile(INDUSTRY, 2023, "O02", "大文件", "large.pdf", large))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("indicator.evidence.tooLarge"));
    assertThat(indicators.evidence(LEADER, 2023, "O02")).extracting(ev -> ev.title())
        .doesNotContain("程序", "大文件");
    assertThatThrownBy(() -> indicators.addEvidenceFile(INDUSTRY, 2023, "O02", "脚本", "x.html", pdf))
        .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("indicator.evidence.type"));
    assertThatThrownBy(() -> indicators.addEvidenceLink(INDUSTRY, 2023, "O02", "链接", "javascript:alert(1)"))
        .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("validation.webLink"));
    assertThatThrownBy(() -> indicators.addEvidenceFile(INDUSTRY, 2023, "B04", "他处", "a.pdf", pdf))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("indicator.access.otherDivision"));
    indicators.addEvidenceFile(INDUSTRY, 2023, "O02", "证书统计表", "../../etc/统计.pdf", pdf);
    var evidence = indicators.evidence(LEADER, 2023, "O02");
    var stored = evidence.get(evidence.size() - 1);
    assertThat(stored.fileName()).isEqualTo(".._.._etc_统计.pdf");
    assertThat(indicators.evidenceFile(LEADER, 2023, "O02", stored.id()).content()).isEqualTo(pdf);
    assertThatThrownBy(() -> indicators.evidenceFile(as(Role.DIVISION_HEAD, "info"), 2023, "O02", stored.id()))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("indicator.access.otherDivision"));
  }

  private static IndicatorDraft draft(String code, String target, String weight) {
    return new IndicatorDraft(code, "政策宣讲企业满意度", 6, IndicatorSubcategory.SERVICE_SATISFACTION, null, "%",
        IndicatorKind.AT_LEAST, new BigDecimal(target), null, new BigDecimal(weight), null);
  }
}
