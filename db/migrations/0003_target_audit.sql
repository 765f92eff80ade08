CREATE TABLE `target_audit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`metric_id` integer NOT NULL,
	`baseline_date` text NOT NULL,
	`old_target` text,
	`new_target` text NOT NULL,
	`batch_id` integer NOT NULL,
	`actor` text NOT NULL,
	`changed_at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `target_audit_unit` ON `target_audit` (`unit_id`,`metric_id`);