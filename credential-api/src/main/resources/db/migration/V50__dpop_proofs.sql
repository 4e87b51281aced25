-- DPoP proofs seen (RFC 9449 §11.1): the jti of every accepted proof, by hash, until a proof with
-- that jti could no longer pass the iat window. The primary key makes a jti single use across all
-- instances. Runs on H2 and PostgreSQL.
CREATE TABLE dpop_proof (
    jti_hash   VARCHAR(43)              NOT NULL PRIMARY KEY,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX dpop_proof_expiry ON dpop_proof (expires_at);
