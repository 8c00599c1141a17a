-- Document frequencies of the full-text index's terms, so similar-idea search can leave out words
-- that occur in a large share of ideas (data-driven stop words) and stay fast on big databases.
CREATE VIRTUAL TABLE `ideas_fts_vocab` USING fts5vocab(`ideas_fts`, 'row');
