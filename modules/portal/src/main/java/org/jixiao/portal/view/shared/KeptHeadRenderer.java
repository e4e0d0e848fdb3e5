package org.jixiao.portal.view.shared;

import jakarta.faces.application.ResourceHandler;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.config.PrimeConfiguration;
import org.primefaces.context.PrimeRequestContext;
import org.jixiao.portal.view.shared.RenderedFragments.PageResource;
import org.primefaces.renderkit.HeadRenderer;

/**
 * PrimeFaces' page head (theme, the scripts and styles the page's components need, PrimeFaces' settings), written
 * once for what it depends on and then as kept: it was a sixth of what a page served from kept regions cost. The
 * key holds all it is made of — the view, its language, the scheme (secure cookies), the head's id and the
 * resources the view asked for by name; a head with facets, inline resources, scripts PrimeFaces was asked to run
 * at once or a content security policy (a nonce per response) is always rendered afresh.
 */
public class KeptHeadRenderer extends HeadRenderer {

  static final int MAX_HEADS = 200;
  private static final String HEAD = "head";

  /** A rendered head and the resources it marked as rendered, which a kept head marks again. */
  private record Head(String html, List<PageResource> rendered) {}

  private static final Map<String, Head> HEADS = new LinkedHashMap<>(MAX_HEADS * 2, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
      return size() > MAX_HEADS;
    }
  };

  @Override
  public void encodeBegin(FacesContext faces, UIComponent head) throws IOException {
    String key = keyOf(faces, head);
    if (key == null) {
      super.encodeBegin(faces, head);
      return;
    }
    Head kept;
    synchronized (HEADS) {
      kept = HEADS.get(key);
    }
    ResourceHandler resources = faces.getApplication().getResourceHandler();
    if (kept == null) {
      ResponseWriter page = faces.getResponseWriter();
      StringWriter html = new StringWriter(4096);
      faces.setResponseWriter(page.cloneWithWriter(html));
      try {
        super.encodeBegin(faces, head);
      } finally {
        faces.setResponseWriter(page);
      }
      List<PageResource> rendered = new ArrayList<>();
      for (UIComponent component : faces.getViewRoot().getComponentResources(faces, HEAD)) {
        PageResource resource = PageResource.of(component, HEAD);
        if (resource != null && resources.isResourceRendered(faces, resource.name(), resource.library())) {
          rendered.add(resource);
        }
      }
      kept = new Head(html.toString(), List.copyOf(rendered));
      synchronized (HEADS) {
        HEADS.put(key, kept);
      }
    } else {
      for (PageResource resource : kept.rendered()) {
        resources.markResourceRendered(faces, resource.name(), resource.library());
      }
    }
    faces.getResponseWriter().write(kept.html());
  }

  /** What the head's opening part is made of, or null when it must be rendered afresh. */
  private static String keyOf(FacesContext faces, UIComponent head) {
    PrimeRequestContext request = PrimeRequestContext.getCurrentInstance(faces);
    PrimeConfiguration config = request.getApplicationContext().getConfig();
    if (config.isCsp() || head.getFacetCount() > 0 || !request.getInitScriptsToExecute().isEmpty()) {
      return null;
    }
    StringBuilder key = new StringBuilder(256)
        .append(faces.getViewRoot().getViewId()).append('|')
        .append(faces.getViewRoot().getLocale()).append('|')
        .append(request.isSecure()).append('|')
        .append(head.getClientId(faces));
    for (UIComponent component : faces.getViewRoot().getComponentResources(faces, HEAD)) {
      PageResource resource = PageResource.of(component, HEAD);
      if (resource == null || component.getChildCount() > 0) {
        return null; // an inline script or style: its content is not in the key
      }
      key.append('|').append(resource.rendererType()).append(':').append(resource.library()).append(':')
          .append(resource.name());
    }
    return key.toString();
  }
}
