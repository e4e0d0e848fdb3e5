package org.jixiao.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResultCacheTest {

  private final AtomicInteger computed = new AtomicInteger();
  private final AtomicLong newestTrailEntry = new AtomicLong(100);

  @BeforeEach
  void forget() {
    ResultCache.clear();
  }

  private String get(Object key) {
    return ResultCache.get(newestTrailEntry::get, key, () -> "value " + computed.incrementAndGet());
  }

  @Test
  void computesOnceWhileTheDataAreUnchanged() {
    Object key = ResultCache.key("tree", 7L, null, "industry");
    assertThat(get(key)).isEqualTo("value 1");
    assertThat(get(ResultCache.key("tree", 7L, null, "industry"))).isEqualTo("value 1");
    assertThat(computed).hasValue(1);
  }

  @Test
  void keysWithOtherPartsAreOtherResults() {
    get(ResultCache.key("tree", 7L, "industry"));
    get(ResultCache.key("tree", 7L, "info"));
    get(ResultCache.key("tree", 8L, "industry"));
    get(ResultCache.key("tree", 7L, null));
    assertThat(computed).hasValue(4);
  }

  @Test
  void aCommittedChangeOnThisServerMakesEveryResultStaleAtOnce() {
    Object key = ResultCache.key("measures", 7L);
    get(key);
    ResultCache.changed();
    assertThat(get(key)).isEqualTo("value 2");
    assertThat(get(key)).as("kept again until the next change").isEqualTo("value 2");
  }

  @Test
  void aChangeThroughAnotherServerShowsAsANewerTrailEntry() throws InterruptedException {
    Object key = ResultCache.key("overview", 7L);
    get(key);
    newestTrailEntry.incrementAndGet();
    Thread.sleep(ResultCache.CLUSTER_CHECK.toMillis() + 50);
    assertThat(get(key)).isEqualTo("value 2");
  }

  @Test
  void theVersionChangesWithTheData_andIsNoneWhileAChangeSettles() throws InterruptedException {
    ResultCache.changed();
    assertThat(ResultCache.version(newestTrailEntry::get)).as("settling").isNull();
    Thread.sleep(ResultCache.SETTLING.toMillis() + 50);
    String settled = ResultCache.version(newestTrailEntry::get);
    assertThat(settled).isNotNull().isEqualTo(ResultCache.version(newestTrailEntry::get));
    newestTrailEntry.incrementAndGet(); // a change through another server
    Thread.sleep(ResultCache.CLUSTER_CHECK.toMillis() + 50);
    assertThat(ResultCache.version(newestTrailEntry::get)).as("settling like a change made here").isNull();
    Thread.sleep(ResultCache.SETTLING.toMillis() + 50);
    assertThat(ResultCache.version(newestTrailEntry::get)).isNotNull().isNotEqualTo(settled);
  }

  @Test
  void aResultComputedWhileAChangeSettles_isKeptOnlyUntilItHasSettled() throws InterruptedException {
    Object key = ResultCache.key("overview", 11L);
    ResultCache.changed();
    assertThat(get(key)).isEqualTo("value 1");
    assertThat(get(key)).isEqualTo("value 1");
    Thread.sleep(ResultCache.SETTLING.toMillis() + 50);
    assertThat(get(key)).as("recomputed once settled").isEqualTo("value 2");
    assertThat(get(key)).isEqualTo("value 2");
  }

  @Test
  void aFailedComputationKeepsNothing() {
    Object key = ResultCache.key("tree", 9L);
    assertThatThrownBy(() -> ResultCache.get(newestTrailEntry::get, key, () -> {
      throw new IllegalStateException("no framework");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(get(key)).isEqualTo("value 1");
  }
}
