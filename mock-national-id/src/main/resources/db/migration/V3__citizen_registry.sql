-- The citizen registry. The national ID number and the names are personal data: stored encrypted
-- (AES-GCM, the app's data key) and found through a keyed hash of the number (HMAC-SHA256), so
-- that neither a database dump nor an index reveals them.

create table citizen (
    id               varchar(36)              not null,
    subject          varchar(64)              not null,
    national_id_hash varchar(64)              not null,
    national_id_enc  varchar(200)             not null,
    family_name_enc  varchar(600)             not null,
    given_name_enc   varchar(600)             not null,
    birthdate        date                     not null,
    gender           varchar(6)               not null,
    province_code    varchar(3)               not null,
    assurance_level  smallint                 not null,
    status           varchar(16)              not null,
    password_hash    varchar(200)             not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint pk_citizen primary key (id),
    constraint uq_citizen_subject unique (subject),
    constraint uq_citizen_national_id_hash unique (national_id_hash),
    constraint ck_citizen_gender check (gender in ('male', 'female')),
    constraint ck_citizen_assurance_level check (assurance_level in (1, 2)),
    constraint ck_citizen_status check (status in ('ACTIVE', 'SUSPENDED'))
);

-- The admin list pages through citizens in the order they were registered.
create index ix_citizen_created on citizen (created_at, id);
