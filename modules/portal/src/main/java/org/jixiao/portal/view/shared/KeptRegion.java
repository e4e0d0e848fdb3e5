package org.jixiao.portal.view.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIOutput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Objects;
import org.jixiao.portal.view.shared.RenderedFragments.Fragment;
import org.jixiao.portal.view.shared.RenderedFragments.PageResource;

/**
 * A page region served as it was rendered before for the same key ({@link KeptRegionHandler}): its HTML written as
 * kept and its scripts and styles added to the page, without building the region's components, which is most of
 * what a page costs.
 */
public class KeptRegion extends UIComponentBase {

  private final Fragment fragment;

  KeptRegion(Fragment fragment) {
    this.fragment = Objects.requireNonNull(fragment, "the kept fragment");
    setTransient(true); // nothing to restore: a postback builds the real components instead
  }

  @Override
  public String getFamily() {
    return "org.jixiao.portal";
  }

  /** Adds the fragment's scripts and styles the page does not have yet, where its components had put them. */
  void addResourcesTo(FacesContext faces) {
    UIViewRoot view = faces.getViewRoot();
    for (PageResource resource : fragment.resources()) {
      boolean present = view.getComponentResources(faces, resource.target()).stream()
          .anyMatch(existing -> resource.name().equals(existing.getAttributes().get("name"))
              && Objects.equals(resource.library(), existing.getAttributes().get("library")));
      if (!present) {
        UIComponent output = new UIOutput();
        output.setRendererType(resource.rendererType());
        output.getAttributes().put("name", resource.name());
        if (resource.library() != null) {
          output.getAttributes().put("library", resource.library());
        }
        output.setTransient(true);
        view.addComponentResource(faces, output, resource.target());
      }
    }
  }

  @Override
  public void encodeEnd(FacesContext faces) throws IOException {
    faces.getResponseWriter().write(fragment.html());
  }
}
