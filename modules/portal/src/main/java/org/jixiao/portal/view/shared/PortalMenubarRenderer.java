package org.jixiao.portal.view.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.component.menu.AbstractMenu;
import org.primefaces.component.menubar.MenubarRenderer;
import org.primefaces.model.menu.MenuElement;
import org.primefaces.model.menu.Submenu;

/**
 * PrimeFaces' menu bar, rendering a menu built as a model ({@link MainMenu}) as it renders one of tags: the items'
 * ids are written (pages, tests and assistive tools find "menuAudit" by id), and a submenu of the bar shows the
 * downward arrow (PrimeFaces tells a model's submenu on the bar from a nested one by ids it generates itself).
 */
public class PortalMenubarRenderer extends MenubarRenderer {

  @Override
  protected boolean shouldRenderId(MenuElement element) {
    return element instanceof UIComponent ? super.shouldRenderId(element) : element.getId() != null;
  }

  @Override
  protected void encodeSubmenuIcon(FacesContext faces, Submenu submenu, boolean rightToLeft, boolean nested)
      throws IOException {
    UIComponent bar = UIComponent.getCurrentComponent(faces);
    boolean onTheBar = bar instanceof AbstractMenu menu && menu.getElements().contains(submenu);
    if (submenu instanceof UIComponent || !onTheBar) {
      super.encodeSubmenuIcon(faces, submenu, rightToLeft, nested);
      return;
    }
    ResponseWriter writer = faces.getResponseWriter();
    writer.startElement("span", null);
    writer.writeAttribute("class", "ui-icon ui-icon-triangle-1-s", null);
    writer.writeAttribute("aria-hidden", "true", null);
    writer.endElement("span");
  }
}
