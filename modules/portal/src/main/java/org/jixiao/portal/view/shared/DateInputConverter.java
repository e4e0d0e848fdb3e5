package org.jixiao.portal.view.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.jixiao.domain.i18n.MessageTexts;

/**
 * Dates typed as yyyy-MM-dd, strictly: "2023-02-30" is refused with a message instead of being quietly read as
 * the 28th, as the date picker's own lenient conversion did.
 */
@FacesConverter("jixiao.date")
public class DateInputConverter implements Converter<LocalDate> {

  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    return parse(value);
  }

  /** The date, or null when blank; a {@link ConverterException} with the message when it is not one. */
  public static LocalDate parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip(), STRICT);
    } catch (DateTimeParseException e) {
      String text = MessageTexts.format(FacesMessages.userLocale(), "validation.date");
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return value == null ? "" : value.format(STRICT);
  }
}
