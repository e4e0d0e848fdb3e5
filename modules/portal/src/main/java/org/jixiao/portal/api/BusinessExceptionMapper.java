package org.jixiao.portal.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.jixiao.domain.BusinessException;
import org.jixiao.domain.i18n.MessageTexts;

/**
 * A refused API call answers with the rule's key and a message in the caller's language (Accept-Language,
 * Chinese by default): 404 for what does not exist, 403 for what is not the caller's, 409 for a stale
 * version or a name already taken, 503/502 when Keycloak is down or refuses, 422 for anything else that breaks a rule.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Context private HttpHeaders headers;

  /** The JSON body of a refusal. */
  public record ApiError(String error, String message) {}

  @Override
  public Response toResponse(BusinessException e) {
    return Response.status(statusOf(e.messageKey()))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(e.messageKey(), MessageTexts.of(e, localeOf(headers))))
        .build();
  }

  static int statusOf(String key) {
    if (key.endsWith(".unknown") || key.endsWith(".notFound")) {
      return 404;
    }
    if (key.equals("keycloak.unavailable")) {
      return 503;
    }
    if (key.equals("keycloak.forbidden") || key.equals("keycloak.failed")) {
      return 502;
    }
    if (key.endsWith(".exists") || key.endsWith(".taken")) {
      return 409;
    }
    if (key.contains(".access.") || key.equals("caller.noDivision")) {
      return 403;
    }
    return key.startsWith("concurrency.") || key.equals("year.open.exists") ? 409 : 422;
  }

  static Locale localeOf(HttpHeaders headers) {
    if (headers != null) {
      for (Locale locale : headers.getAcceptableLanguages()) {
        if ("en".equals(locale.getLanguage())) {
          return Locale.ENGLISH;
        }
        if ("zh".equals(locale.getLanguage())) {
          break;
        }
      }
    }
    return Locale.SIMPLIFIED_CHINESE;
  }
}
