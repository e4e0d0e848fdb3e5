package org.jixiao.domain.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the audit trail by a {@link AuditQuery} within an {@link AuditScope}, newest first. A plain class over
 * the service's entity manager: the service verifies the caller, this only asks the database.
 */
public final class AuditSearch {

  /** The largest page the viewer and the API hand out. */
  public static final int MAX_PAGE = 500;

  private final EntityManager em;
  private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  public AuditSearch(EntityManager em, AuditScope scope, AuditQuery query) {
    this.em = em;
    if (!scope.all()) {
      List<String> either = new ArrayList<>();
      if (scope.division() != null) {
        either.add("a.divisionCode = :scopeDivision");
        parameters.put("scopeDivision", scope.division());
      }
      either.add("a.actor = :scopeActor");
      parameters.put("scopeActor", scope.actor());
      where.append(" AND (").append(String.join(" OR ", either)).append(")");
    }
    if (query.user() != null) {
      where.append(" AND LOWER(a.actor) LIKE :user ESCAPE '\\'");
      parameters.put("user", "%" + query.user().toLowerCase(java.util.Locale.ROOT)
          .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (AuditQuery.DEPARTMENT_WIDE.equals(query.division())) {
      where.append(" AND a.divisionCode IS NULL");
    } else if (query.division() != null) {
      where.append(" AND a.divisionCode = :division");
      parameters.put("division", query.division());
    }
    if (query.recordType() != null) {
      where.append(" AND a.recordType = :recordType");
      parameters.put("recordType", query.recordType());
    }
    if (query.action() != null) {
      where.append(" AND a.action = :action");
      parameters.put("action", query.action());
    }
    if (query.from() != null) {
      where.append(" AND a.occurredAt >= :from");
      parameters.put("from", query.from().atStartOfDay());
    }
    if (query.to() != null) {
      where.append(" AND a.occurredAt < :until");
      parameters.put("until", query.to().plusDays(1).atStartOfDay());
    }
  }

  /**
   * Leaves out entries written after this search began (ids above the newest one now), so that reading a large
   * selection in chunks neither repeats nor skips an entry while others keep writing.
   */
  public AuditSearch writtenSoFar() {
    Long newest = em.createQuery("SELECT MAX(a.id) FROM AuditEntry a", Long.class).getSingleResult();
    where.append(" AND a.id <= :newest");
    parameters.put("newest", newest == null ? 0L : newest);
    return this;
  }

  public long count() {
    TypedQuery<Long> q = em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where, Long.class);
    parameters.forEach(q::setParameter);
    return q.getSingleResult();
  }

  /** Entries {@code first} to {@code first + max - 1}, newest first. */
  public List<AuditRow> rows(int first, int max) {
    TypedQuery<AuditEntry> q = em.createQuery(
        "SELECT a FROM AuditEntry a" + where + " ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class);
    parameters.forEach(q::setParameter);
    return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultStream()
        .map(AuditRow::of)
        .toList();
  }

  public AuditPage page(int first, int size) {
    int bounded = Math.min(Math.max(1, size), MAX_PAGE);
    return new AuditPage(rows(first, bounded), count(), Math.max(0, first), bounded);
  }
}
