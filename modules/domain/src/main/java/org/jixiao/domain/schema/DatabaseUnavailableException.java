package org.jixiao.domain.schema;

/** The database named by the configuration cannot be reached or brought up to date. */
public class DatabaseUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DatabaseUnavailableException(String describedUrl, Throwable cause) {
    super("Jixiao cannot use its database at " + describedUrl + ": " + rootMessage(cause), cause);
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
  }
}
