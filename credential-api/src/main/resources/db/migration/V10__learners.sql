-- Learners known to credential-api: those who logged in with the national identity, and seeded ones.
-- The key is the keyed hash (HMAC-SHA256, base64url) of the national ID number: the number itself
-- is never stored. Names and birth date are AES-GCM ciphertexts (base64url), each bound to its row
-- and column.
create table learner (
    learner_key     varchar(43)   not null,
    given_name      varchar(2048) not null,
    family_name     varchar(2048) not null,
    birth_date      varchar(256)  not null,
    assurance_level varchar(64)   not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint learner_pk primary key (learner_key)
);

-- auth-server's pairwise subject for the credential-api sector names one learner; access tokens
-- (wallet, portal) carry that subject, never the ID number.
create table learner_subject (
    subject     varchar(255) not null,
    learner_key varchar(43)  not null,
    linked_at   timestamp with time zone not null,
    constraint learner_subject_pk primary key (subject),
    constraint learner_subject_learner_fk foreign key (learner_key) references learner (learner_key)
);

create index learner_subject_by_learner on learner_subject (learner_key);
