package org.jixiao.portal.view.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import org.jixiao.domain.failure.Failures;

/** What the error page can say about the failure: the database away is told as such, never as a stack trace. */
@Named
@RequestScoped
public class ErrorPage {

  public boolean isDatabaseUnavailable() {
    Object failure = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
        .get(RequestDispatcher.ERROR_EXCEPTION);
    return failure instanceof Throwable t && Failures.databaseUnavailable(t);
  }
}
