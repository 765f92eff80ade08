ALTER TABLE `observation_audit` ADD `old_batch_id` integer REFERENCES batches(id);--> statement-breakpoint
ALTER TABLE `observation_audit` ADD `new_batch_id` integer REFERENCES batches(id);--> statement-breakpoint
-- The correction trigger of 0001 now also records which batch had written the old value and
-- which one the row is credited to after the change, so that a revert can give a figure back
-- to its writer. (Triggers cannot be declared in the drizzle schema: hand-written here.)
DROP TRIGGER IF EXISTS `observations_correction_audit`;
--> statement-breakpoint
CREATE TRIGGER `observations_correction_audit`
AFTER UPDATE OF `value` ON `observations`
WHEN OLD.`value` IS NOT NEW.`value`
BEGIN
  INSERT INTO `observation_audit` (`unit_id`, `metric_id`, `report_date`, `old_value`, `new_value`, `batch_id`, `actor`, `changed_at`, `reason`, `old_batch_id`, `new_batch_id`)
  SELECT NEW.`unit_id`, NEW.`metric_id`, NEW.`report_date`, OLD.`value`, NEW.`value`, b.`id`, b.`actor`, b.`created_at`, b.`note`, OLD.`batch_id`, NEW.`batch_id`
  FROM `batches` b WHERE b.`id` = NEW.`batch_id`;
END;
