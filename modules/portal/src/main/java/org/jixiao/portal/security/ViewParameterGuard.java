package org.jixiao.portal.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jixiao.domain.audit.AuditAction;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.portal.view.shared.FacesMessages;
import org.jixiao.portal.view.shared.PageQuery;

/**
 * A postback may not change the parameters its page was opened with (the year, a record's code): the page's
 * record was checked when it was opened, so a post that names another one — crafted, or from a page left open
 * in an old tab — is refused before anything of it is applied. The user sees why, and the trail has the attempt.
 */
public class ViewParameterGuard implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {}

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isPostback() || faces.getViewRoot() == null || faces.getResponseComplete()) {
      return;
    }
    Map<String, String> sent = faces.getExternalContext().getRequestParameterMap();
    for (UIViewParameter parameter : ViewMetadata.getViewParameters(faces.getViewRoot())) {
      String value = sent.get(parameter.getName());
      if (value == null) {
        continue;
      }
      String opened = parameter.getStringValue(faces);
      if (!Objects.equals(value, opened == null ? "" : opened)) {
        refuse(faces, parameter.getName(), PageQuery.shown(opened), PageQuery.shown(value));
        return;
      }
    }
  }

  private static void refuse(FacesContext faces, String name, String opened, String sent) {
    String viewId = faces.getViewRoot().getViewId();
    String user = faces.getExternalContext().getRemoteUser();
    CDI.current().select(AuditTrail.class).get().refused(user, AuditAction.UPDATE, "Page", viewId, null,
        viewId + ": " + MessageTexts.format(Locale.SIMPLIFIED_CHINESE, "security.viewParameterChanged", name, opened,
            sent));
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
        MessageTexts.format(FacesMessages.userLocale(), "security.viewParameterChanged", name, opened, sent), null));
    faces.validationFailed();
    faces.renderResponse(); // nothing of the post is decoded, validated or applied
  }
}
