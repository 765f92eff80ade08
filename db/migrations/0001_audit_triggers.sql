-- Corrections never overwrite silently: changing an observation's value records the old and the
-- new value, with the correcting batch's actor and time, whatever code path made the change.
-- (Triggers cannot be declared in the drizzle schema, hence this hand-written migration.)
CREATE TRIGGER `observations_correction_needs_batch`
BEFORE UPDATE OF `value` ON `observations`
WHEN OLD.`value` IS NOT NEW.`value` AND OLD.`batch_id` = NEW.`batch_id`
BEGIN
  SELECT RAISE(ABORT, 'a correction must be written by its own batch');
END;
--> statement-breakpoint
CREATE TRIGGER `observations_correction_audit`
AFTER UPDATE OF `value` ON `observations`
WHEN OLD.`value` IS NOT NEW.`value`
BEGIN
  INSERT INTO `observation_audit` (`unit_id`, `metric_id`, `report_date`, `old_value`, `new_value`, `batch_id`, `actor`, `changed_at`, `reason`)
  SELECT NEW.`unit_id`, NEW.`metric_id`, NEW.`report_date`, OLD.`value`, NEW.`value`, b.`id`, b.`actor`, b.`created_at`, b.`note`
  FROM `batches` b WHERE b.`id` = NEW.`batch_id`;
END;
