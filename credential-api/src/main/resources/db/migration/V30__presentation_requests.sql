-- OpenID4VP presentation requests of the employer page: single use, with an expiry. Runs on H2 and PostgreSQL.
-- The request id (in request_uri), state and nonce are handed to the wallet; the employer's transaction
-- id and the response code are secrets and stored only as SHA-256 hashes. The result holds the disclosed
-- claims (personal data): it is stored only encrypted (AES-256-GCM with the app's data key, bound to the
-- row id) and deleted with the row once expires_at passes.

CREATE TABLE presentation_request (
    id                 VARCHAR(43)              NOT NULL PRIMARY KEY,
    transaction_hash   VARCHAR(43)              NOT NULL,
    state              VARCHAR(43)              NOT NULL,
    nonce              VARCHAR(43)              NOT NULL,
    claims             VARCHAR(200)             NOT NULL,
    -- direct_post, or direct_post.jwt with the request's own ephemeral key (private part sealed like the result).
    response_mode      VARCHAR(20)              NOT NULL,
    encryption_kid     VARCHAR(43),
    encryption_key     VARCHAR(4000),
    status             VARCHAR(16)              NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Pending: until when the wallet may answer. Answered or declined: until when the result is kept.
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at        TIMESTAMP WITH TIME ZONE,
    response_code_hash VARCHAR(43),
    verdict            VARCHAR(16),
    result             VARCHAR(60000),
    CONSTRAINT presentation_request_transaction UNIQUE (transaction_hash),
    CONSTRAINT presentation_request_state UNIQUE (state),
    CONSTRAINT presentation_request_response_code UNIQUE (response_code_hash),
    CONSTRAINT presentation_request_encryption_kid UNIQUE (encryption_kid),
    CONSTRAINT presentation_request_mode CHECK (response_mode IN ('direct_post', 'direct_post.jwt')),
    CONSTRAINT presentation_request_encrypted CHECK ((response_mode = 'direct_post.jwt') = (encryption_key IS NOT NULL)),
    CONSTRAINT presentation_request_status CHECK (status IN ('pending', 'answered', 'declined')),
    CONSTRAINT presentation_request_closed CHECK ((status = 'pending') = (answered_at IS NULL)),
    CONSTRAINT presentation_request_verdict CHECK (verdict IS NULL OR verdict IN ('valid', 'invalid'))
);

CREATE INDEX presentation_request_expiry ON presentation_request (expires_at);
