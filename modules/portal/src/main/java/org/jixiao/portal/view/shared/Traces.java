package org.jixiao.portal.view.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.domain.indicators.TraceStep;
import org.jixiao.domain.i18n.MessageTexts;

/** Score traces and other key-and-arguments texts in the user's language, for pages. */
@Named("traces")
@ApplicationScoped
public class Traces {

  public String text(TraceStep step) {
    return step == null ? "" : MessageTexts.format(FacesMessages.userLocale(), step.key(), step.arguments());
  }

  /** The steps of one trace, in order, joined as one sentence. */
  public String all(List<TraceStep> steps) {
    return steps == null ? "" : steps.stream().map(this::text).collect(Collectors.joining("；"));
  }

  /** A message with one argument (e.g. 第 {0} 版), for pages. */
  public String phrase(String key, Object argument) {
    return MessageTexts.format(FacesMessages.userLocale(), key, argument);
  }

  /** A message with three arguments, for pages. */
  public String phrase3(String key, Object first, Object second, Object third) {
    return MessageTexts.format(FacesMessages.userLocale(), key, first, second, third);
  }
}
