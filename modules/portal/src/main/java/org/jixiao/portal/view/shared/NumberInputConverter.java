package org.jixiao.portal.view.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import org.jixiao.domain.i18n.MessageTexts;

/** Indicator values typed by people: plain decimals ("18.55", "1,180"); letters and absurd lengths refused. */
@FacesConverter("jixiao.number")
public class NumberInputConverter implements Converter<BigDecimal> {

  private static final int MAX_LENGTH = 20;

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String plain = value.strip().replace(",", "").replace("，", "");
    try {
      if (plain.length() > MAX_LENGTH) {
        throw new NumberFormatException();
      }
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      String text = MessageTexts.format(FacesMessages.userLocale(), "validation.number.format", value);
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }
}
