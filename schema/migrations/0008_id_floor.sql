-- description: an id once given to a chronology entry or import is never given again, even after its import is withdrawn
-- Entry and import ids are plain INTEGER PRIMARY KEYs, which SQLite hands out as the largest in use
-- plus one: withdrawing the newest import would let the next import take the same ids, and the
-- audit trail (and anything else naming "chronology 412") would then point at another agency's
-- entry. A withdrawal records here the largest id it removed; every insert starts above it.
-- (Rebuilding the tables with AUTOINCREMENT would do the same, at the cost of copying every entry
-- of every board once; existing databases keep all their rows either way.)
CREATE TABLE id_floor (
    name    TEXT PRIMARY KEY,       -- the table: chronology_entry or chronology_import
    last_id INTEGER NOT NULL        -- the largest id ever removed from it in a batch
);
