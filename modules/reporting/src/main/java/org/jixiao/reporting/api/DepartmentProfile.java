package org.jixiao.reporting.api;

import java.io.Serializable;
import java.util.List;

/** A department's profile as the report opens with it: name, functions (部门职能) and divisions. */
public record DepartmentProfile(
    long id, String code, String name, String functionsText, List<DivisionSummary> divisions) implements Serializable {}
