-- description: review register: reviews, stage completions, holds, people, appointments, terms of reference, bank holidays, audit trail
CREATE TABLE review (
    id                  INTEGER PRIMARY KEY,
    ref                 TEXT NOT NULL UNIQUE,
    pathway_id          TEXT NOT NULL,
    title               TEXT NOT NULL CHECK (title <> ''),
    child               TEXT NOT NULL DEFAULT '',
    region              TEXT NOT NULL DEFAULT 'england-and-wales',
    aware               TEXT NOT NULL,          -- ISO date the board became aware
    planned_publication TEXT,
    created_at          TEXT NOT NULL
);

CREATE TABLE stage_completion (
    id           INTEGER PRIMARY KEY,
    review_id    INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    stage_id     TEXT NOT NULL,
    completed_on TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    UNIQUE (review_id, stage_id)
);

CREATE TABLE hold (
    id         INTEGER PRIMARY KEY,
    review_id  INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    proceeding TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (reason <> ''),
    from_date  TEXT NOT NULL,
    to_date    TEXT,                           -- NULL while the hold is open
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX hold_review ON hold(review_id);

CREATE TABLE person (
    id        INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    name      TEXT NOT NULL CHECK (name <> ''),
    pseudonym TEXT NOT NULL CHECK (pseudonym <> ''),
    role      TEXT NOT NULL,
    UNIQUE (review_id, pseudonym)
);

CREATE TABLE appointment (
    id           INTEGER PRIMARY KEY,
    review_id    INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    name         TEXT NOT NULL CHECK (name <> ''),
    role         TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    independent  INTEGER NOT NULL DEFAULT 1,
    declaration  TEXT NOT NULL,
    appointed_on TEXT NOT NULL
);
CREATE INDEX appointment_review ON appointment(review_id);

CREATE TABLE terms_of_reference (
    id          INTEGER PRIMARY KEY,
    review_id   INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    scope_from  TEXT,
    scope_to    TEXT,
    methodology TEXT NOT NULL DEFAULT '',
    agreed_on   TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    UNIQUE (review_id, version)
);

CREATE TABLE key_question (
    terms_id INTEGER NOT NULL REFERENCES terms_of_reference(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (terms_id, position)
);

-- Imported GOV.UK bank holidays; for each (region, year) present they replace the derived rules.
CREATE TABLE bank_holiday (
    region  TEXT NOT NULL,
    date    TEXT NOT NULL,
    title   TEXT NOT NULL,
    notes   TEXT NOT NULL DEFAULT '',
    bunting INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (region, date)
);

-- Every change, field by field: who, when, what, old and new values. Never updated or deleted.
CREATE TABLE audit (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    review_ref TEXT NOT NULL DEFAULT '',
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL DEFAULT '',
    field      TEXT NOT NULL DEFAULT '',
    old_value  TEXT NOT NULL DEFAULT '',
    new_value  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_review ON audit(review_ref);
CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
