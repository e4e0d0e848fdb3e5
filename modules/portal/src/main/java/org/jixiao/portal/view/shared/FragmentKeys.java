package org.jixiao.portal.view.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.jixiao.domain.audit.AuditTrail;
import org.jixiao.domain.audit.ResultCache;
import org.jixiao.portal.security.CurrentUser;
import org.jixiao.portal.view.shared.RenderedFragments.Fragment;

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

  private final Map<String, Fragment> served = new HashMap<>();
  private String version;
  private boolean begun;
  private Boolean kept;

  /**
   * Reads the data version before the page loads its data (a view action ahead of the page's own), so that a
   * fragment rendered from data loaded before a change is never kept under the version after it.
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
   * Whether the page serves its region as rendered before under this key ({@link KeptRegion}) instead of building
   * it: a first request, the data unchanged since the page began, the region kept. Asked when the view is built;
   * the fragment is held for the rest of the request, so it cannot fall out of the store before it is written.
   */
  public boolean serves(String region, String key) {
    if (!isKept()) {
      return false;
    }
    Fragment fragment = RenderedFragments.of(FacesContext.getCurrentInstance()).fragment(region, key);
    if (fragment == null) {
      return false;
    }
    served.put(region, fragment);
    return true;
  }

  /** The fragment {@link #serves} found for the region. */
  public Fragment served(String region) {
    return served.get(region);
  }

  /** The key's common part; null when nothing may be kept. */
  public String getScope() {
    begin();
    return version == null ? null
        : version + "|" + new TreeSet<>(currentUser.getRoles()) + "|" + currentUser.getDivisionCode() + "|"
            + FacesMessages.userLocale() + "|" + AuditTrail.today();
  }
}
