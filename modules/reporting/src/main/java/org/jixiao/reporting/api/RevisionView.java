package org.jixiao.reporting.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One save of a narrative part (修改记录): its number, who, when, its size, and the text as sanitised HTML. */
public record RevisionView(int number, String editedBy, LocalDateTime editedAt, int characters, String html)
    implements Serializable {}
