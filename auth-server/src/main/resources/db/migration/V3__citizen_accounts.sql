-- Citizen accounts, created at the first login through the national identity. Personal data is
-- AES-GCM encrypted per column (v1.<base64url>); the ID number is searchable only through its
-- keyed hash (HMAC-SHA256, hex). An account is linked to exactly one upstream iss + sub.

CREATE TABLE citizen_account (
    id               varchar(36)  NOT NULL,
    upstream_issuer  varchar(255) NOT NULL,
    upstream_subject varchar(255) NOT NULL,
    national_id_hash varchar(64)  NOT NULL,
    national_id_enc  varchar(200) NOT NULL,
    name_enc         varchar(1200) DEFAULT NULL,
    given_name_enc   varchar(1200) DEFAULT NULL,
    family_name_enc  varchar(1200) DEFAULT NULL,
    birthdate_enc    varchar(200) DEFAULT NULL,
    gender_enc       varchar(200) DEFAULT NULL,
    residence_enc    varchar(2400) DEFAULT NULL,
    created_at       timestamp with time zone NOT NULL,
    last_login_at    timestamp with time zone NOT NULL,
    CONSTRAINT pk_citizen_account PRIMARY KEY (id),
    CONSTRAINT uq_citizen_account_upstream UNIQUE (upstream_issuer, upstream_subject),
    CONSTRAINT uq_citizen_account_national_id UNIQUE (national_id_hash)
);
