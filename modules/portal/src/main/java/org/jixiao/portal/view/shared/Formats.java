package org.jixiao.portal.view.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.money.Rate;

/** How pages print money and rates: {@code 494,926.80} 万元, {@code 95.03%}; a missing rate is a dash. */
@Named("fmt")
@ApplicationScoped
public class Formats {

  public String money(Money amount) {
    if (amount == null) {
      return "";
    }
    // DecimalFormat is not thread-safe: one per call; BigDecimal in, so no floating point on the way
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(amount.amount());
  }

  public String rate(Rate rate) {
    return rate == null ? "—" : rate.toString();
  }
}
