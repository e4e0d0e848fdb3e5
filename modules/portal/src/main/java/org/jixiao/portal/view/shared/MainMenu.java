package org.jixiao.portal.view.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.jixiao.domain.i18n.MessageTexts;
import org.jixiao.portal.security.CurrentUser;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/**
 * The portal's menu: what the user's roles may use. A model rather than a tag per item, so that a page builds one
 * menu component and not thirty (the menu is on every page); it is made only when the menu is rendered, which the
 * template's {@code p:cache} does once per data version, scope of user and language.
 */
@Named
@RequestScoped
public class MainMenu {

  @Inject private CurrentUser user;

  private MenuModel model;

  /** The menu for this request's user and language (the menu bar asks more than once while rendering). */
  public MenuModel getModel() {
    if (model == null) {
      model = build();
    }
    return model;
  }

  private MenuModel build() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Items items = new Items(faces.getViewRoot().getLocale(), faces.getExternalContext().getRequestContextPath());
    MenuModel model = new DefaultMenuModel();
    boolean head = user.isDivisionHead();
    boolean leadership = user.isLeadership();
    boolean finance = user.isFinance();
    boolean admin = user.isAdmin();
    items.add(model, true, "menuHome", "menu.home", "/index.xhtml", "pi-home");
    items.add(model, head, "menuDivision", "menu.division", "/division/home.xhtml", "pi-briefcase");
    items.add(model, head || leadership || finance, "menuBudget", "menu.budget", "/budget/overview.xhtml", "pi-chart-bar");
    items.add(model, finance, "menuBudgetEntry", "menu.budgetEntry", "/finance/budget.xhtml", "pi-pencil");
    items.add(model, head || leadership || finance, "menuIndicators", "menu.indicators", "/indicators/tree.xhtml",
        "pi-sitemap");
    items.add(model, head, "menuMyIndicators", "menu.myIndicators", "/division/indicators.xhtml", "pi-list");
    items.add(model, leadership, "menuReview", "menu.review", "/leadership/review.xhtml", "pi-check-circle");
    items.add(model, head || leadership, "menuIndicatorSheets", "menu.indicatorSheets", "/indicators/excel.xhtml",
        "pi-file-excel");
    items.add(model, true, "menuProcurement", "menu.procurement", "/procurement/register.xhtml", "pi-shopping-cart");
    items.add(model, leadership || finance || admin, "menuEvaluation", "menu.evaluation", "/evaluation/score.xhtml",
        "pi-chart-pie");
    items.add(model, leadership || finance || admin, "menuReport", "menu.report", "/evaluation/report.xhtml", "pi-file");
    items.add(model, leadership, "menuSheets", "menu.sheets", "/leadership/sheets.xhtml", "pi-users");
    items.add(model, leadership, "menuLeadership", "menu.leadership", "/leadership/home.xhtml", "pi-check-square");
    items.add(model, finance, "menuFinance", "menu.finance", "/finance/home.xhtml", "pi-wallet");
    if (admin) {
      DefaultSubMenu administration = DefaultSubMenu.builder()
          .id("menuAdminGroup").label(items.text("menu.admin")).icon("pi pi-cog").build();
      items.add(administration, "menuAdmin", "menu.adminHome", "/admin/home.xhtml", "pi-cog");
      items.add(administration, "menuRules", "menu.rules", "/admin/rules.xhtml", "pi-sliders-h");
      items.add(administration, "menuFramework", "menu.framework", "/admin/framework.xhtml", "pi-list");
      items.add(administration, "menuYears", "menu.years", "/admin/years.xhtml", "pi-calendar-plus");
      items.add(administration, "menuCalendar", "menu.calendar", "/admin/calendar.xhtml", "pi-calendar");
      items.add(administration, "menuUsers", "menu.users", "/admin/users.xhtml", "pi-users");
      items.add(administration, "menuDivisions", "menu.divisions", "/admin/divisions.xhtml", "pi-sitemap");
      model.getElements().add(administration);
    }
    items.add(model, true, "menuAudit", "menu.audit", "/audit/trail.xhtml", "pi-history");
    return model;
  }

  /** Menu items of one language, their links under the portal's context path. */
  private record Items(Locale locale, String contextPath) {

    String text(String key) {
      return MessageTexts.format(locale, key);
    }

    DefaultMenuItem item(String id, String key, String page, String icon) {
      return DefaultMenuItem.builder().id(id).value(text(key)).url(contextPath + page).icon("pi " + icon).build();
    }

    void add(MenuModel model, boolean allowed, String id, String key, String page, String icon) {
      if (allowed) {
        model.getElements().add(item(id, key, page, icon));
      }
    }

    void add(DefaultSubMenu submenu, String id, String key, String page, String icon) {
      submenu.getElements().add(item(id, key, page, icon));
    }
  }
}
