-- Spring Authorization Server's JDBC schema (registered clients, authorizations, consents), adapted
-- so that the same script runs on H2 and PostgreSQL:
--  * 'blob' columns become unbounded 'varchar' (PostgreSQL has no blob; an H2 CLOB cannot be
--    compared with '=', which the token look-ups need). Spring Authorization Server reads the
--    column type from the database metadata and binds strings for varchar columns.
--  * 'timestamp' becomes 'timestamp with time zone' so that instants survive any server time zone.
--  * Indexes on the columns the service searches by, so that each look-up stays logarithmic.

create table oauth2_registered_client (
    id                            varchar(100)             not null,
    client_id                     varchar(100)             not null,
    client_id_issued_at           timestamp with time zone default current_timestamp not null,
    client_secret                 varchar(200),
    client_secret_expires_at      timestamp with time zone,
    client_name                   varchar(200)             not null,
    client_authentication_methods varchar(1000)            not null,
    authorization_grant_types     varchar(1000)            not null,
    redirect_uris                 varchar(1000),
    post_logout_redirect_uris     varchar(1000),
    scopes                        varchar(1000)            not null,
    client_settings               varchar(2000)            not null,
    token_settings                varchar(2000)            not null,
    constraint pk_oauth2_registered_client primary key (id),
    constraint uq_oauth2_registered_client_client_id unique (client_id)
);

create table oauth2_authorization (
    id                            varchar(100)             not null,
    registered_client_id          varchar(100)             not null,
    principal_name                varchar(200)             not null,
    authorization_grant_type      varchar(100)             not null,
    authorized_scopes             varchar(1000),
    attributes                    varchar,
    state                         varchar(500),
    authorization_code_value      varchar(1000),
    authorization_code_issued_at  timestamp with time zone,
    authorization_code_expires_at timestamp with time zone,
    authorization_code_metadata   varchar,
    access_token_value            varchar(2000),
    access_token_issued_at        timestamp with time zone,
    access_token_expires_at       timestamp with time zone,
    access_token_metadata         varchar,
    access_token_type             varchar(100),
    access_token_scopes           varchar(1000),
    oidc_id_token_value           varchar(2000),
    oidc_id_token_issued_at       timestamp with time zone,
    oidc_id_token_expires_at      timestamp with time zone,
    oidc_id_token_metadata        varchar,
    refresh_token_value           varchar(1000),
    refresh_token_issued_at       timestamp with time zone,
    refresh_token_expires_at      timestamp with time zone,
    refresh_token_metadata        varchar,
    user_code_value               varchar(1000),
    user_code_issued_at           timestamp with time zone,
    user_code_expires_at          timestamp with time zone,
    user_code_metadata            varchar,
    device_code_value             varchar(1000),
    device_code_issued_at         timestamp with time zone,
    device_code_expires_at        timestamp with time zone,
    device_code_metadata          varchar,
    constraint pk_oauth2_authorization primary key (id)
);

create index ix_oauth2_authorization_state on oauth2_authorization (state);
create index ix_oauth2_authorization_code on oauth2_authorization (authorization_code_value);
create index ix_oauth2_authorization_access_token on oauth2_authorization (access_token_value);
create index ix_oauth2_authorization_id_token on oauth2_authorization (oidc_id_token_value);
create index ix_oauth2_authorization_refresh_token on oauth2_authorization (refresh_token_value);
create index ix_oauth2_authorization_client on oauth2_authorization (registered_client_id);

create table oauth2_authorization_consent (
    registered_client_id varchar(100)  not null,
    principal_name       varchar(200)  not null,
    authorities          varchar(1000) not null,
    constraint pk_oauth2_authorization_consent primary key (registered_client_id, principal_name)
);
