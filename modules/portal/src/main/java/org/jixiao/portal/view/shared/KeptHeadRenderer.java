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

  /** A rendered head and the resources it marked as rendered, which a kept head marks again. */
  private record Head(String html, List<String[]> rendered) {}

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
      List<String[]> rendered = new ArrayList<>();
      for (UIComponent resource : faces.getViewRoot().getComponentResources(faces, "head")) {
        String[] nameAndLibrary = nameAndLibrary(resource);
        if (nameAndLibrary != null && resources.isResourceRendered(faces, nameAndLibrary[0], nameAndLibrary[1])) {
          rendered.add(nameAndLibrary);
        }
      }
      kept = new Head(html.toString(), List.copyOf(rendered));
      synchronized (HEADS) {
        HEADS.put(key, kept);
      }
    } else {
      for (String[] nameAndLibrary : kept.rendered()) {
        resources.markResourceRendered(faces, nameAndLibrary[0], nameAndLibrary[1]);
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
    for (UIComponent resource : faces.getViewRoot().getComponentResources(faces, "head")) {
      String[] nameAndLibrary = nameAndLibrary(resource);
      if (nameAndLibrary == null || resource.getChildCount() > 0) {
        return null; // an inline script or style: its content is not in the key
      }
      key.append('|').append(resource.getRendererType()).append(':').append(nameAndLibrary[1]).append(':')
          .append(nameAndLibrary[0]);
    }
    return key.toString();
  }

  private static String[] nameAndLibrary(UIComponent resource) {
    Object name = resource.getAttributes().get("name");
    Object library = resource.getAttributes().get("library");
    return name == null ? null : new String[] {name.toString(), library == null ? null : library.toString()};
  }
}
