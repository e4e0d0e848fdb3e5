package org.jixiao.portal.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.failure.Failures;
import org.jixiao.domain.i18n.MessageTexts;

/**
 * Whatever no other mapper answers still gets a JSON {@code {error, message}} in the caller's language, never a
 * stack trace: a malformed request keeps its 4xx status (400 for a body that is not the expected JSON), the
 * database away answers 503, anything else 500 with the failure logged on the server.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Throwable failure) {
    Locale locale = BusinessExceptionMapper.localeOf(headers);
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BusinessException refusal) { // a rule broken below a wrapper (e.g. while reading the body)
        return json(BusinessExceptionMapper.statusOf(refusal.messageKey()), refusal.messageKey(),
            MessageTexts.of(refusal, locale));
      }
    }
    if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      String key = switch (status) {
        case 401 -> "api.error.unauthorized";
        case 403 -> "access.denied";
        case 404 -> "api.error.notFound";
        case 405 -> "api.error.method";
        case 406, 415 -> "api.error.mediaType";
        case 413 -> "api.error.tooLarge";
        default -> "api.error.badRequest";
      };
      String text = key.equals("api.error.badRequest")
          ? MessageTexts.format(locale, key, MessageTexts.format(locale, "api.error.badBody"))
          : MessageTexts.format(locale, key);
      return json(status, key, text);
    }
    if (unreadableBody(failure)) {
      return json(400, "api.error.badRequest", MessageTexts.format(locale, "api.error.badRequest",
          MessageTexts.format(locale, "api.error.badBody")));
    }
    if (Failures.databaseUnavailable(failure)) {
      LOG.warning("the database is unavailable: " + failure);
      return json(503, "database.unavailable", MessageTexts.format(locale, "database.unavailable"));
    }
    LOG.log(Level.SEVERE, "unexpected failure of an API request", failure);
    return json(500, "api.error.internal", MessageTexts.format(locale, "error.500.text"));
  }

  /** The body could not be read as the expected JSON: a wrong type, a malformed number or date, broken JSON. */
  private static boolean unreadableBody(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
      if (t instanceof jakarta.ws.rs.ProcessingException || t instanceof jakarta.json.bind.JsonbException
          || t instanceof jakarta.json.JsonException
          || t instanceof jakarta.json.stream.JsonParsingException) {
        return true;
      }
    }
    return false;
  }

  private static Response json(int status, String key, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new BusinessExceptionMapper.ApiError(key, message))
        .build();
  }
}
