-- Failed sign-ins, keyed by the keyed hash of the ID number that was typed, whether or not a
-- citizen has it: unknown numbers lock exactly like known ones, so a lock reveals no account.

create table login_throttle (
    national_id_hash varchar(64)              not null,
    failed_attempts  integer                  not null,
    locked_until     timestamp with time zone,
    updated_at       timestamp with time zone not null,
    constraint pk_login_throttle primary key (national_id_hash),
    constraint ck_login_throttle_attempts check (failed_attempts >= 0)
);

create index ix_login_throttle_updated on login_throttle (updated_at);
