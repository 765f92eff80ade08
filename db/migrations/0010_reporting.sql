CREATE TABLE `reporting_rules` (
	`metric_id` integer PRIMARY KEY NOT NULL,
	`deadline_days` integer NOT NULL,
	`deadline_time` text NOT NULL,
	`weekly` integer NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "reporting_rules_days" CHECK("reporting_rules"."deadline_days" BETWEEN 0 AND 28),
	CONSTRAINT "reporting_rules_time" CHECK(deadline_time GLOB '[0-2][0-9]:[0-5][0-9]')
);
--> statement-breakpoint
CREATE TABLE `reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`week` text NOT NULL,
	`kind` text NOT NULL,
	`unit_id` integer,
	`user_id` integer NOT NULL,
	`recipient` text NOT NULL,
	`status` text NOT NULL,
	`error` text,
	`attempts` integer DEFAULT 1 NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `reminders_week` ON `reminders` (`week`,`kind`,`user_id`);--> statement-breakpoint
ALTER TABLE `observations` ADD `first_batch_id` integer REFERENCES batches(id);--> statement-breakpoint
ALTER TABLE `users` ADD `locale` text;