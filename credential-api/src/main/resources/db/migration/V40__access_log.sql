-- The access log: one entry per look an agency takes at a citizen's status (single query, each bulk
-- row, each roster check), answered or refused. Entries are insert-only and hash-chained: each
-- entry_hash is SHA-256 over the previous entry's hash and this entry's fields, so that editing,
-- deleting, reordering or inserting an entry breaks the chain. The subject is the learner key (the
-- keyed hash of the ID number), never the number; a malformed number has no subject.
-- Runs on H2 and PostgreSQL.

CREATE TABLE access_log_entry (
    seq           BIGINT                   NOT NULL PRIMARY KEY,
    agency_id     VARCHAR(100)             NOT NULL,
    purpose       VARCHAR(100)             NOT NULL,
    channel       VARCHAR(20)              NOT NULL,
    subject_key   VARCHAR(43),
    answer        VARCHAR(200)             NOT NULL,
    outcome       VARCHAR(20)              NOT NULL,
    logged_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    previous_hash VARCHAR(64)              NOT NULL,
    entry_hash    VARCHAR(64)              NOT NULL,
    CONSTRAINT access_log_entry_channel CHECK (channel IN ('single', 'bulk', 'roster')),
    CONSTRAINT access_log_entry_outcome CHECK (outcome IN ('answered', 'refused'))
);

CREATE INDEX access_log_entry_by_subject ON access_log_entry (subject_key, seq);

-- The chain's head: one row, locked by each append so that appends from any instance are serialised.
CREATE TABLE access_log_head (
    id        INT         NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    CONSTRAINT access_log_head_single CHECK (id = 1)
);

INSERT INTO access_log_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
