package org.jixiao.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The test server really runs on PostgreSQL when one answers: the database that bin/jixiao it-start created
 * holds the schema and seed that the portal's Flyway migration wrote at startup.
 */
class TestDatabaseIT {

  @Test
  void portalMigratedAndSeededThePostgreSQLTestDatabase() throws Exception {
    Path dbFile = Path.of(System.getProperty("it.env.dir", "target/it-env"), "db");
    String[] db = Files.readString(dbFile).strip().split(" ");
    if (!"postgres".equals(db[0])) {
      System.err.println("*** NO POSTGRESQL SERVER: the PostgreSQL checks are SKIPPED (portal tests ran on H2) ***");
    }
    Assumptions.assumeTrue("postgres".equals(db[0]), "no PostgreSQL server answered at 127.0.0.1:5432");
    try (Connection c = DriverManager.getConnection(db[1], db[2], "");
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
        r.next();
        assertThat(r.getInt(1)).isGreaterThanOrEqualTo(6);
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT d.name, count(v.id) FROM department d JOIN division v ON v.department_id = d.id"
                  + " WHERE d.code = 'gz-gxj' GROUP BY d.name")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("广州市工业和信息化局");
        assertThat(r.getInt(2)).isEqualTo(7);
      }
    }
  }
}
