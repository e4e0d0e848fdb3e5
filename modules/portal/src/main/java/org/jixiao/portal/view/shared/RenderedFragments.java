package org.jixiao.portal.view.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.primefaces.cache.CacheProvider;
import org.primefaces.context.PrimeApplicationContext;

/**
 * Where PrimeFaces' {@code p:cache} keeps the pages' rendered regions: the most recently used few hundred, so that
 * fragments of old data versions (their keys carry the version, {@link FragmentKeys}) fall out instead of piling
 * up as PrimeFaces' own map would let them. With each fragment go the scripts and styles its components needed,
 * so that a page can serve the fragment without building those components ({@link KeptRegion}).
 */
public class RenderedFragments implements CacheProvider {

  static final int MAX_FRAGMENTS = 300;
  private static final String ADDED_WHILE_BUILDING = RenderedFragments.class.getName() + ".added.";

  /** A rendered region and the page resources (PrimeFaces' scripts and styles) its components asked for. */
  public record Fragment(String html, List<PageResource> resources) {}

  /** A script or style sheet of the view, where it goes (head or body). */
  public record PageResource(String library, String name, String rendererType, String target) {

    /** The resource a component of the view stands for, or null when it has no name (an inline script). */
    static PageResource of(UIComponent resource, String target) {
      String name = (String) resource.getAttributes().get("name");
      return name == null ? null
          : new PageResource((String) resource.getAttributes().get("library"), name, resource.getRendererType(), target);
    }
  }

  private final Map<String, Fragment> fragments = new LinkedHashMap<>(MAX_FRAGMENTS * 2, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Fragment> eldest) {
      return size() > MAX_FRAGMENTS;
    }
  };

  /** The application's store (the one PrimeFaces was configured with in web.xml). */
  static RenderedFragments of(FacesContext faces) {
    return (RenderedFragments) PrimeApplicationContext.getCurrentInstance(faces).getCacheProvider();
  }

  private static String name(String region, String key) {
    return region + '\u0000' + key;
  }

  /** The fragment with its resources, or null. */
  public synchronized Fragment fragment(String region, String key) {
    return fragments.get(name(region, key));
  }

  @Override
  public synchronized Object get(String region, String key) {
    Fragment fragment = fragments.get(name(region, key));
    return fragment == null ? null : fragment.html();
  }

  /**
   * Called by p:cache right after it rendered the region: with it go the resources its components added when the
   * view was built ({@link #noteAddedWhileBuilding}), else all the view's.
   */
  @Override
  public void put(String region, String key, Object html) {
    FacesContext faces = FacesContext.getCurrentInstance();
    @SuppressWarnings("unchecked")
    List<PageResource> added = faces == null ? null
        : (List<PageResource>) faces.getAttributes().get(ADDED_WHILE_BUILDING + region);
    Fragment fragment = new Fragment((String) html, added != null ? added : resourcesOf(faces));
    synchronized (this) {
      fragments.put(name(region, key), fragment);
    }
  }

  /**
   * Notes, for this request, which resources the region's components added to the view while it was built (those
   * not in {@code before}), so that a kept region brings what it needs and not every script the page had.
   */
  static void noteAddedWhileBuilding(FacesContext faces, String region, List<PageResource> before) {
    List<PageResource> added = resourcesOf(faces).stream().filter(resource -> !before.contains(resource)).toList();
    faces.getAttributes().put(ADDED_WHILE_BUILDING + region, added);
  }

  /** The view's scripts and style sheets by name, in their order. */
  static List<PageResource> resourcesOf(FacesContext faces) {
    if (faces == null || faces.getViewRoot() == null) {
      return List.of();
    }
    return Stream.of("head", "body").flatMap(target -> faces.getViewRoot().getComponentResources(faces, target)
            .stream()
            .map(resource -> PageResource.of(resource, target))
            .filter(Objects::nonNull))
        .toList();
  }

  @Override
  public synchronized void remove(String region, String key) {
    fragments.remove(name(region, key));
  }

  @Override
  public synchronized void clear() {
    fragments.clear();
  }
}
