package org.jixiao.domain.security;

/** Role names as compile-time constants, for {@code @RolesAllowed}; {@link Role} is the typed form. */
public final class Roles {

  public static final String DIVISION_HEAD = "division-head";
  public static final String LEADERSHIP = "leadership";
  public static final String FINANCE = "finance";
  public static final String ADMIN = "admin";

  private Roles() {}
}
