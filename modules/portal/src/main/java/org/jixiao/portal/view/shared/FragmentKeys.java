package org.jixiao.portal.view.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.TreeSet;
import org.jixiao.domain.audit.ResultCache;
import org.jixiao.portal.security.CurrentUser;

/**
 * Keys of the pages' rendered tables kept by {@code p:cache} ({@link RenderedFragments}): a fragment is reused only
 * for the same data version ({@link ResultCache#version}), the same scope of user (roles and division: what the
 * services let them see), the same language and day; the page adds what it shows (year, filters). Nothing is kept
 * from a postback (the Ajax filters render afresh) or while a change is settling.
 */
@Named
@RequestScoped
public class FragmentKeys {

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Inject private CurrentUser currentUser;

  private String scope;
  private boolean looked;

  /** Whether this request may use and keep rendered fragments. */
  public boolean isKept() {
    return !FacesContext.getCurrentInstance().isPostback() && getScope() != null;
  }

  /** The key's common part; null when nothing may be kept. */
  public String getScope() {
    if (!looked) {
      looked = true;
      String version = ResultCache.version(em);
      scope = version == null ? null
          : version + "|" + new TreeSet<>(currentUser.getRoles()) + "|" + currentUser.getDivisionCode() + "|"
              + FacesMessages.userLocale() + "|" + ResultCache.today();
    }
    return scope;
  }
}
