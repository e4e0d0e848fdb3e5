package org.jixiao.domain.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jixiao.domain.BusinessException;

/**
 * Writes the audit trail for every module. A change is audited in the caller's transaction, so it is in the
 * trail exactly when it is in the database; a refusal in a transaction of its own, because the refused
 * change is rolled back and its trace must not be.
 */
@ApplicationScoped
public class AuditTrail {

  /** The bureau works on Beijing time, whatever the server's zone. */
  public static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  /** A change of a record that belongs to no division, without its states: the summary {@code detail} only. */
  @Transactional(TxType.MANDATORY)
  public void done(String actor, AuditAction action, String recordType, String recordKey, Integer year, String detail) {
    done(actor, action, recordType, recordKey, year, detail, AuditSnapshot.NONE, AuditSnapshot.NONE);
  }

  /**
   * A change, with the record's state before and after ({@link AuditSnapshot#NONE} before a creation and after a
   * removal); the entry's division is the record's, after the change or, for a removal, before it.
   */
  @Transactional(TxType.MANDATORY)
  public void done(String actor, AuditAction action, String recordType, String recordKey, Integer year, String detail,
      AuditSnapshot before, AuditSnapshot after) {
    AuditSnapshot old = before == null ? AuditSnapshot.NONE : before;
    AuditSnapshot now = after == null ? AuditSnapshot.NONE : after;
    String division = now.division() != null ? now.division() : old.division();
    ResultCache.changing();
    em.persist(new AuditEntry(now(), actor, action, AuditOutcome.DONE, recordType, recordKey, year, detail, division,
        old.state(), now.state()));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void refused(
      String actor, AuditAction action, String recordType, String recordKey, Integer year, String why) {
    refused(actor, action, recordType, recordKey, year, null, why);
  }

  /** A refused attempt on a record of {@code divisionCode} (null: department-wide or not known). */
  @Transactional(TxType.REQUIRES_NEW)
  public void refused(String actor, AuditAction action, String recordType, String recordKey, Integer year,
      String divisionCode, String why) {
    em.persist(new AuditEntry(now(), actor, action, AuditOutcome.REFUSED, recordType, recordKey, year, why,
        divisionCode, null, null));
  }

  /**
   * Stores an event another system reports (a failed login in Keycloak) once: an event already in the trail —
   * same source and id — is skipped. Returns whether it was stored. In the caller's transaction if it has one
   * (a poller stores a batch at once); the unique external id guards against two pollers storing it twice.
   */
  @Transactional(TxType.REQUIRED)
  public boolean recordExternal(ExternalEvent event) {
    long known = em.createNamedQuery(AuditEntry.BY_EXTERNAL_ID, Long.class)
        .setParameter("externalId", event.externalId())
        .getSingleResult();
    if (known > 0) {
      return false;
    }
    AuditEntry entry = AuditEntry.external(event.externalId(), LocalDateTime.ofInstant(event.at(), BUREAU_ZONE),
        event.actor(), event.action(), event.outcome(), event.recordType(), event.recordKey(), event.divisionCode(), event.detail());
    ResultCache.changing();
    em.persist(entry);
    return true;
  }

  /**
   * Runs a service's change; a refusal ({@link BusinessException}) goes to the trail — through the proxy, so in a
   * transaction of its own — and is rethrown. Static, because a call from inside this bean would bypass it.
   */
  public static <T> T refusalsAudited(AuditTrail trail, String actor, AuditAction action, String recordType,
      String recordKey, Integer year, String attempt, java.util.function.Supplier<T> work) {
    return refusalsAudited(trail, actor, action, recordType, recordKey, year, attempt, null, work);
  }

  /**
   * As above, the refusal naming the division of the record it was about: {@code divisionOf} finds it from the
   * key (null when there is no such record), so the division's head sees attempts on their records.
   */
  public static <T> T refusalsAudited(AuditTrail trail, String actor, AuditAction action, String recordType,
      String recordKey, Integer year, String attempt, java.util.function.Function<String, String> divisionOf,
      java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (BusinessException e) {
      trail.refused(actor, action, recordType, recordKey, year, divisionOf(divisionOf, recordKey),
          attempt + ": " + org.jixiao.domain.i18n.MessageTexts.of(e, java.util.Locale.SIMPLIFIED_CHINESE));
      throw e;
    } catch (PersistenceException e) {
      if (!isStaleVersion(e)) {
        throw e;
      }
      // two edits of the same version at once: the database let one through, this is the other
      BusinessException stale = trail.changedMeanwhile(recordType, recordKey);
      trail.refused(actor, action, recordType, recordKey, year, divisionOf(divisionOf, recordKey),
          attempt + ": " + org.jixiao.domain.i18n.MessageTexts.of(stale, java.util.Locale.SIMPLIFIED_CHINESE));
      throw stale;
    }
  }

  private static String divisionOf(java.util.function.Function<String, String> divisionOf, String recordKey) {
    if (divisionOf == null || recordKey == null || recordKey.isBlank()) {
      return null;
    }
    try {
      return divisionOf.apply(recordKey.strip());
    } catch (RuntimeException e) {
      // the refusal is what matters: a record that cannot be looked up leaves the division empty
      return null;
    }
  }

  /**
   * The division of a year's record of {@code entity} (an entity with {@code fiscalYear}, {@code code} and
   * {@code division}) by its code; null when there is none.
   */
  public String divisionOfRecord(Class<?> entity, Integer year, String code) {
    if (year == null || code == null) {
      return null;
    }
    return em.createQuery("SELECT r.division.code FROM " + entity.getSimpleName()
            + " r WHERE r.fiscalYear.yearNumber = :year AND r.code = :code", String.class)
        .setParameter("year", year)
        .setParameter("code", code)
        // a refused change may have left the context half-changed: read, never flush it
        .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** An optimistic-lock failure at flush, however the provider wraps it. */
  static boolean isStaleVersion(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  /**
   * "changed by X at T, reload": the refusal of a stale edit, naming the last change of the record from the
   * trail. In a transaction of its own: the caller's may already be marked for rollback by the failed flush.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public BusinessException changedMeanwhile(String recordType, String recordKey) {
    AuditEntry last =
        em.createNamedQuery(AuditEntry.LAST_CHANGE_OF_RECORD, AuditEntry.class)
            .setParameter("recordType", recordType)
            .setParameter("recordKey", recordKey)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    return last == null
        ? new BusinessException("concurrency.changed", "?", "?")
        : new BusinessException(
            "concurrency.changed", last.actor(), last.occurredAt().withNano(0).toString().replace('T', ' '));
  }

  /** A record's trail, newest first: changes and refused attempts, for the record's page. */
  public java.util.List<HistoryEntry> historyOf(String recordType, String recordKey, int limit) {
    return em.createNamedQuery(AuditEntry.OF_RECORD, AuditEntry.class)
        .setParameter("recordType", recordType)
        .setParameter("recordKey", recordKey)
        .setMaxResults(limit)
        .getResultStream()
        .map(a -> new HistoryEntry(a.occurredAt(), a.actor(), a.action().name(), a.outcome() == AuditOutcome.REFUSED,
            a.detail()))
        .toList();
  }

  public static LocalDateTime now() {
    return LocalDateTime.now(BUREAU_ZONE);
  }

  /** Today on Beijing time. */
  public static java.time.LocalDate today() {
    return java.time.LocalDate.now(BUREAU_ZONE);
  }
}
