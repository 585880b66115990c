-- description: the safeguarding board's response to each recommendation (accepted, accepted in part, not accepted, with its text)
-- One response per recommendation: recording another replaces it, the old values kept in the audit
-- trail. The text is required for every decision (for "not accepted" it is the reason). Existing
-- databases keep all their rows; their recommendations simply have no response yet.
CREATE TABLE recommendation_response (
    recommendation_id INTEGER PRIMARY KEY REFERENCES recommendation(id) ON DELETE CASCADE,
    decision          TEXT NOT NULL CHECK (decision IN ('accepted', 'accepted-in-part', 'not-accepted')),
    text              TEXT NOT NULL CHECK (text <> ''),
    responded_on      TEXT NOT NULL,                 -- ISO date of the board's response
    recorded_by       TEXT NOT NULL
);
