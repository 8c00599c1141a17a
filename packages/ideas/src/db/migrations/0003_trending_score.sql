ALTER TABLE `ideas` ADD `trending_score` real DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `ideas_trending` ON `ideas` (`trending_score`,`id`);