package org.jixiao.portal.view.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.TreeSet;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.audit.ResultCache;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.shared.RenderedFragments.Fragment;

/**
 * Keys of the pages' rendered tables kept by {@code p:cache} ({@link RenderedFragments}): a fragment is reused only
 * for the same data version ({@link ResultCache#version}), the same scope of user (roles and division: what the
 * services let them see), the same language and day; the page adds what it shows (year, filters). Nothing is kept
 * from a postback (a page's Ajax renders afresh) or while a change is settling.
 */
@Named
@RequestScoped
public class FragmentKeys {

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Inject private CurrentUser currentUser;

  private String version;
  private boolean begun;
  private Boolean kept;
  private String scope;

  /**
   * Reads the data version before the page loads its data (first thing when a page bean reads its address, or when
   * the scope is first asked for), so that a fragment rendered from data loaded before a change is never kept under
   * the version after it.
   */
  public void begin() {
    if (!begun) {
      begun = true;
      version = currentVersion();
    }
  }

  private String currentVersion() {
    try {
      return ResultCache.version(em);
    } catch (PersistenceException unreadable) {
      return null; // the database is away (the error pages use the template too): nothing is kept
    }
  }

  /** Whether this request may use and keep rendered fragments: a first request, the data unchanged meanwhile. */
  public boolean isKept() {
    if (kept == null) {
      kept = !FacesContext.getCurrentInstance().isPostback() && getScope() != null
          && version.equals(currentVersion());
    }
    return kept;
  }

  /**
   * The region as rendered before under this key, when the page may serve it ({@link KeptRegionHandler}) instead of
   * building it: a first request, the data unchanged since the page began, the region kept; null otherwise.
   */
  public Fragment keptFragment(String region, String key) {
    return isKept() ? RenderedFragments.of(FacesContext.getCurrentInstance()).fragment(region, key) : null;
  }

  /**
   * Whether {@link #keptFragment} has the region: the page bean then need not load the region's data (a bean that
   * loads it otherwise does so before the page renders, so that a refusal's message shows at the top).
   */
  public boolean serves(String region, String key) {
    return keptFragment(region, key) != null;
  }

  /** The key's common part; null when nothing may be kept. */
  public String getScope() {
    begin();
    if (scope == null && version != null) { // asked by every kept region and key of the page: made once
      scope = version + "|" + new TreeSet<>(currentUser.getRoles()) + "|" + currentUser.getDivisionCode() + "|"
          + FacesMessages.userLocale() + "|" + AuditTrail.today();
    }
    return scope;
  }
}
