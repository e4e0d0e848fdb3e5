package org.jixiao.domain.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One entry of a record's audit trail as its page shows it: when, who, what, and whether it was refused. */
public record HistoryEntry(LocalDateTime at, String actor, String action, boolean refused, String detail)
    implements Serializable {}
