package org.jixiao.portal.view.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.domain.indicators.IndicatorProposal;
import org.jixiao.indicators.api.IndicatorView;
import org.jixiao.portal.view.shared.FacesMessages;

/**
 * The proposal note of an indicator proposed at the opening of its year (指标建议说明), worded in the user's
 * language: the source year, last year's target and actual, how the target was proposed; the linked measures.
 */
@Named("proposals")
@ApplicationScoped
public class ProposalNotes {

  /** "据 2023 年同编码指标建议：上年目标 100 场，实际完成 213 场；目标取上年实际完成值。", or empty. */
  public String summary(IndicatorView i) {
    IndicatorProposal p = i.proposal();
    if (p == null) {
      return "";
    }
    String unit = i.unit() == null ? "" : " " + i.unit();
    return MessageTexts.format(FacesMessages.userLocale(), "indicator.proposal.summary", p.sourceYear(),
        plain(p.lastTarget(), i.targetText()) + unit, p.lastActual() == null ? "—" : plain(p.lastActual(), "") + unit,
        "ProposalBasis." + p.basis().name());
  }

  /** The row's line: "2023 年建议：目标取上年实际完成值；关联改进措施 1 条". */
  public String brief(IndicatorView i) {
    IndicatorProposal p = i.proposal();
    if (p == null) {
      return "";
    }
    return p.measures().isEmpty()
        ? MessageTexts.format(FacesMessages.userLocale(), "indicator.proposal.briefNoMeasures", p.sourceYear(),
            "ProposalBasis." + p.basis().name())
        : MessageTexts.format(FacesMessages.userLocale(), "indicator.proposal.brief", p.sourceYear(),
            "ProposalBasis." + p.basis().name(), p.measures().size());
  }

  public List<String> measures(IndicatorView i) {
    return i.proposal() == null ? List.of() : i.proposal().measures();
  }

  private static String plain(BigDecimal value, String otherwise) {
    return value == null ? String.valueOf(otherwise) : value.stripTrailingZeros().toPlainString();
  }
}
