package org.jixiao.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.domain.BusinessException;
import org.junit.jupiter.api.Test;

/** Two edits of the same version at once: the one the database refused at flush is a "changed by X at T". */
class StaleVersionTest {

  /** A trail that names the last change and records refusals, without a database. */
  static class Trail extends AuditTrail {
    final List<String> refused = new ArrayList<>();

    @Override
    public BusinessException changedMeanwhile(String recordType, String recordKey) {
      return new BusinessException("concurrency.changed", "head.industry", "2023-06-01 10:00:00");
    }

    @Override
    public void refused(String actor, AuditAction action, String type, String key, Integer year, String why) {
      refused.add(key + " " + why);
    }

    @Override
    public void refused(String actor, AuditAction action, String type, String key, Integer year, String division,
        String why) {
      refused.add(key + " " + why);
    }
  }

  @Test
  void anOptimisticLockFailureAtFlush_isRefusedAsChangedMeanwhile_andAudited() {
    Trail trail = new Trail();
    assertThatThrownBy(() -> AuditTrail.refusalsAudited(trail, "head.industry", AuditAction.UPDATE, "Indicator",
        "O02", 2023, "edit target", () -> {
          throw new PersistenceException(new OptimisticLockException("stale"));
        }))
        .isInstanceOfSatisfying(BusinessException.class, e -> {
          assertThat(e.messageKey()).isEqualTo("concurrency.changed");
          assertThat(e.arguments()).containsExactly("head.industry", "2023-06-01 10:00:00");
        });
    // the trail keeps the message the user saw: who changed it and when
    assertThat(trail.refused).singleElement().asString().startsWith("O02 edit target: ")
        .contains("head.industry").contains("2023-06-01 10:00:00");
  }

  @Test
  void otherPersistenceFailures_passThrough() {
    Trail trail = new Trail();
    assertThatThrownBy(() -> AuditTrail.refusalsAudited(trail, "x", AuditAction.UPDATE, "Indicator", "O02", 2023,
        "edit", () -> {
          throw new PersistenceException("disk full");
        })).isInstanceOf(PersistenceException.class).hasMessage("disk full");
    assertThat(trail.refused).isEmpty();
  }
}
