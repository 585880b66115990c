-- description: the words of every chronology entry as written, for prefix search
-- The full-text index (chronology_fts) holds Porter stems, and FTS5 stems a search prefix as well, so
-- `vis*` was searched as `vi*` and found "view" and "violence". A prefix is now matched against this
-- list of words ("visit", "visits", "visitor"), which then go to the index as ordinary words. Derived
-- from the entries like the index itself: not exported in a case file, filled again on opening a
-- database that has entries but no words (an existing board, after this migration).
CREATE TABLE chronology_word (
    word TEXT PRIMARY KEY
) WITHOUT ROWID;
