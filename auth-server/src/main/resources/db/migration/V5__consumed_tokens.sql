-- Authorization codes and refresh tokens already spent, by hash. Inserting the hash in the same
-- transaction as the issued tokens makes redemption atomic: of concurrent redemptions of one code,
-- exactly one commits. A spent refresh token presented again reveals a leak (RFC 9700 §4.14.2).

CREATE TABLE consumed_token (
    token_hash       varchar(100) NOT NULL,
    kind             varchar(30)  NOT NULL,
    authorization_id varchar(100) NOT NULL,
    expires_at       timestamp with time zone NOT NULL,
    CONSTRAINT pk_consumed_token PRIMARY KEY (token_hash)
);

CREATE INDEX ix_consumed_token_expires ON consumed_token (expires_at);
