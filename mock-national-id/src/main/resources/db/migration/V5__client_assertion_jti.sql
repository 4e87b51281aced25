-- Identifiers (jti) of the client assertions already accepted: each may be used once
-- (RFC 7523 §3, item 7). A row can go once the assertion it names has expired.

create table client_assertion_jti (
    client_id  varchar(100)             not null,
    jti        varchar(255)             not null,
    expires_at timestamp with time zone not null,
    constraint pk_client_assertion_jti primary key (client_id, jti)
);

create index ix_client_assertion_jti_expires on client_assertion_jti (expires_at);
