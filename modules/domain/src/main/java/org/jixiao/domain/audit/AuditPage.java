package org.jixiao.domain.audit;

import java.io.Serializable;
import java.util.List;

/** A page of the audit trail, newest first, with how many entries match in all. */
public record AuditPage(List<AuditRow> rows, long total, int first, int size) implements Serializable {}
