-- description: chronology speed: find the entries merged into another without walking every entry
-- Only merged entries are indexed (a partial index), so it is empty after an import and costs the
-- import nothing; listing a review's chronology and showing one entry no longer read every entry to
-- find what was merged into it. Existing databases keep all their rows; only the index is added.
CREATE INDEX chronology_merged ON chronology_entry(merged_into) WHERE merged_into IS NOT NULL;
