package org.jixiao.domain.schema;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema (and, for the demo, the seeded 2023 data) up to date with Flyway. The schema
 * lives with the entities in this jar; demo data is a separate location so a real deployment can leave it out.
 */
public final class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  private SchemaMigration() {}

  /**
   * Migrates {@code dataSource}; {@code describedUrl} names the database in the one-line failure message.
   *
   * @throws DatabaseUnavailableException when the database cannot be reached or migrated
   */
  public static MigrateResult migrate(DataSource dataSource, String describedUrl, boolean withDemoData) {
    try {
      java.util.List<String> locations = new java.util.ArrayList<>(java.util.List.of("classpath:db/migration"));
      if (isPostgreSql(dataSource)) {
        // what only PostgreSQL can say, e.g. the audit trail's append-only trigger
        locations.add("classpath:db/postgresql");
      }
      if (withDemoData) {
        locations.add("classpath:db/demo");
      }
      // Liberty's class loader lists no directories: the empty flyway.location files mark the folders.
      MigrateResult result =
          Flyway.configure(SchemaMigration.class.getClassLoader())
              .dataSource(dataSource)
              .locations(locations.toArray(String[]::new))
              .callbackLocations("classpath:db/callback")
              .failOnMissingLocations(true)
              .load()
              .migrate();
      LOG.info(
          () ->
              String.format(
                  "Jixiao database %s: %d migration(s) applied, schema at version %s",
                  describedUrl, result.migrationsExecuted,
                  // Flyway names a target only when it migrated: otherwise the schema is where it was
                  result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion));
      return result;
    } catch (FlywayException | java.sql.SQLException e) {
      throw new DatabaseUnavailableException(describedUrl, e);
    }
  }

  private static boolean isPostgreSql(DataSource dataSource) throws java.sql.SQLException {
    try (java.sql.Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }
  }
}
