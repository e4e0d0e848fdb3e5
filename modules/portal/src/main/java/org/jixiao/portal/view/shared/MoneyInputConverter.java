package org.jixiao.portal.view.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.money.Money;
import org.jixiao.domain.i18n.MessageTexts;

/**
 * Amounts typed by people: "1,234.5" or "1234.50" 万元. More than two decimals, letters or absurd sizes are
 * refused with a message rather than rounded, so what is saved is what was meant.
 */
@FacesConverter("jixiao.money")
public class MoneyInputConverter implements Converter<Money> {

  @Override
  public Money getAsObject(FacesContext context, UIComponent component, String value) {
    try {
      return Money.fromInput(value);
    } catch (BusinessException e) {
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, MessageTexts.of(e, FacesMessages.userLocale()), null));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Money value) {
    return value == null ? "" : value.toString();
  }

}
