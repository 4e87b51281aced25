-- OpenID4VCI issuance: nonces, pre-authorized codes, their access tokens and issued-credential records.
-- Secrets (nonces, codes, tokens, transaction codes) are stored only as hashes. Runs on H2 and PostgreSQL.

-- c_nonce values of the nonce endpoint (OID4VCI 1.0 §7); a row is deleted when a proof uses it.
CREATE TABLE issuance_nonce (
    nonce_hash VARCHAR(43)              NOT NULL PRIMARY KEY,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX issuance_nonce_expiry ON issuance_nonce (expires_at);

-- Pre-authorized codes of credential offers (OID4VCI 1.0 §4.1.1), bound to a learner and a credential.
CREATE TABLE pre_authorized_code (
    code_hash          VARCHAR(43)              NOT NULL PRIMARY KEY,
    offer_hash         VARCHAR(43)              NOT NULL,
    learner_key        VARCHAR(43)              NOT NULL,
    configuration_id   VARCHAR(100)             NOT NULL,
    programme_id       VARCHAR(100)             NOT NULL,
    assurance_level    VARCHAR(100)             NOT NULL,
    tx_code_hash       VARCHAR(43)              NOT NULL,
    failed_attempts    INTEGER                  NOT NULL DEFAULT 0,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    redeemed_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pre_authorized_code_offer UNIQUE (offer_hash)
);

CREATE INDEX pre_authorized_code_expiry ON pre_authorized_code (expires_at);

-- Opaque access tokens of the pre-authorized grant; at most one per code, whatever the concurrency.
CREATE TABLE issuance_access_token (
    token_hash       VARCHAR(43)              NOT NULL PRIMARY KEY,
    code_hash        VARCHAR(43)              NOT NULL REFERENCES pre_authorized_code (code_hash) ON DELETE CASCADE,
    learner_key      VARCHAR(43)              NOT NULL,
    configuration_id VARCHAR(100)             NOT NULL,
    programme_id     VARCHAR(100)             NOT NULL,
    assurance_level  VARCHAR(100)             NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT issuance_access_token_code UNIQUE (code_hash)
);

-- What we keep of an issued credential: never the credential itself, whose disclosures carry
-- personal data, but enough to show it to its learner, to revoke it and to recognise it.
CREATE TABLE issued_credential (
    id                    VARCHAR(36)              NOT NULL PRIMARY KEY,
    learner_key           VARCHAR(43)              NOT NULL,
    configuration_id      VARCHAR(100)             NOT NULL,
    programme_id          VARCHAR(100)             NOT NULL,
    framework_version     VARCHAR(50)              NOT NULL,
    status_list_id        BIGINT                   NOT NULL,
    status_index          INTEGER                  NOT NULL,
    holder_key_thumbprint VARCHAR(43)              NOT NULL,
    credential_hash       VARCHAR(43)              NOT NULL,
    issued_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT issued_credential_hash UNIQUE (credential_hash),
    CONSTRAINT issued_credential_status UNIQUE (status_list_id, status_index),
    CONSTRAINT issued_credential_status_entry FOREIGN KEY (status_list_id, status_index)
        REFERENCES status_entry (list_id, idx),
    CONSTRAINT issued_credential_entry_id FOREIGN KEY (id) REFERENCES status_entry (credential_id)
);

CREATE INDEX issued_credential_by_learner ON issued_credential (learner_key, issued_at);
