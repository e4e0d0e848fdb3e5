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

  @Transactional(TxType.MANDATORY)
  public void done(String actor, AuditAction action, String recordType, String recordKey, Integer year, String detail) {
    em.persist(entry(actor, action, AuditOutcome.DONE, recordType, recordKey, year, detail));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void refused(
      String actor, AuditAction action, String recordType, String recordKey, Integer year, String why) {
    em.persist(entry(actor, action, AuditOutcome.REFUSED, recordType, recordKey, year, why));
  }

  /**
   * Runs a service's change; a refusal ({@link BusinessException}) goes to the trail — through the proxy, so in a
   * transaction of its own — and is rethrown. Static, because a call from inside this bean would bypass it.
   */
  public static <T> T refusalsAudited(AuditTrail trail, String actor, AuditAction action, String recordType,
      String recordKey, Integer year, String attempt, java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (BusinessException e) {
      trail.refused(actor, action, recordType, recordKey, year, attempt + ": " + e.getMessage());
      throw e;
    } catch (PersistenceException e) {
      if (!isStaleVersion(e)) {
        throw e;
      }
      // two edits of the same version at once: the database let one through, this is the other
      BusinessException stale = trail.changedMeanwhile(recordType, recordKey);
      trail.refused(actor, action, recordType, recordKey, year, attempt + ": " + stale.getMessage());
      throw stale;
    }
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

  private static AuditEntry entry(
      String actor, AuditAction action, AuditOutcome outcome, String type, String key, Integer year, String detail) {
    return new AuditEntry(now(), actor, action, outcome, type, key, year, detail);
  }
}
