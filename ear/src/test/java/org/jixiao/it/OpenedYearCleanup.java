package org.jixiao.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Test-only: removes a year a test opened, with everything opening it copied or a test added to it, so the other
 * tests see only the seeded data again. Not an application feature: years are never deleted in the portal.
 */
final class OpenedYearCleanup {

  private static final String YEAR = "(SELECT y.id FROM fiscal_year y JOIN department d ON d.id = y.department_id"
      + " WHERE d.code = 'gz-gxj' AND y.year_number = ?)";
  private static final String LINES = "(SELECT id FROM budget_line WHERE fiscal_year_id = " + YEAR + ")";
  private static final String INDICATORS = "(SELECT id FROM indicator WHERE fiscal_year_id = " + YEAR + ")";
  private static final String ITEMS = "(SELECT i.id FROM framework_item i JOIN evaluation_framework f"
      + " ON f.id = i.framework_id WHERE f.fiscal_year_id = " + YEAR + ")";
  private static final String PROJECTS = "(SELECT id FROM procurement_project WHERE fiscal_year_id = " + YEAR + ")";

  private static final List<String> STATEMENTS = List.of(
      "DELETE FROM budget_suggestion WHERE fiscal_year_id = " + YEAR,
      "DELETE FROM procurement_document WHERE project_id IN " + PROJECTS,
      "DELETE FROM procurement_project WHERE fiscal_year_id = " + YEAR,
      "DELETE FROM procurement_rule WHERE fiscal_year_id = " + YEAR,
      "DELETE FROM target_adjustment WHERE indicator_id IN " + INDICATORS,
      "DELETE FROM indicator_evidence WHERE indicator_id IN " + INDICATORS,
      "DELETE FROM indicator WHERE fiscal_year_id = " + YEAR,
      "DELETE FROM scoring_rule WHERE fiscal_year_id = " + YEAR,
      "DELETE FROM overall_goal WHERE fiscal_year_id = " + YEAR,
      "DELETE FROM budget_execution WHERE budget_line_id IN " + LINES,
      "DELETE FROM budget_plan WHERE budget_line_id IN " + LINES,
      "DELETE FROM budget_adjustment WHERE budget_line_id IN " + LINES,
      "DELETE FROM budget_commitment WHERE budget_line_id IN " + LINES,
      "DELETE FROM budget_line WHERE fiscal_year_id = " + YEAR,
      "DELETE FROM special_fund_division WHERE special_fund_id IN"
          + " (SELECT id FROM special_fund WHERE fiscal_year_id = " + YEAR + ")",
      "DELETE FROM special_fund WHERE fiscal_year_id = " + YEAR,
      "DELETE FROM budget_warning_rule WHERE fiscal_year_id = " + YEAR,
      "DELETE FROM monitoring_checkpoint WHERE fiscal_year_id = " + YEAR,
      "DELETE FROM review_score WHERE item_id IN " + ITEMS,
      "DELETE FROM consensus_score WHERE item_id IN " + ITEMS,
      "DELETE FROM framework_item WHERE id IN " + ITEMS,
      "DELETE FROM evaluation_framework WHERE fiscal_year_id = " + YEAR,
      "DELETE FROM evaluation_seal WHERE fiscal_year_id = " + YEAR,
      "DELETE FROM improvement_point WHERE fiscal_year_id = " + YEAR,
      "DELETE FROM report_section WHERE fiscal_year_id = " + YEAR,
      "DELETE FROM report_file WHERE fiscal_year_id = " + YEAR,
      "DELETE FROM fiscal_year WHERE id = " + YEAR);

  private OpenedYearCleanup() {}

  /**
   * Removes the year (nothing happens when it does not exist); the caller commits. Like any change made outside
   * the portal, it adds an entry to the audit trail, so the portal's kept results (ResultCache) see the change.
   */
  static void remove(Connection connection, int yearNumber) throws SQLException {
    for (String sql : STATEMENTS) {
      try (PreparedStatement s = connection.prepareStatement(sql)) {
        for (int i = 1; i <= s.getParameterMetaData().getParameterCount(); i++) {
          s.setInt(i, yearNumber);
        }
        s.executeUpdate();
      }
    }
    try (PreparedStatement s = connection.prepareStatement("INSERT INTO audit_entry (occurred_at, actor, action,"
        + " outcome, record_type, record_key, year_number, detail) VALUES (CURRENT_TIMESTAMP, 'it-cleanup', 'DELETE',"
        + " 'DONE', 'FiscalYear', ?, ?, '测试结束：删除测试打开的年度')")) {
      s.setString(1, String.valueOf(yearNumber));
      s.setInt(2, yearNumber);
      s.executeUpdate();
    }
  }

  static boolean exists(Connection connection, int yearNumber) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM fiscal_year WHERE id = " + YEAR)) {
      s.setInt(1, yearNumber);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1) > 0;
      }
    }
  }
}
