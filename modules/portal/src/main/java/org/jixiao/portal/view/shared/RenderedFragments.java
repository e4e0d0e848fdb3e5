package org.jixiao.portal.view.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.primefaces.cache.CacheProvider;

/**
 * Where PrimeFaces' {@code p:cache} keeps the pages' rendered tables: the most recently used few hundred, so that
 * fragments of old data versions (their keys carry the version, {@link FragmentKeys}) fall out instead of piling
 * up as PrimeFaces' own map would let them.
 */
public class RenderedFragments implements CacheProvider {

  static final int MAX_FRAGMENTS = 300;

  private final Map<String, Object> fragments = new LinkedHashMap<>(MAX_FRAGMENTS * 2, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
      return size() > MAX_FRAGMENTS;
    }
  };

  private static String name(String region, String key) {
    return region + '\u0000' + key;
  }

  @Override
  public synchronized Object get(String region, String key) {
    return fragments.get(name(region, key));
  }

  @Override
  public synchronized void put(String region, String key, Object object) {
    fragments.put(name(region, key), object);
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
