package org.jixiao.domain.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Results computed from a year's data — the scored indicator tree, the budget overview, the evaluation's measures —
 * kept until the data change, so that a page viewed a hundred times is computed once.
 *
 * <p>"The data changed" comes from the audit trail: every change is audited in its own transaction
 * ({@link AuditTrail#done}), so a transaction that wrote the trail and committed on this server makes every kept
 * result stale at once, and on a cluster a change through another server shows as a newer last change in the trail
 * (read at most every {@link #CLUSTER_CHECK}; refusals and failed logins change no data and do not count). Two races are bounded by time instead: a result computed just after
 * a commit may have read an entity the server's shared cache had not taken in yet, so it is kept only
 * {@link #SETTLING}; and another server's commit can land under an entry id already seen, so nothing is kept
 * longer than {@link #MAX_AGE}. A change made outside the portal (a DBA's script) must add an audit entry, or it
 * shows within {@link #MAX_AGE}.
 *
 * <p>Only read-only calls use it: a transaction that wrote the trail computes afresh, and the values kept must be
 * immutable (records of unmodifiable lists), because every caller gets the same instance.
 */
public final class ResultCache {

  static final Duration SETTLING = Duration.ofSeconds(2);
  static final Duration MAX_AGE = Duration.ofSeconds(60);
  static final Duration CLUSTER_CHECK = Duration.ofMillis(200);
  /**
   * Keys are a year, a scope and a date (a budget overview's as-of date too): all are dropped at every change, and
   * a full map is emptied rather than grown, so memory stays bounded.
   */
  static final int MAX_ENTRIES = 500;

  private static final String WROTE = ResultCache.class.getName() + ".wrote";
  private static final Map<Object, Entry> ENTRIES = new ConcurrentHashMap<>();
  private static final AtomicLong LOCAL_CHANGES = new AtomicLong();
  private static volatile long lastLocalChange = System.nanoTime() - SETTLING.toNanos();
  private static volatile long lastTrailEntry = Long.MIN_VALUE;
  private static volatile TransactionSynchronizationRegistry registry;
  private static volatile long generationLocal;
  private static volatile long generationTrail = Long.MIN_VALUE;
  private static volatile long trailCheckedAt = System.nanoTime() - CLUSTER_CHECK.toNanos();

  private record Entry(long localChanges, long trailEntry, long expiresAt, Object value) {}

  private ResultCache() {}

  /**
   * The value kept under {@code key} while the data are unchanged, else {@code compute}'s (kept for the next
   * call). {@code key} must name everything the value depends on: what it is, the year, the caller's scope, the
   * date it was computed for.
   */
  public static <T> T get(EntityManager em, Object key, Supplier<T> compute) {
    return get(() -> newestTrailEntry(em), key, compute);
  }

  @SuppressWarnings("unchecked")
  static <T> T get(LongSupplier newestTrailEntry, Object key, Supplier<T> compute) {
    if (wroteInThisTransaction()) {
      return compute.get();
    }
    long startedAt = System.nanoTime();
    long local = LOCAL_CHANGES.get();
    long trail = lastTrailEntry(newestTrailEntry, startedAt);
    long changedAt = lastLocalChange;
    if (local != generationLocal || trail != generationTrail) {
      // a change: every kept result is stale, drop them rather than let them wait for their keys
      ENTRIES.clear();
      generationLocal = local;
      generationTrail = trail;
    }
    Entry kept = ENTRIES.get(key);
    if (kept != null && kept.localChanges() == local && kept.trailEntry() == trail && startedAt < kept.expiresAt()) {
      return (T) kept.value();
    }
    T value = compute.get();
    boolean settling = startedAt - changedAt < SETTLING.toNanos();
    if (ENTRIES.size() >= MAX_ENTRIES) {
      ENTRIES.clear();
    }
    // computed while a change settles: kept only until it has settled
    long expiresAt = settling ? changedAt + SETTLING.toNanos() : startedAt + MAX_AGE.toNanos();
    ENTRIES.put(key, new Entry(local, trail, expiresAt, value));
    return value;
  }

  /**
   * This transaction must read the data, not kept results: sealing the evaluation and generating the official
   * report fingerprint or print what is in the database at that moment.
   */
  public static void fresh() {
    TransactionSynchronizationRegistry registry = registry();
    if (registry != null && registry.getTransactionKey() != null) {
      registry.putResource(WROTE, Boolean.TRUE);
    }
  }

  /**
   * The data's version as a string for keys of things derived from kept results (the pages' rendered tables): it
   * changes whenever a kept result would be stale, and at least every {@link #MAX_AGE}. Null while a change is
   * settling ({@link #SETTLING}): nothing derived then should be kept.
   */
  public static String version(EntityManager em) {
    return version(() -> newestTrailEntry(em));
  }

  static String version(LongSupplier newestTrailEntry) {
    long now = System.nanoTime();
    long trail = lastTrailEntry(newestTrailEntry, now);
    if (now - lastLocalChange < SETTLING.toNanos()) {
      return null;
    }
    return LOCAL_CHANGES.get() + "." + trail + "." + System.currentTimeMillis() / MAX_AGE.toMillis();
  }

  /** A key of its parts (nulls allowed), equal to another of equal parts. */
  public static Object key(Object... parts) {
    return java.util.Arrays.asList(parts.clone());
  }

  /** Called by the audit trail when a transaction writes it: the results are stale once it commits. */
  static void changing() {
    TransactionSynchronizationRegistry registry = registry();
    if (registry == null || registry.getTransactionKey() == null || registry.getResource(WROTE) != null) {
      return;
    }
    registry.putResource(WROTE, Boolean.TRUE);
    registry.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          changed();
        }
      }
    });
  }

  /** Every kept result is stale from now. */
  static void changed() {
    lastLocalChange = System.nanoTime();
    LOCAL_CHANGES.incrementAndGet();
  }

  private static boolean wroteInThisTransaction() {
    TransactionSynchronizationRegistry registry = registry();
    return registry != null && registry.getTransactionKey() != null && registry.getResource(WROTE) != null;
  }

  /** The trail's newest entry id, read from the database at most every {@link #CLUSTER_CHECK}. */
  private static long lastTrailEntry(LongSupplier newestTrailEntry, long now) {
    if (now - trailCheckedAt >= CLUSTER_CHECK.toNanos()) {
      long newest = newestTrailEntry.getAsLong();
      if (lastTrailEntry != Long.MIN_VALUE && newest != lastTrailEntry) {
        lastLocalChange = now; // a change seen in the trail (another server's) settles like one made here
      }
      lastTrailEntry = newest;
      trailCheckedAt = now;
    }
    return lastTrailEntry;
  }

  /** The newest change in the trail: refusals and failed logins change no data. */
  private static long newestTrailEntry(EntityManager em) {
    Long max = em.createQuery("SELECT MAX(a.id) FROM AuditEntry a WHERE a.outcome = :done", Long.class)
        .setParameter("done", AuditOutcome.DONE)
        .setFlushMode(FlushModeType.COMMIT)
        .getSingleResult();
    return max == null ? 0 : max;
  }

  /** Forgets every kept result (tests). */
  static void clear() {
    ENTRIES.clear();
    generationTrail = Long.MIN_VALUE;
    trailCheckedAt = System.nanoTime() - CLUSTER_CHECK.toNanos();
  }

  private static TransactionSynchronizationRegistry registry() {
    TransactionSynchronizationRegistry found = registry;
    if (found == null) {
      try {
        found = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
        registry = found; // the server's one registry: looked up once
      } catch (NamingException e) {
        return null; // outside a container (unit tests): no transaction, nothing to register
      }
    }
    return found;
  }
}
