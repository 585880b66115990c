-- description: learning: findings linked to chronology entries, recommendations linked to findings, actions with their lifecycle, evidence of impact (files kept inside), challenge and escalation log, learning events
CREATE TABLE finding (
    id          INTEGER PRIMARY KEY,
    review_id   INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,                -- 1, 2, … within the review
    kind        TEXT NOT NULL CHECK (kind IN ('systemic', 'good-practice')),
    theme       TEXT NOT NULL DEFAULT '',        -- canonical name from templates/themes.xml, or ''
    text        TEXT NOT NULL CHECK (text <> ''),
    recorded_on TEXT NOT NULL,                   -- ISO date
    UNIQUE (review_id, number)
);

-- The chronology entries that evidence a finding (entries of the same review).
CREATE TABLE finding_evidence (
    finding_id INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
    entry_id   INTEGER NOT NULL REFERENCES chronology_entry(id) ON DELETE CASCADE,
    PRIMARY KEY (finding_id, entry_id)
);
CREATE INDEX finding_evidence_entry ON finding_evidence(entry_id);

CREATE TABLE recommendation (
    id        INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    number    INTEGER NOT NULL,                  -- 1, 2, … within the review
    text      TEXT NOT NULL CHECK (text <> ''),
    addressee TEXT NOT NULL CHECK (addressee <> ''),
    type      TEXT NOT NULL CHECK (type IN ('procedure', 'training', 'supervision', 'other')),
    made_on   TEXT NOT NULL,                     -- ISO date the recommendation was made
    UNIQUE (review_id, number)
);

-- The findings a recommendation answers (findings of the same review; at least one).
CREATE TABLE recommendation_finding (
    recommendation_id INTEGER NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
    finding_id        INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
    PRIMARY KEY (recommendation_id, finding_id)
);
CREATE INDEX recommendation_finding_finding ON recommendation_finding(finding_id);

-- An action of an agency's action plan. The lifecycle is linear (agreed → ratified → implemented →
-- effectiveness-reviewed → closed, one step at a time), so the date each step was taken is kept on
-- the row: the status as of any date is the last step dated on or before it, and a listing with RAG
-- reads this table alone. action_status_change holds the same steps with their evidence and actor;
-- the two always agree (a step's date here = its changed_on there).
CREATE TABLE action_item (
    id                INTEGER PRIMARY KEY,
    recommendation_id INTEGER NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
    agency            TEXT NOT NULL CHECK (agency <> ''),
    owner             TEXT NOT NULL CHECK (owner <> ''),
    text              TEXT NOT NULL CHECK (text <> ''),
    due_on            TEXT NOT NULL,
    agreed_on         TEXT NOT NULL,
    ratified_on       TEXT,
    implemented_on    TEXT,
    reviewed_on       TEXT,                      -- effectiveness reviewed
    closed_on         TEXT,
    CHECK (ratified_on IS NULL OR ratified_on >= agreed_on),
    CHECK (implemented_on IS NULL OR (ratified_on IS NOT NULL AND implemented_on >= ratified_on)),
    CHECK (reviewed_on IS NULL OR (implemented_on IS NOT NULL AND reviewed_on >= implemented_on)),
    CHECK (closed_on IS NULL OR (reviewed_on IS NOT NULL AND closed_on >= reviewed_on))
);
CREATE INDEX action_item_recommendation ON action_item(recommendation_id);

CREATE TABLE action_status_change (
    id          INTEGER PRIMARY KEY,
    action_id   INTEGER NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN ('agreed', 'ratified', 'implemented', 'effectiveness-reviewed', 'closed')),
    changed_on  TEXT NOT NULL,                   -- ISO date the step was taken
    evidence    TEXT NOT NULL DEFAULT '',        -- what shows it (required to close)
    actor       TEXT NOT NULL,
    recorded_at TEXT NOT NULL,                   -- UTC timestamp of the recording
    UNIQUE (action_id, status)
);

-- Evidence of impact: re-audit results, outcome measures, practitioner feedback, with an optional
-- file kept inside the database (at most 20 MiB) and its SHA-256.
CREATE TABLE impact_evidence (
    id          INTEGER PRIMARY KEY,
    action_id   INTEGER NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('re-audit', 'outcome-measure', 'practitioner-feedback')),
    text        TEXT NOT NULL CHECK (text <> ''),
    recorded_on TEXT NOT NULL,
    file_name   TEXT NOT NULL DEFAULT '',        -- '' when no file is attached
    file_size   INTEGER NOT NULL DEFAULT 0 CHECK (file_size BETWEEN 0 AND 20971520),
    sha256      TEXT NOT NULL DEFAULT '',        -- lowercase hex; '' when no file
    content     BLOB,                            -- NULL when no file
    recorded_by TEXT NOT NULL
);
CREATE INDEX impact_evidence_action ON impact_evidence(action_id);

-- Challenge and escalation: what the board did when an agency did not act, and how it ended.
CREATE TABLE challenge (
    id           INTEGER PRIMARY KEY,
    review_id    INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    agency       TEXT NOT NULL CHECK (agency <> ''),
    raised_on    TEXT NOT NULL,
    issue        TEXT NOT NULL CHECK (issue <> ''),
    board_action TEXT NOT NULL DEFAULT '',
    outcome      TEXT NOT NULL DEFAULT '',       -- '' while open
    closed_on    TEXT,                           -- NULL while open
    CHECK (closed_on IS NULL OR closed_on >= raised_on)
);
CREATE INDEX challenge_review ON challenge(review_id);

-- Dissemination of a review's learning.
CREATE TABLE learning_event (
    id         INTEGER PRIMARY KEY,
    review_id  INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    held_on    TEXT NOT NULL,
    title      TEXT NOT NULL CHECK (title <> ''),
    audience   TEXT NOT NULL DEFAULT '',
    attendance INTEGER NOT NULL DEFAULT 0 CHECK (attendance >= 0),
    presenter  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX learning_event_review ON learning_event(review_id);
