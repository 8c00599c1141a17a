-- Full-text index over idea titles and bodies. Contentless (the text lives in `ideas`), with prefix
-- indexes for search-as-you-type. `stems` holds the fi/sv/en stems of title + body, computed by the
-- SQL function ideas_stems() that openDb() registers on every connection, so Finnish inflections
-- (kirjastokortti / kirjastokortin) meet in one index term.
CREATE VIRTUAL TABLE `ideas_fts` USING fts5(
	title, body, stems,
	content='', contentless_delete=1,
	tokenize='unicode61 remove_diacritics 0',
	prefix='2 3 4'
);
--> statement-breakpoint
INSERT INTO `ideas_fts`(rowid, title, body, stems)
	SELECT id, title, body, ideas_stems(title, body) FROM `ideas`;
--> statement-breakpoint
CREATE TRIGGER `ideas_fts_insert` AFTER INSERT ON `ideas` BEGIN
	INSERT INTO `ideas_fts`(rowid, title, body, stems) VALUES (new.id, new.title, new.body, ideas_stems(new.title, new.body));
END;
--> statement-breakpoint
CREATE TRIGGER `ideas_fts_update` AFTER UPDATE OF title, body ON `ideas` BEGIN
	DELETE FROM `ideas_fts` WHERE rowid = old.id;
	INSERT INTO `ideas_fts`(rowid, title, body, stems) VALUES (new.id, new.title, new.body, ideas_stems(new.title, new.body));
END;
--> statement-breakpoint
CREATE TRIGGER `ideas_fts_delete` AFTER DELETE ON `ideas` BEGIN
	DELETE FROM `ideas_fts` WHERE rowid = old.id;
END;
