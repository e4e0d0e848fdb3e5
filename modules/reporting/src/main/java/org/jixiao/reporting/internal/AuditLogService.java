package org.jixiao.reporting.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.jixiao.domain.audit.AuditEntry;
import org.jixiao.domain.audit.AuditLog;
import org.jixiao.domain.audit.AuditPage;
import org.jixiao.domain.audit.AuditQuery;
import org.jixiao.domain.audit.AuditScope;
import org.jixiao.domain.audit.AuditSearch;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.CallerCheck;
import org.jixiao.domain.security.Roles;

/**
 * The audit trail viewer's reads. An EJB like every service: the container's caller check ({@link CallerCheck})
 * and roles guard it. It lives here because the trail belongs to no business module and reporting already reads
 * across all of them; it only reads, so it never writes the trail itself.
 */
@Stateless
@RolesAllowed({Roles.DIVISION_HEAD, Roles.LEADERSHIP, Roles.FINANCE, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditLogService implements AuditLog {

  private static final int CHUNK = 1000;

  @PersistenceContext(unitName = "jixiao")
  private EntityManager em;

  @Resource private SessionContext context;

  @Override
  public AuditPage search(Caller caller, AuditQuery query, int first, int size) {
    AuditScope scope = AuditScope.of(CallerCheck.verified(caller, context));
    return new AuditSearch(em, scope, query == null ? AuditQuery.ALL : query).page(first, size);
  }

  @Override
  public byte[] export(Caller caller, AuditQuery query, Locale language) {
    AuditScope scope = AuditScope.of(CallerCheck.verified(caller, context));
    AuditSearch search = new AuditSearch(em, scope, query == null ? AuditQuery.ALL : query).writtenSoFar();
    long total = search.count();
    // in chunks: 50,000 entries with long old and new values need not sit in memory at once
    return AuditWorkbook.write(first -> search.rows(first, CHUNK), Math.min(total, AuditLog.EXPORT_LIMIT), total,
        language);
  }

  @Override
  public List<String> recordTypes(Caller caller) {
    AuditScope.of(CallerCheck.verified(caller, context));
    return em.createNamedQuery(AuditEntry.RECORD_TYPES, String.class).getResultList();
  }
}
