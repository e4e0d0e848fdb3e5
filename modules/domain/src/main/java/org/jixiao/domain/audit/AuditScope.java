package org.jixiao.domain.audit;

import org.jixiao.domain.BusinessException;
import org.jixiao.domain.security.Caller;
import org.jixiao.domain.security.Role;

/**
 * Which entries of the audit trail a caller may read. Leadership, admins and finance read all of them — finance
 * reads every division's records elsewhere too, so their trail is no secret to it. A division head reads the
 * entries of their division's records and their own entries (their refused attempts, department-wide changes
 * they made), but not other people's department-wide entries (rules, the framework, logins): those are the
 * leadership's and admins' business. Anyone else reads nothing.
 */
public record AuditScope(boolean all, String division, String actor) {

  public static AuditScope of(Caller caller) {
    if (caller.has(Role.LEADERSHIP) || caller.has(Role.ADMIN) || caller.has(Role.FINANCE)) {
      return new AuditScope(true, null, null);
    }
    if (caller.has(Role.DIVISION_HEAD)) {
      return new AuditScope(false, caller.divisionCode(), caller.username());
    }
    throw new BusinessException("audit.access.none");
  }

  /** Whether an entry of {@code entryDivision} made by {@code entryActor} is readable in this scope. */
  public boolean allows(String entryDivision, String entryActor) {
    return all || (division != null && division.equals(entryDivision)) || (actor != null && actor.equals(entryActor));
  }
}
