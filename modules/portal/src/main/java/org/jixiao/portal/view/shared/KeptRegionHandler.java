package org.jixiao.portal.view.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.faces.view.facelets.TagConfig;
import jakarta.faces.view.facelets.TagHandler;
import java.io.IOException;
import java.util.List;
import org.jixiao.portal.view.shared.RenderedFragments.Fragment;
import org.jixiao.portal.view.shared.RenderedFragments.PageResource;

/**
 * {@code <jx:kept region="…" key="…">the region</jx:kept>}: on a first request (GET) whose region was rendered
 * before under the same key ({@link FragmentKeys#keptFragment}), the region's HTML as it was ({@link KeptRegion}) instead
 * of its components; otherwise the components, which render and keep it through the {@code p:cache} inside.
 * Decided anew whenever the view is built (unlike c:choose, whose outcome Faces restores), so that a postback always
 * has the real components. A page puts the region last in its form: Faces numbers the generated ids of a page on
 * through every component tag (an include does not start them afresh), so only then do the ids after the region
 * stay the same whether it was built or kept.
 */
public class KeptRegionHandler extends TagHandler {

  private final TagAttribute region = getRequiredAttribute("region");
  private final TagAttribute key = getRequiredAttribute("key");

  public KeptRegionHandler(TagConfig config) {
    super(config);
  }

  @Override
  public void apply(FaceletContext context, UIComponent parent) throws IOException {
    String name = region.getValue(context);
    FacesContext faces = context.getFacesContext();
    FragmentKeys keys = faces.getApplication().evaluateExpressionGet(faces, "#{fragmentKeys}", FragmentKeys.class);
    Fragment fragment = keys.keptFragment(name, key.getValue(context)); // never on a postback (isKept)
    if (fragment != null) {
      KeptRegion kept = new KeptRegion(fragment);
      parent.getChildren().add(kept);
      kept.addResourcesTo(faces);
    } else if (keys.isKept()) { // the region will be kept: note the resources its components add
      List<PageResource> before = RenderedFragments.resourcesOf(faces);
      nextHandler.apply(context, parent);
      RenderedFragments.noteAddedWhileBuilding(faces, name, before);
    } else {
      nextHandler.apply(context, parent);
    }
  }
}
