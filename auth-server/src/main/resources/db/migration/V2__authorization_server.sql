-- Spring Authorization Server's tables (registered clients, authorizations, consents), adapted to
-- run unchanged on H2 and PostgreSQL: token values and JSON in varchar without a length (unbounded
-- on PostgreSQL, the maximum on H2) instead of blob, instants in timestamp with time zone.
-- Token values are stored hashed (HashedTokenAuthorizationService), so they are short and indexed.

CREATE TABLE oauth2_registered_client (
    id                            varchar(100)  NOT NULL,
    client_id                     varchar(100)  NOT NULL,
    client_id_issued_at           timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    client_secret                 varchar(200)  DEFAULT NULL,
    client_secret_expires_at      timestamp with time zone DEFAULT NULL,
    client_name                   varchar(200)  NOT NULL,
    client_authentication_methods varchar(1000) NOT NULL,
    authorization_grant_types     varchar(1000) NOT NULL,
    redirect_uris                 varchar(4000) DEFAULT NULL,
    post_logout_redirect_uris     varchar(4000) DEFAULT NULL,
    scopes                        varchar(1000) NOT NULL,
    client_settings               varchar(16000) NOT NULL,
    token_settings                varchar(4000) NOT NULL,
    CONSTRAINT pk_oauth2_registered_client PRIMARY KEY (id),
    CONSTRAINT uq_oauth2_registered_client_client_id UNIQUE (client_id)
);

CREATE TABLE oauth2_authorization (
    id                            varchar(100) NOT NULL,
    registered_client_id          varchar(100) NOT NULL,
    principal_name                varchar(200) NOT NULL,
    authorization_grant_type      varchar(100) NOT NULL,
    authorized_scopes             varchar(1000) DEFAULT NULL,
    attributes                    varchar DEFAULT NULL,
    state                         varchar(500) DEFAULT NULL,
    authorization_code_value      varchar(200) DEFAULT NULL,
    authorization_code_issued_at  timestamp with time zone DEFAULT NULL,
    authorization_code_expires_at timestamp with time zone DEFAULT NULL,
    authorization_code_metadata   varchar DEFAULT NULL,
    access_token_value            varchar(200) DEFAULT NULL,
    access_token_issued_at        timestamp with time zone DEFAULT NULL,
    access_token_expires_at       timestamp with time zone DEFAULT NULL,
    access_token_metadata         varchar DEFAULT NULL,
    access_token_type             varchar(100) DEFAULT NULL,
    access_token_scopes           varchar(1000) DEFAULT NULL,
    oidc_id_token_value           varchar(200) DEFAULT NULL,
    oidc_id_token_issued_at       timestamp with time zone DEFAULT NULL,
    oidc_id_token_expires_at      timestamp with time zone DEFAULT NULL,
    oidc_id_token_metadata        varchar DEFAULT NULL,
    refresh_token_value           varchar(200) DEFAULT NULL,
    refresh_token_issued_at       timestamp with time zone DEFAULT NULL,
    refresh_token_expires_at      timestamp with time zone DEFAULT NULL,
    refresh_token_metadata        varchar DEFAULT NULL,
    user_code_value               varchar(200) DEFAULT NULL,
    user_code_issued_at           timestamp with time zone DEFAULT NULL,
    user_code_expires_at          timestamp with time zone DEFAULT NULL,
    user_code_metadata            varchar DEFAULT NULL,
    device_code_value             varchar(200) DEFAULT NULL,
    device_code_issued_at         timestamp with time zone DEFAULT NULL,
    device_code_expires_at        timestamp with time zone DEFAULT NULL,
    device_code_metadata          varchar DEFAULT NULL,
    CONSTRAINT pk_oauth2_authorization PRIMARY KEY (id),
    CONSTRAINT fk_oauth2_authorization_client FOREIGN KEY (registered_client_id)
        REFERENCES oauth2_registered_client (id) ON DELETE CASCADE
);

CREATE INDEX ix_oauth2_authorization_code ON oauth2_authorization (authorization_code_value);
CREATE INDEX ix_oauth2_authorization_access ON oauth2_authorization (access_token_value);
CREATE INDEX ix_oauth2_authorization_refresh ON oauth2_authorization (refresh_token_value);
CREATE INDEX ix_oauth2_authorization_id_token ON oauth2_authorization (oidc_id_token_value);
CREATE INDEX ix_oauth2_authorization_state ON oauth2_authorization (state);
CREATE INDEX ix_oauth2_authorization_principal ON oauth2_authorization (registered_client_id, principal_name);

CREATE TABLE oauth2_authorization_consent (
    registered_client_id varchar(100)  NOT NULL,
    principal_name       varchar(200)  NOT NULL,
    authorities          varchar(1000) NOT NULL,
    CONSTRAINT pk_oauth2_authorization_consent PRIMARY KEY (registered_client_id, principal_name),
    CONSTRAINT fk_oauth2_authorization_consent_client FOREIGN KEY (registered_client_id)
        REFERENCES oauth2_registered_client (id) ON DELETE CASCADE
);

CREATE INDEX ix_oauth2_authorization_consent_principal ON oauth2_authorization_consent (principal_name);
