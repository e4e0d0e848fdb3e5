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
      return parseYear(value);
    } catch (NumberFormatException e) {
      return refuse("validation.year");
    }
  }

  /** A year as an address gives it: four digits (a page's year; "99999" or "1e9" is no year). */
  public static int parseYear(String value) {
    if (value == null || !value.strip().matches("\\d{4}")) {
      throw new NumberFormatException("not a year of four digits: " + value);
    }
    return Integer.parseInt(value.strip());
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
      return refuseChoice(labelKey, value);
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
      return refuseChoice(labelKey, value);
    }
  }

  /**
   * A code in the given form (e.g. {@code Division.CODE}), or null when not given; whether such a record is among
   * the page's choices is the page's to check ({@link #offers}).
   */
  public String code(String name, java.util.regex.Pattern form, String labelKey) {
    String value = given(name);
    if (value == null) {
      return null;
    }
    return form.matcher(value).matches() ? value : refuseChoice(labelKey, value);
  }

  /**
   * Whether a value read from the address (null: not given) is one of the page's choices, once the page knows them;
   * if not, the message as for any value that is not a choice.
   */
  public boolean offers(String labelKey, String value, java.util.Set<String> choices) {
    if (value == null || choices.contains(value)) {
      return true;
    }
    refuseChoice(labelKey, value);
    return false;
  }

  /** Refuses a value that is not one of the page's choices: the message names the filter and the value as given. */
  private <T> T refuseChoice(String labelKey, String value) {
    return refuse("validation.filter", label(labelKey), new Verbatim(shown(value)));
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

  /** A value shown as given: MessageTexts reads a String like "WorkflowStatus.APPROVED" in the bundle's words. */
  private record Verbatim(String text) {
    @Override
    public String toString() {
      return text;
    }
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
