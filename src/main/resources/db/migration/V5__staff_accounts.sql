-- Staff accounts: one per person (HIPAA 164.312(a)(2)(i), unique user identification). No default account exists:
-- the first administrator is created through a one-time setup link.
create table staff_account (
    id                bigserial    primary key,
    email             varchar(254) not null,
    display_name      varchar(100) not null,
    -- Comma-separated StaffRole names; a person may hold several.
    roles             varchar(200) not null,
    status            varchar(16)  not null check (status in ('INVITED', 'ACTIVE', 'DISABLED')),
    password_hash     varchar(200),
    totp_secret       varchar(64),
    -- The last 30-second step whose code was accepted: a code is accepted once.
    totp_last_step    bigint       not null default 0,
    created_at        timestamptz  not null,
    activated_at      timestamptz,
    -- Sessions issued before this instant are no longer valid ("sign out everywhere", disabling, MFA reset).
    sessions_valid_from timestamptz not null,
    version           integer      not null default 0
);

create unique index staff_account_email on staff_account (lower(email));

-- Ten single-use recovery codes per account, stored as hashes and shown once.
create table staff_recovery_code (
    id          bigserial   primary key,
    account     bigint      not null references staff_account (id),
    code_hash   varchar(200) not null,
    used_at     timestamptz
);

create index staff_recovery_code_account on staff_recovery_code (account);

-- One-time links: the first administrator's setup, invitations, and enrolment again after an MFA reset. Only the
-- SHA-256 of the token is stored, so a copy of this table opens nothing.
create table staff_link (
    token_hash   char(64)    primary key,
    purpose      varchar(16) not null check (purpose in ('SETUP', 'INVITATION', 'ENROLMENT')),
    account      bigint      references staff_account (id),
    -- The authenticator secret offered on the link's page, kept so that a reload shows the same QR code.
    pending_totp_secret varchar(64),
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz
);

create index staff_link_account on staff_link (account);

-- Failed sign-ins, counted per e-mail address typed, per account's second factor and per source address, to slow
-- guessing down. Keys are SHA-256 hashes, not the addresses themselves. Unknown addresses are counted like known ones, so
-- the slowing down does not reveal which addresses have accounts.
create table staff_sign_in_failure (
    source_key  char(64)    not null,
    failed_at   timestamptz not null
);

create index staff_sign_in_failure_source on staff_sign_in_failure (source_key, failed_at);
