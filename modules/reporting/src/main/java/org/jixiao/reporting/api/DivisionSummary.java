package org.jixiao.reporting.api;

import java.io.Serializable;

/** A division (处室) and the department it belongs to, as the header and pages show them. */
public record DivisionSummary(
    long id, String code, String name, boolean active, long departmentId, String departmentName)
    implements Serializable {}
