-- Agencies: the fixed-window rate counters of their queries, and the staff rosters they register.
-- Runs unchanged on H2 and PostgreSQL.

-- One counter per agency, budget ('single' requests, 'rows' of bulk and roster checks) and window.
-- Each request adds to its window's counter with a conditional update, so that concurrent requests
-- on any instance never take the counter past the limit.
CREATE TABLE agency_rate_window (
    agency_id    VARCHAR(100)             NOT NULL,
    budget       VARCHAR(20)              NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    used         BIGINT                   NOT NULL,
    CONSTRAINT agency_rate_window_pk PRIMARY KEY (agency_id, budget, window_start),
    CONSTRAINT agency_rate_window_used CHECK (used >= 0)
);

-- A roster: an agency's staff list, replaced whole by each upload.
CREATE TABLE agency_roster (
    agency_id   VARCHAR(100)             NOT NULL,
    roster_id   VARCHAR(64)              NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT agency_roster_pk PRIMARY KEY (agency_id, roster_id)
);

-- The units of a roster, in upload order.
CREATE TABLE agency_roster_unit (
    agency_id  VARCHAR(100) NOT NULL,
    roster_id  VARCHAR(64)  NOT NULL,
    unit_id    VARCHAR(64)  NOT NULL,
    unit_name  VARCHAR(200) NOT NULL,
    position   INTEGER      NOT NULL,
    CONSTRAINT agency_roster_unit_pk PRIMARY KEY (agency_id, roster_id, unit_id),
    CONSTRAINT agency_roster_unit_roster_fk FOREIGN KEY (agency_id, roster_id)
        REFERENCES agency_roster (agency_id, roster_id) ON DELETE CASCADE
);

-- A staff member: the learner key (keyed hash of the ID number) to look them up, and the ID number
-- itself only AES-GCM-encrypted, bound to this row, for the agency's list of staff not yet certified.
CREATE TABLE agency_roster_member (
    agency_id        VARCHAR(100)  NOT NULL,
    roster_id        VARCHAR(64)   NOT NULL,
    learner_key      VARCHAR(43)   NOT NULL,
    unit_id          VARCHAR(64)   NOT NULL,
    position         INTEGER       NOT NULL,
    id_number_sealed VARCHAR(200)  NOT NULL,
    CONSTRAINT agency_roster_member_pk PRIMARY KEY (agency_id, roster_id, learner_key),
    CONSTRAINT agency_roster_member_unit_fk FOREIGN KEY (agency_id, roster_id, unit_id)
        REFERENCES agency_roster_unit (agency_id, roster_id, unit_id) ON DELETE CASCADE
);

CREATE INDEX agency_roster_member_by_unit ON agency_roster_member (agency_id, roster_id, unit_id, position);
