-- The audit trail (操作日志) names the division whose record it is (null: department-wide) and keeps the record's
-- state before and after the change; an event reported from outside (a Keycloak login failure) is kept once, by
-- its id. The application only ever inserts into audit_entry; on PostgreSQL a trigger (V11_1) refuses the rest.
ALTER TABLE audit_entry ADD COLUMN division_code VARCHAR(40);
ALTER TABLE audit_entry ADD COLUMN old_value VARCHAR(4000);
ALTER TABLE audit_entry ADD COLUMN new_value VARCHAR(4000);
ALTER TABLE audit_entry ADD COLUMN external_id VARCHAR(200);
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_external UNIQUE (external_id);

-- the entries written before: the division of the record they name, where the record has one
UPDATE audit_entry SET division_code = (
    SELECT d.code FROM budget_line l JOIN fiscal_year y ON y.id = l.fiscal_year_id JOIN division d ON d.id = l.division_id
    WHERE l.code = audit_entry.record_key AND y.year_number = audit_entry.year_number)
WHERE record_type = 'BudgetLine';
UPDATE audit_entry SET division_code = (
    SELECT d.code FROM indicator i JOIN fiscal_year y ON y.id = i.fiscal_year_id JOIN division d ON d.id = i.division_id
    WHERE i.code = audit_entry.record_key AND y.year_number = audit_entry.year_number)
WHERE record_type = 'Indicator';
UPDATE audit_entry SET division_code = (
    SELECT d.code FROM procurement_project p JOIN fiscal_year y ON y.id = p.fiscal_year_id JOIN division d ON d.id = p.division_id
    WHERE p.code = audit_entry.record_key AND y.year_number = audit_entry.year_number)
WHERE record_type = 'ProcurementProject';

-- the viewer's filters, newest first
CREATE INDEX audit_entry_actor ON audit_entry (actor, occurred_at);
CREATE INDEX audit_entry_division ON audit_entry (division_code, occurred_at);
CREATE INDEX audit_entry_type ON audit_entry (record_type, occurred_at);
-- a record's history (historyOf, changedMeanwhile)
CREATE INDEX audit_entry_record ON audit_entry (record_type, record_key);
