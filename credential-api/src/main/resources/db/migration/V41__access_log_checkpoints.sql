-- Signed checkpoints of the access log: each seals the chain's head at one moment, a compact JWS
-- (ES256) over {seq, entry hash, time} made with the access-log signing key. Someone who rewrites
-- the entries and recomputes every hash still cannot forge the signature of a later checkpoint.
-- At most one checkpoint per sealed seq. Runs on H2 and PostgreSQL.

CREATE TABLE access_log_checkpoint (
    seq        BIGINT                   NOT NULL PRIMARY KEY,
    entry_hash VARCHAR(64)              NOT NULL,
    sealed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    kid        VARCHAR(100)             NOT NULL,
    jws        VARCHAR(2000)            NOT NULL,
    CONSTRAINT access_log_checkpoint_seq CHECK (seq > 0)
);
