-- description: publication log (versions, statuses, board response, legal advice and redaction notes) and redaction decisions
CREATE TABLE publication_entry (
    id                  INTEGER PRIMARY KEY,
    review_id           INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    version             INTEGER NOT NULL DEFAULT 0,  -- document version; 0 before any file was recorded
    status              TEXT NOT NULL CHECK (status IN ('draft', 'final', 'sent-to-panel', 'published-in-full',
                                                        'published-redacted', 'not-published')),
    status_date         TEXT NOT NULL,
    file_name           TEXT NOT NULL DEFAULT '',
    file_sha256         TEXT NOT NULL DEFAULT '',
    file_size           INTEGER NOT NULL DEFAULT 0,
    template            TEXT NOT NULL DEFAULT '',
    format              TEXT NOT NULL DEFAULT '',
    reasons             TEXT NOT NULL DEFAULT '',
    legal_advice        TEXT NOT NULL DEFAULT '',
    redaction_notes     TEXT NOT NULL DEFAULT '',
    response_name       TEXT NOT NULL DEFAULT '',
    response_sha256     TEXT NOT NULL DEFAULT '',
    response_size       INTEGER NOT NULL DEFAULT 0,
    response_content    BLOB,                         -- the board's response, NULL when none attached
    recorded_by         TEXT NOT NULL,
    recorded_at         TEXT NOT NULL,
    CHECK (status <> 'not-published' OR reasons <> '')
);
CREATE INDEX publication_entry_review ON publication_entry(review_id, id);

-- A person's decision on what the redactor could not be sure of; `scope` '' means everywhere in the review.
CREATE TABLE redaction_decision (
    id          INTEGER PRIMARY KEY,
    review_id   INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    text        TEXT NOT NULL CHECK (text <> ''),
    scope       TEXT NOT NULL DEFAULT '',
    replacement TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL CHECK (reason <> ''),
    decided_by  TEXT NOT NULL,
    decided_at  TEXT NOT NULL
);
CREATE INDEX redaction_decision_review ON redaction_decision(review_id);
