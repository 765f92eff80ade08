DROP TABLE `meeting_group_members`;--> statement-breakpoint
DROP TABLE `meeting_groups`;