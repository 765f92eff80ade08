CREATE TABLE `batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`actor` text NOT NULL,
	`created_at` text NOT NULL,
	`note` text,
	`row_count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `batches_created` ON `batches` (`created_at`);--> statement-breakpoint
CREATE TABLE `editions` (
	`code` text PRIMARY KEY NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text
);
--> statement-breakpoint
CREATE TABLE `meeting_group_members` (
	`group_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	PRIMARY KEY(`group_id`, `unit_id`),
	FOREIGN KEY (`group_id`) REFERENCES `meeting_groups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `meeting_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`meeting_date` text,
	`note` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_groups_slug` ON `meeting_groups` (`slug`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `metric_editions` (
	`metric_id` integer NOT NULL,
	`edition` text NOT NULL,
	PRIMARY KEY(`metric_id`, `edition`),
	FOREIGN KEY (`metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`edition`) REFERENCES `editions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `metrics` (
	`id` integer PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`unit_vi` text NOT NULL,
	`unit_en` text NOT NULL,
	`kind` text NOT NULL,
	`denominator` text,
	`sort_order` integer NOT NULL,
	CONSTRAINT "metrics_share_has_denominator" CHECK(("metrics"."kind" = 'share') = ("metrics"."denominator" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `metrics_key` ON `metrics` (`key`);--> statement-breakpoint
CREATE TABLE `observation_audit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`metric_id` integer NOT NULL,
	`report_date` text NOT NULL,
	`old_value` integer,
	`new_value` integer,
	`batch_id` integer NOT NULL,
	`actor` text NOT NULL,
	`changed_at` text NOT NULL,
	`reason` text,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `observation_audit_unit` ON `observation_audit` (`unit_id`,`metric_id`,`report_date`);--> statement-breakpoint
CREATE INDEX `observation_audit_changed` ON `observation_audit` (`changed_at`);--> statement-breakpoint
CREATE TABLE `observation_totals` (
	`edition` text NOT NULL,
	`level` text NOT NULL,
	`metric_id` integer NOT NULL,
	`report_date` text NOT NULL,
	`total` integer NOT NULL,
	`units_reported` integer NOT NULL,
	PRIMARY KEY(`edition`, `level`, `metric_id`, `report_date`),
	FOREIGN KEY (`metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `observations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`metric_id` integer NOT NULL,
	`report_date` text NOT NULL,
	`value` integer NOT NULL,
	`batch_id` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `batches`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "observations_date" CHECK(report_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "observations_value" CHECK(typeof("observations"."value") = 'integer' AND "observations"."value" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `observations_unit_metric_date` ON `observations` (`unit_id`,`metric_id`,`report_date`);--> statement-breakpoint
CREATE INDEX `observations_batch` ON `observations` (`batch_id`);--> statement-breakpoint
CREATE TABLE `successions` (
	`from_unit_id` integer PRIMARY KEY NOT NULL,
	`to_unit_id` integer NOT NULL,
	`effective_date` text NOT NULL,
	FOREIGN KEY (`from_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "successions_date" CHECK(effective_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `successions_to` ON `successions` (`to_unit_id`);--> statement-breakpoint
CREATE TABLE `targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`metric_id` integer NOT NULL,
	`baseline_date` text NOT NULL,
	`baseline_value` integer NOT NULL,
	`due_date` text NOT NULL,
	`target_value` integer NOT NULL,
	`note` text,
	`illustrative` integer DEFAULT false NOT NULL,
	`batch_id` integer,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `batches`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "targets_baseline_date" CHECK(baseline_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "targets_due_date" CHECK(due_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "targets_due_after_baseline" CHECK("targets"."due_date" > "targets"."baseline_date"),
	CONSTRAINT "targets_values" CHECK("targets"."baseline_value" >= 0 AND "targets"."target_value" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `targets_unit_metric_baseline` ON `targets` (`unit_id`,`metric_id`,`baseline_date`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition` text NOT NULL,
	`level` text DEFAULT 'province' NOT NULL,
	`code` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_ascii` text NOT NULL,
	`kind` text NOT NULL,
	`region` text,
	`districts` integer,
	`communes` integer,
	`population` integer NOT NULL,
	FOREIGN KEY (`edition`) REFERENCES `editions`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "units_code_digits" CHECK(("units"."level" = 'province' AND "units"."code" GLOB '[0-9][0-9]') OR ("units"."level" = 'commune' AND "units"."code" GLOB '[0-9][0-9][0-9][0-9][0-9]')),
	CONSTRAINT "units_districts_positive" CHECK("units"."districts" IS NULL OR "units"."districts" > 0),
	CONSTRAINT "units_communes_positive" CHECK("units"."communes" IS NULL OR "units"."communes" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_edition_code` ON `units` (`edition`,`code`);