-- Meetings are data now: every meeting group of an older store becomes a meeting with the same
-- slug (so ?group=hoi-nghi-14-11-2024 keeps working), its name as the title, its date, and its
-- members as units of the edition in force on that date (a 2024 member of a meeting after
-- 1/7/2025 is the 2025 province it became; a 2025 member of an earlier meeting has no 2024
-- counterpart). A group without a date cannot be a meeting and is left out.
INSERT INTO `meetings` (`slug`, `title`, `meeting_date`, `place`, `baseline_date`, `illustrative`)
SELECT `slug`, `name_vi`, `meeting_date`, NULL, NULL, 0 FROM `meeting_groups`
WHERE `meeting_date` GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]';
--> statement-breakpoint
INSERT OR IGNORE INTO `meeting_units` (`meeting_id`, `unit_id`)
SELECT m.`id`, CASE WHEN u.`edition` = (CASE WHEN m.`meeting_date` >= '2025-07-01' THEN '2025' ELSE '2024' END) THEN u.`id` ELSE s.`to_unit_id` END
FROM `meeting_group_members` gm
JOIN `meeting_groups` g ON g.`id` = gm.`group_id`
JOIN `meetings` m ON m.`slug` = g.`slug`
JOIN `units` u ON u.`id` = gm.`unit_id`
LEFT JOIN `successions` s ON s.`from_unit_id` = u.`id`
WHERE u.`edition` = (CASE WHEN m.`meeting_date` >= '2025-07-01' THEN '2025' ELSE '2024' END)
   OR (u.`edition` = '2024' AND m.`meeting_date` >= '2025-07-01' AND s.`to_unit_id` IS NOT NULL);
