package org.jixiao.portal.view.shared;

import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.util.Map;
import org.jixiao.domain.i18n.MessageTexts;

/**
 * What a read-only page shows, read from its address ({@code ?year=2023&division=…}): the page is then a plain GET,
 * bookmarkable, with no view state and no view-scoped bean, and its filters are links and a GET form. A value that
 * cannot be read gets the page's message in the user's language and makes the query invalid: the page then shows
 * no data rather than data the user did not ask for (as a failed view parameter did).
 */
public final class PageQuery {

  private static final int SHOWN = 40;

  private final Map<String, String> parameters;
  private boolean valid = true;

  private PageQuery(Map<String, String> parameters) {
    this.parameters = parameters;
  }

  /** The current request's parameters. */
  public static PageQuery ofRequest() {
    return new PageQuery(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
  }

  /** The year, or null when not given (the page then shows the current year). */
  public Integer year() {
    String value = given("year");
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return refuse("validation.year");
    }
  }

  /** A date written yyyy-MM-dd, strictly (no 2023-02-30), or null when not given. */
  public LocalDate date(String name) {
    String value = given(name);
    if (value == null) {
      return null;
    }
    try {
      return DateInputConverter.parse(value);
    } catch (jakarta.faces.convert.ConverterException e) {
      return refuse("validation.date");
    }
  }

  /** A whole number, or null when not given; the label's key names the filter in the message. */
  public Integer number(String name, String labelKey) {
    String value = given(name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return refuse("validation.filter", label(labelKey), shown(value));
    }
  }

  /** One of an enum's constants by name, or null when not given. */
  public <E extends Enum<E>> E choice(String name, Class<E> type, String labelKey) {
    String value = given(name);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return refuse("validation.filter", label(labelKey), shown(value));
    }
  }

  /** A code (letters, digits, '-', '_', at most 32), or null when not given; an unknown code simply matches nothing. */
  public String code(String name, String labelKey) {
    String value = given(name);
    if (value == null) {
      return null;
    }
    return value.matches("[\\p{L}\\p{N}_-]{1,32}") ? value : refuse("validation.filter", label(labelKey), shown(value));
  }

  /** Whether every given value could be read. */
  public boolean isValid() {
    return valid;
  }

  private String given(String name) {
    String value = parameters.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private <T> T refuse(String key, Object... arguments) {
    valid = false;
    FacesMessages.error(key, arguments);
    return null;
  }

  private static String label(String key) {
    return MessageTexts.format(FacesMessages.userLocale(), key);
  }

  /** A value from an address as a message shows it: "—" when empty, cut after 40 characters. */
  public static String shown(String value) {
    if (value == null || value.isEmpty()) {
      return "—";
    }
    return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
  }
}
