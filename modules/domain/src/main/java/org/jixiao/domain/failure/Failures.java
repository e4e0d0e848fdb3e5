package org.jixiao.domain.failure;

import java.sql.SQLException;

/** What an unexpected failure was, for a clear message instead of a stack trace. */
public final class Failures {

  private Failures() {}

  /**
   * The database could not be reached or refused the connection (SQL state class 08, 57P admin shutdown,
   * 3D000 no such database, 53300 too many connections, 55000 database does not allow connections), or the
   * connection pool had none to give, however the provider and the container wrapped it.
   */
  public static boolean databaseUnavailable(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 30; t = t.getCause() == t ? null : t.getCause(), depth++) {
      if (t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.sql.SQLNonTransientConnectionException
          || t.getClass().getName().startsWith("jakarta.resource.")) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("3D000") || state.equals("53300")
            || state.equals("55000")) {
          return true;
        }
      }
      String message = String.valueOf(t.getMessage());
      if (message.contains("J2CA0045E") || message.contains("DSRA") && message.contains("onnection")) {
        return true;
      }
    }
    return false;
  }
}
