package org.jixiao.portal.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jixiao.domain.schema.DatabaseUnavailableException;
import org.jixiao.domain.schema.SchemaMigration;

/**
 * Migrates the database before the portal serves anything. A database that cannot be reached stops the
 * application with one line that names the URL tried, instead of a page of stack traces.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway drives its own commits
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "jdbc/jixiao")
  private DataSource dataSource;

  /** The configured URL, for messages only (the data source does not reveal it when it cannot connect). */
  @Resource(lookup = "jixiao/db/url")
  private String databaseUrl;

  /** Whether the 2023 demo data (db/demo) is seeded: server.xml variable {@code demo.data}. */
  @Resource(lookup = "jixiao/demo/data")
  private Boolean demoData;

  @PostConstruct
  void migrate() {
    try {
      SchemaMigration.migrate(dataSource, databaseUrl, Boolean.TRUE.equals(demoData));
    } catch (DatabaseUnavailableException e) {
      LOG.severe(e.getMessage());
      LOG.log(Level.FINE, "database failure detail", e);
      throw e;
    }
  }
}
