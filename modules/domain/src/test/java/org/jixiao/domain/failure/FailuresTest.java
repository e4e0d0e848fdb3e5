package org.jixiao.domain.failure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class FailuresTest {

  @Test
  void theDatabaseAway_isRecognisedThroughTheWrappers() {
    assertThat(Failures.databaseUnavailable(new RuntimeException(new PersistenceException(
        new SQLException("FATAL: database \"jixiao_it\" is not currently accepting connections", "55000"))))).isTrue();
    assertThat(Failures.databaseUnavailable(new PersistenceException(
        new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    assertThat(Failures.databaseUnavailable(new SQLException("An I/O error occurred", "08006"))).isTrue();
    assertThat(Failures.databaseUnavailable(new SQLNonTransientConnectionException("closed"))).isTrue();
  }

  @Test
  void otherFailures_areNot() {
    assertThat(Failures.databaseUnavailable(new PersistenceException(
        new SQLException("numeric field overflow", "22003")))).isFalse();
    assertThat(Failures.databaseUnavailable(new IllegalStateException("x"))).isFalse();
    assertThat(Failures.databaseUnavailable(null)).isFalse();
  }
}
