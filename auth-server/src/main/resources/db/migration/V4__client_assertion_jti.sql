-- The jti of every client assertion until it expires (RFC 7523 §3): an assertion is usable once,
-- on any instance. The primary key makes the check-and-record atomic.

CREATE TABLE client_assertion_jti (
    client_id  varchar(100) NOT NULL,
    jti_hash   varchar(64)  NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_client_assertion_jti PRIMARY KEY (client_id, jti_hash)
);

CREATE INDEX ix_client_assertion_jti_expires ON client_assertion_jti (expires_at);
