-- description: multi-agency chronology: agencies involved, imports, entries with full-text index, remembered column mappings, duplicate decisions
CREATE TABLE agency (
    id        INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    name      TEXT NOT NULL CHECK (name <> ''),
    UNIQUE (review_id, name COLLATE NOCASE)
);

CREATE TABLE chronology_import (
    id            INTEGER PRIMARY KEY,
    review_id     INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    agency        TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    actor         TEXT NOT NULL,
    rows_imported INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL
);

CREATE TABLE chronology_entry (
    id            INTEGER PRIMARY KEY,
    review_id     INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    import_id     INTEGER REFERENCES chronology_import(id),
    agency        TEXT NOT NULL,
    date_from     TEXT NOT NULL,             -- earliest day the date can mean
    date_to       TEXT NOT NULL,             -- latest day (a month or year for partial dates)
    precision     INTEGER NOT NULL DEFAULT 0, -- 0 day, 1 month, 2 year
    uncertain     INTEGER NOT NULL DEFAULT 0,
    time_minutes  INTEGER,                   -- NULL when no time was given
    end_date      TEXT,
    end_minutes   INTEGER,
    sequence      TEXT NOT NULL DEFAULT '',
    practitioner  TEXT NOT NULL DEFAULT '',
    event         TEXT NOT NULL DEFAULT '',
    details       TEXT NOT NULL DEFAULT '',
    outcome       TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT '',  -- the agency's own document reference
    source_file   TEXT NOT NULL DEFAULT '',
    source_sheet  TEXT NOT NULL DEFAULT '',
    source_row    INTEGER NOT NULL DEFAULT 0,
    extra         TEXT NOT NULL DEFAULT '{}', -- unmapped columns, JSON object header -> value
    significance  TEXT NOT NULL DEFAULT '',
    analysis      TEXT NOT NULL DEFAULT '',
    human_factors TEXT NOT NULL DEFAULT '',
    key_episode   TEXT NOT NULL DEFAULT '',
    merged_into   INTEGER REFERENCES chronology_entry(id)  -- set when confirmed as a duplicate of another
);
CREATE INDEX chronology_by_date ON chronology_entry(review_id, date_from, precision, time_minutes, agency);

-- Full-text index over the entry's words; filled by the model (not by triggers: 4-5x faster bulk load).
CREATE VIRTUAL TABLE chronology_fts USING fts5(
    event, details, outcome, practitioner,
    content = 'chronology_entry', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');

-- How a board's agencies lay out their submissions: header text -> chronology field, per agency.
CREATE TABLE agency_mapping (
    agency TEXT NOT NULL COLLATE NOCASE,
    header TEXT NOT NULL,
    field  TEXT NOT NULL,
    PRIMARY KEY (agency, header)
);

CREATE TABLE duplicate_decision (
    review_id  INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    a          INTEGER NOT NULL REFERENCES chronology_entry(id),
    b          INTEGER NOT NULL REFERENCES chronology_entry(id),
    decision   TEXT NOT NULL CHECK (decision IN ('confirmed', 'dismissed')),
    decided_at TEXT NOT NULL,
    actor      TEXT NOT NULL,
    PRIMARY KEY (a, b)
);
