-- Every statement that writes kpi_snapshots (or one_off_costs, counted under the nil metric id) bumps the version of each
-- series it touched, in the same transaction (lib/data/goals/insight-cache.ts reads them). Statement-level triggers with
-- transition tables, one per event (PostgreSQL allows transition tables only on single-event triggers). The rows are
-- bumped in (org, channel, metric) order; an organization being deleted (its rows cascading) is skipped.
CREATE FUNCTION bump_series_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO series_versions AS v (org_id, channel_id, metric_id)
  SELECT DISTINCT c.org_id, c.channel_id, c.metric_id FROM changed c
  WHERE EXISTS (SELECT 1 FROM organizations o WHERE o.id = c.org_id)
  ORDER BY 1, 2, 3
  ON CONFLICT (org_id, channel_id, metric_id) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION bump_series_versions_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO series_versions AS v (org_id, channel_id, metric_id)
  SELECT k.org_id, k.channel_id, k.metric_id FROM (
    SELECT org_id, channel_id, metric_id FROM changed UNION SELECT org_id, channel_id, metric_id FROM changed_before
  ) k
  WHERE EXISTS (SELECT 1 FROM organizations o WHERE o.id = k.org_id)
  ORDER BY 1, 2, 3
  ON CONFLICT (org_id, channel_id, metric_id) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION bump_cost_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO series_versions AS v (org_id, channel_id, metric_id)
  SELECT DISTINCT c.org_id, c.channel_id, '00000000-0000-0000-0000-000000000000'::uuid FROM changed c
  WHERE EXISTS (SELECT 1 FROM organizations o WHERE o.id = c.org_id)
  ORDER BY 1, 2, 3
  ON CONFLICT (org_id, channel_id, metric_id) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION bump_cost_versions_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO series_versions AS v (org_id, channel_id, metric_id)
  SELECT k.org_id, k.channel_id, '00000000-0000-0000-0000-000000000000'::uuid FROM (
    SELECT org_id, channel_id FROM changed UNION SELECT org_id, channel_id FROM changed_before
  ) k
  WHERE EXISTS (SELECT 1 FROM organizations o WHERE o.id = k.org_id)
  ORDER BY 1, 2, 3
  ON CONFLICT (org_id, channel_id, metric_id) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER kpi_snapshots_versions_insert AFTER INSERT ON kpi_snapshots
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_series_versions();
--> statement-breakpoint
CREATE TRIGGER kpi_snapshots_versions_update AFTER UPDATE ON kpi_snapshots
  REFERENCING OLD TABLE AS changed_before NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_series_versions_update();
--> statement-breakpoint
CREATE TRIGGER kpi_snapshots_versions_delete AFTER DELETE ON kpi_snapshots
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_series_versions();
--> statement-breakpoint
CREATE TRIGGER one_off_costs_versions_insert AFTER INSERT ON one_off_costs
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_cost_versions();
--> statement-breakpoint
CREATE TRIGGER one_off_costs_versions_update AFTER UPDATE ON one_off_costs
  REFERENCING OLD TABLE AS changed_before NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_cost_versions_update();
--> statement-breakpoint
CREATE TRIGGER one_off_costs_versions_delete AFTER DELETE ON one_off_costs
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_cost_versions();
