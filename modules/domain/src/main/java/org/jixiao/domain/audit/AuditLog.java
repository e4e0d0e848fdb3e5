package org.jixiao.domain.audit;

import jakarta.ejb.Local;
import java.util.List;
import org.jixiao.domain.security.Caller;

/**
 * The audit trail viewer (操作日志): pages of entries by filters, scoped by {@link AuditScope}, and their export to
 * Excel. The trail belongs to no business module; the implementation lives with the reporting module, which
 * reads every module's records anyway.
 */
@Local
public interface AuditLog {

  /** At most this many entries go into one export; a larger selection exports its newest entries. */
  int EXPORT_LIMIT = 50_000;

  AuditPage search(Caller caller, AuditQuery query, int first, int size);

  /** The entries as an Excel workbook (newest first, at most {@link #EXPORT_LIMIT}), texts in {@code language}. */
  byte[] export(Caller caller, AuditQuery query, java.util.Locale language);

  /** The record types in the trail, for the viewer's filter. */
  List<String> recordTypes(Caller caller);
}
