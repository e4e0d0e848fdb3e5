package org.jixiao.portal.view.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import org.jixiao.domain.money.Money;
import org.jixiao.portal.i18n.MessageTexts;

/**
 * Amounts typed by people: "1,234.5" or "1234.50" 万元. More than two decimals, letters or absurd sizes are
 * refused with a message rather than rounded, so what is saved is what was meant.
 */
@FacesConverter("jixiao.money")
public class MoneyInputConverter implements Converter<Money> {

  private static final int MAX_LENGTH = 20;

  @Override
  public Money getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String plain = value.strip().replace(",", "").replace("，", "");
    try {
      if (plain.length() > MAX_LENGTH) {
        throw new NumberFormatException();
      }
      BigDecimal amount = new BigDecimal(plain);
      if (amount.stripTrailingZeros().scale() > Money.SCALE) {
        throw refused(context, "validation.money.decimals", value);
      }
      return Money.of(amount);
    } catch (NumberFormatException e) {
      throw refused(context, "validation.money.format", value);
    } catch (IllegalArgumentException e) {
      throw refused(context, "validation.money.range", value);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Money value) {
    return value == null ? "" : value.toString();
  }

  private static ConverterException refused(FacesContext context, String key, String value) {
    String text = MessageTexts.format(FacesMessages.userLocale(), key, value);
    return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }
}
