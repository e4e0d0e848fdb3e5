package org.jixiao.portal.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jixiao.domain.i18n.MessageTexts;

/** A service refused the caller's identity or role: 403, never a 500 with a stack trace. */
@Provider
public class AccessRefusedMapper implements ExceptionMapper<EJBAccessException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(EJBAccessException e) {
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new BusinessExceptionMapper.ApiError("access.denied",
            MessageTexts.format(BusinessExceptionMapper.localeOf(headers), "access.denied")))
        .build();
  }
}
