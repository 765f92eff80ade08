CREATE TABLE `change_audit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subject` text NOT NULL,
	`subject_id` integer NOT NULL,
	`actor` text NOT NULL,
	`changed_at` text NOT NULL,
	`old_value` text,
	`new_value` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `change_audit_subject` ON `change_audit` (`subject`,`subject_id`);--> statement-breakpoint
CREATE TABLE `meeting_units` (
	`meeting_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `unit_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_units_unit` ON `meeting_units` (`unit_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`meeting_date` text NOT NULL,
	`place` text,
	`baseline_date` text,
	`illustrative` integer DEFAULT false NOT NULL,
	CONSTRAINT "meetings_date_iso" CHECK(meeting_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "meetings_baseline_before" CHECK("meetings"."baseline_date" IS NULL OR (baseline_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND "meetings"."baseline_date" < "meetings"."meeting_date"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_slug` ON `meetings` (`slug`);--> statement-breakpoint
CREATE INDEX `meetings_date` ON `meetings` (`meeting_date`);