-- The jti of every DPoP proof accepted at the token endpoint until its iat window closes (RFC 9449
-- §11.1): a proof is usable once, on any instance. The primary key makes the check-and-record atomic.

CREATE TABLE dpop_proof_jti (
    jti_hash   varchar(64) NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_dpop_proof_jti PRIMARY KEY (jti_hash)
);

CREATE INDEX ix_dpop_proof_jti_expires ON dpop_proof_jti (expires_at);
