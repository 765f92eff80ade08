ALTER TABLE `units` ADD `parent_id` integer REFERENCES units(id);--> statement-breakpoint
CREATE INDEX `units_parent` ON `units` (`parent_id`);